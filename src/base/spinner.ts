/**
 * Loading spinners at scale (issue 20). A loading widget says "Loading…" at once, next to a still ring; the ring
 * turns only once loading has taken `SPINNERS.afterMs`, and at most `SPINNERS.max` rings turn on a page at
 * once: the first widgets to wait, each freed place going to the next one waiting. A page of 500 sparklines on
 * one file would otherwise paint 500 turning rings in every frame while they load (each its own layer), which
 * was most of that page's time. With reduced motion no ring turns at all (ik-element.styles.ts).
 */
export const SPINNERS = { afterMs: 600, max: 4 };

const turning = new Set<LoadingSpinner>();
/** Waited long enough, in the order they began to wait. */
const waiting = new Set<LoadingSpinner>();

export class LoadingSpinner {
  #timer?: ReturnType<typeof setTimeout>;
  #turning = false;
  readonly #changed: () => void;

  /** `changed` is called when the ring starts to turn (the widget draws again). */
  constructor(changed: () => void) {
    this.#changed = changed;
  }

  /** Whether this widget's ring turns now. */
  get turning(): boolean {
    return this.#turning;
  }

  /** Tells the spinner whether its widget is loading (after each update, and when it is added to the page). */
  loading(loading: boolean): void {
    if (!loading) {
      this.stop();
      return;
    }
    if (this.#turning || this.#timer !== undefined || waiting.has(this)) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      waiting.add(this);
      LoadingSpinner.#promote();
    }, SPINNERS.afterMs);
  }

  /** The widget stopped loading or left the page: its place, if it had one, goes to the next waiting. */
  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    waiting.delete(this);
    if (!turning.delete(this)) return;
    this.#turning = false;
    LoadingSpinner.#promote();
  }

  static #promote(): void {
    for (const next of waiting) {
      if (turning.size >= SPINNERS.max) return;
      waiting.delete(next);
      turning.add(next);
      next.#turning = true;
      next.#changed();
    }
  }
}
