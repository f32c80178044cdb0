/**
 * Draws a long table in parts: the first rows at once, then more after each update (each a slice of the
 * scheduler), so that a 152 × 24 grid never holds the page for long. `updateComplete` of the element waits for
 * the last part (see IkElement.drawingMore).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** About how many cells are drawn in one part, and at most how many rows. */
const CELLS_PER_PART = 800;
const ROWS_PER_PART = 100;

export class ProgressiveRows implements ReactiveController {
  /** How many rows may be drawn now. */
  limit: number;
  readonly #host: ReactiveControllerHost;
  readonly #total: () => number;
  readonly #cellsPerRow: () => number;

  constructor(host: ReactiveControllerHost, total: () => number, cellsPerRow: () => number) {
    this.#host = host;
    this.#total = total;
    this.#cellsPerRow = cellsPerRow;
    this.limit = this.#step();
    host.addController(this);
  }

  #step(): number {
    return Math.max(
      10,
      Math.min(ROWS_PER_PART, Math.floor(CELLS_PER_PART / Math.max(1, this.#cellsPerRow()))),
    );
  }

  /** Whether rows remain to be drawn. */
  get more(): boolean {
    return this.limit < this.#total();
  }

  hostUpdated(): void {
    if (this.more) {
      this.limit += this.#step();
      this.#host.requestUpdate();
    }
  }
}
