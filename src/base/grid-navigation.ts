/**
 * Keyboard movement for the ARIA grid pattern, shared by the judgement grid and the RAG matrix: one cell in
 * the tab order at a time (roving tabindex); arrow keys move between cells, Home/End to the row's ends,
 * Ctrl+Home/End to the grid's corners, Page Up/Down by ten rows; Enter or Space activates the cell; Escape
 * hides the note shown for the focused cell.
 * Rows that hold cells carry `data-r` (their index among such rows); a cell's column is its `cellIndex` (0 is
 * the row header). The element that takes focus is the cell itself or, when it holds one, its button or link
 * (`[data-focus]`), so each cell costs no extra attributes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { noteToDismiss } from './table-parts.js';

export interface GridSize {
  rows: number;
  columns: number;
}

export class GridNavigation implements ReactiveController {
  row = 0;
  column = 0;
  /** The id of the cell whose note Escape has hidden, until focus moves (WCAG 1.4.13). */
  dismissed: string | undefined;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #size: () => GridSize;
  readonly #activate: (row: number, column: number, event: KeyboardEvent) => void;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    size: () => GridSize,
    activate: (row: number, column: number, event: KeyboardEvent) => void,
  ) {
    this.#host = host;
    this.#size = size;
    this.#activate = activate;
    host.addController(this);
  }

  hostUpdate(): void {
    // Keep the active cell inside the grid when rows are filtered or collapsed, before the grid is drawn
    // (the view is worked out by then): otherwise no cell would be in the tab order.
    const { rows, columns } = this.#size();
    this.row = Math.max(0, Math.min(this.row, rows - 1));
    this.column = Math.max(0, Math.min(this.column, columns - 1));
  }

  /** 0 for the active cell, -1 for the rest. */
  tabIndex(row: number, column: number): number {
    return row === this.row && column === this.column ? 0 : -1;
  }

  /** Makes a cell the active one (e.g. on click or focus). */
  moveTo(row: number, column: number, focus = false): void {
    const { rows, columns } = this.#size();
    this.row = Math.max(0, Math.min(row, rows - 1));
    this.column = Math.max(0, Math.min(column, columns - 1));
    this.#host.requestUpdate();
    if (focus) this.focusActive();
  }

  focusActive(): void {
    const tr = this.#host.shadowRoot?.querySelector<HTMLTableRowElement>(`tr[data-r="${this.row}"]`);
    const cell = tr?.cells[this.column];
    (cell?.querySelector<HTMLElement>('[data-focus]') ?? cell)?.focus();
  }

  /** The row and column of the cell an event happened in, if it is one of the grid's cells. */
  #position(event: Event): [number, number] | undefined {
    const target = event.target instanceof Element ? event.target : null;
    const cell = target?.closest<HTMLTableCellElement>('td, th');
    const tr = cell?.parentElement;
    if (!cell || !(tr instanceof HTMLTableRowElement) || tr.dataset.r === undefined) return undefined;
    return [Number(tr.dataset.r), cell.cellIndex];
  }

  /** Attach to the grid's `keydown`. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    const dismiss = noteToDismiss(event);
    if (dismiss) {
      this.dismissed = dismiss;
      this.#host.requestUpdate();
      return;
    }
    const position = this.#position(event);
    if (!position) return;
    const { rows, columns } = this.#size();
    const [row, column] = position;
    let next: [number, number] | undefined;
    switch (event.key) {
      case 'ArrowRight':
        next = [row, column + 1];
        break;
      case 'ArrowLeft':
        next = [row, column - 1];
        break;
      case 'ArrowDown':
        next = [row + 1, column];
        break;
      case 'ArrowUp':
        next = [row - 1, column];
        break;
      case 'PageDown':
        next = [row + 10, column];
        break;
      case 'PageUp':
        next = [row - 10, column];
        break;
      case 'Home':
        next = event.ctrlKey ? [0, 0] : [row, 0];
        break;
      case 'End':
        next = event.ctrlKey ? [rows - 1, columns - 1] : [row, columns - 1];
        break;
      case 'Enter':
      case ' ':
        // Enter on a link follows it, and the link's own click (which reaches the cell) does the choosing.
        if (event.key === 'Enter' && event.target instanceof HTMLAnchorElement) return;
        event.preventDefault();
        this.#activate(row, column, event);
        return;
      default:
        return;
    }
    event.preventDefault();
    this.moveTo(next[0], next[1]);
    void this.#host.updateComplete.then(() => this.focusActive());
  };

  /** Attach to the grid's `focusin`, so a click or a programmatic focus moves the roving tabindex too. */
  readonly onFocusin = (event: FocusEvent): void => {
    if (this.dismissed !== undefined) {
      this.dismissed = undefined;
      this.#host.requestUpdate();
    }
    const position = this.#position(event);
    if (!position) return;
    const [row, column] = position;
    if (row !== this.row || column !== this.column) this.moveTo(row, column);
  };
}
