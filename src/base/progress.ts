/**
 * Long views are drawn in parts: the first rows at once, then more in later updates (each a slice of the
 * scheduler), so that a 152 × 24 grid never holds the page for long. How much is drawn is view state: the
 * base element keeps `drawnRows`, keeps what is drawn (up to KEPT_CELLS) when new data comes, and asks for the
 * next part once a part is drawn; `updateComplete` waits for the last part (IkElement.drawingMore).
 */
import type { Progress } from './ik-element.js';

/** About how many cells are drawn in one part. */
export const CELLS_PER_PART = 800;
/**
 * Parts after the first are this many times as large. The first part is small, so that the first rows show
 * soon in the task that also reads the data; each frame between later parts lays out and paints the whole
 * table drawn so far, so fewer, larger later parts cost less in all (BENCHMARKS.md, "Levers tried").
 */
export const LATER_PARTS = 2;
/** Narrow tables draw at most this many rows in a part, wide ones at least this few. */
const MOST_ROWS = 100;
const FEWEST_ROWS = 1;

/** Rows in a part, for rows of `cellsPerRow` cells (the row header counts). */
export function rowsPerPart(cellsPerRow: number): number {
  return Math.max(FEWEST_ROWS, Math.min(MOST_ROWS, Math.floor(CELLS_PER_PART / Math.max(1, cellsPerRow))));
}

/**
 * New data over a drawn view keeps up to this many of the cells drawn before, in the same update: Lit updates
 * the rows already on the page in place (one grade changed is one cell's text), where starting again from the
 * first part would take the other rows off the page and build them again over the next frames. Beyond it, the
 * rest comes in parts as on a first draw, so that no update holds the page for long.
 */
export const KEPT_CELLS = 5 * CELLS_PER_PART;

/**
 * How many rows to draw: a number of rows (a later part), the cells drawn before new data came (`{ cells }`:
 * as many rows as that many cells fill, at least a part), or undefined (the first part).
 */
export type DrawnRows = number | { readonly cells: number } | undefined;

/** What `drawnRows` becomes when new data comes to a view that drew `progress`. */
export function keptRows(progress: Progress | undefined): DrawnRows {
  return progress && progress.cells > 0 ? { cells: Math.min(progress.cells, KEPT_CELLS) } : undefined;
}

/**
 * The most cells a view shows: a widget is a picture for a page, not a data grid. Past this every frame would
 * style, lay out and paint so much of the table that the page is held up (a 300 KB CSV of 500 rows × 31
 * columns, or 500 rows × 500 children); the rows after are left out and the widget says so (`progress.left`).
 * Well above a national grid (153 authorities × 24 judgements is 3,825 cells).
 */
export const MOST_CELLS_SHOWN = 6000;

/**
 * The rows shown of `rows` (at most MOST_CELLS_SHOWN cells), and the part of them to draw now when
 * `drawnRows` were asked for.
 */
export function drawnPart<R>(
  rows: readonly R[],
  cellsPerRow: number,
  drawnRows: DrawnRows,
): { shown: readonly R[]; drawn: readonly R[]; progress: Progress } {
  const most = Math.max(1, Math.floor(MOST_CELLS_SHOWN / Math.max(1, cellsPerRow)));
  const shown = rows.length > most ? rows.slice(0, most) : rows;
  const step = rowsPerPart(cellsPerRow);
  const limit =
    drawnRows === undefined
      ? step
      : typeof drawnRows === 'number'
        ? drawnRows
        : Math.max(step, Math.floor(drawnRows.cells / Math.max(1, cellsPerRow)));
  const drawn = shown.length > limit ? shown.slice(0, limit) : shown;
  return {
    shown,
    drawn,
    progress: {
      more: limit < shown.length,
      next: limit + LATER_PARTS * step,
      cells: drawn.length * cellsPerRow,
      left: rows.length - shown.length,
      of: rows.length,
    },
  };
}
