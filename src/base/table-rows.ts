/** What the two table widgets share about reading their attributes and their clicks. */

/** The `columns` attribute as a list (`Overall effectiveness,In care`), for reading CSV and tables. */
export function columnList(attribute: string | undefined): { columns?: string[] } {
  return attribute ? { columns: attribute.split(',') } : {};
}

/**
 * The cell a click landed in (on the cell, its link or its note), as the row's `data-r` and the cell's index
 * in the row (0 is the row header): the table widgets listen once on the table instead of once per cell.
 * Undefined for a click outside the body's data cells.
 */
export function clickedCell(event: Event): { row: number; column: number } | undefined {
  const td = event.target instanceof Element ? event.target.closest('td') : null;
  const r = td?.parentElement?.dataset.r;
  return td && r !== undefined ? { row: Number(r), column: td.cellIndex } : undefined;
}
