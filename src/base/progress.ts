/**
 * Long views are drawn in parts: the first rows at once, then more in later updates (each a slice of the
 * scheduler), so that a 152 × 24 grid never holds the page for long. How much is drawn is view state: the
 * base element keeps `drawnRows`, starts again when the model changes, and asks for the next part once a part
 * is drawn; `updateComplete` waits for the last part (IkElement.drawingMore).
 */
import type { Progress } from './ik-element.js';

/** About how many cells are drawn in one part. */
export const CELLS_PER_PART = 800;
/** Narrow tables draw at most this many rows in a part, wide ones at least this few. */
const MOST_ROWS = 100;
const FEWEST_ROWS = 4;

/** Rows in a part, for rows of `cellsPerRow` cells (the row header counts). */
export function rowsPerPart(cellsPerRow: number): number {
  return Math.max(FEWEST_ROWS, Math.min(MOST_ROWS, Math.floor(CELLS_PER_PART / Math.max(1, cellsPerRow))));
}

/** The rows to draw now, of `rows`, when `drawnRows` were asked for (undefined: the first part). */
export function drawnPart<R>(
  rows: readonly R[],
  cellsPerRow: number,
  drawnRows: number | undefined,
): { drawn: readonly R[]; progress: Progress } {
  const step = rowsPerPart(cellsPerRow);
  const limit = drawnRows ?? step;
  return {
    drawn: rows.length > limit ? rows.slice(0, limit) : rows,
    progress: { more: limit < rows.length, next: limit + step },
  };
}
