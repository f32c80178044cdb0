/**
 * What the two table widgets share about their rows: the rows shown (after collapse or filter), how many are
 * drawn so far (long tables are drawn in parts) and the grid keyboard pattern over the drawn ones.
 */
import type { ReactiveControllerHost } from 'lit';
import { GridNavigation } from './grid-navigation.js';
import { ProgressiveRows } from './progressive-rows.js';

export class TableRows<R> {
  /** The rows shown, set by the widget as it draws. */
  shown: R[] = [];
  readonly parts: ProgressiveRows;
  readonly nav: GridNavigation;

  /** `columns` counts the data columns; the row header is one more. */
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    columns: () => number,
    activate: (row: number, column: number) => void,
  ) {
    this.parts = new ProgressiveRows(
      host,
      () => this.shown.length,
      () => columns() + 1,
    );
    this.nav = new GridNavigation(
      host,
      () => ({ rows: this.drawn.length, columns: columns() + 1 }),
      activate,
    );
  }

  /** The rows to draw now. */
  get drawn(): R[] {
    return this.shown.length > this.parts.limit ? this.shown.slice(0, this.parts.limit) : this.shown;
  }
}

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
