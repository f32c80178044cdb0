/**
 * Keyboard movement for the ARIA grid pattern, shared by the judgement grid and the RAG matrix: one cell in
 * the tab order at a time (roving tabindex); arrow keys move between cells, Home/End to the row's ends,
 * Ctrl+Home/End to the grid's corners, Page Up/Down by ten rows; Enter or Space activates the cell; Escape
 * hides the notes shown, for the focused cell and for the cell under the pointer, wherever focus is (WCAG
 * 1.4.13: a note opened by hover is dismissed without moving the pointer or focus).
 * Rows that hold cells carry `data-r` (their index among such rows); a cell's column is its `cellIndex` (0 is
 * the row header). A row of one cell spanning the grid (a group's header row) is a row of the navigation too:
 * up and down land on it, and leave it in the column they came from. The element that takes focus is the cell
 * itself or, when it holds one, its button or link (`[data-focus]`), so each cell costs no extra attributes.
 * A focused cell is scrolled clear of the sticky header row and row-header column (WCAG 2.4.11).
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
  /** The ids of the cells whose notes Escape has hidden, until focus moves or the pointer leaves (WCAG 1.4.13). */
  readonly #dismissed = new Set<string>();
  /** The cell with a note under the pointer, while there is one. */
  #hovered: HTMLElement | undefined;
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

  /** For a row of one cell spanning the grid: 0 when it is the active row, whatever the column. */
  rowTabIndex(row: number): number {
    return row === this.row ? 0 : -1;
  }

  /** Whether Escape has hidden the note of the cell with this id. */
  isDismissed(id: string): boolean {
    return this.#dismissed.has(id);
  }

  #dismiss(id: string): void {
    if (this.#dismissed.has(id)) return;
    this.#dismissed.add(id);
    this.#host.requestUpdate();
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
    const cell = tr?.cells[Math.min(this.column, tr.cells.length - 1)];
    (cell?.querySelector<HTMLElement>('[data-focus]') ?? cell)?.focus();
    if (cell) reveal(cell);
  }

  /** The row and column of the cell an event happened in, if it is one of the grid's cells. */
  #position(event: Event): [number, number, HTMLTableCellElement] | undefined {
    const target = event.target instanceof Element ? event.target : null;
    const cell = target?.closest<HTMLTableCellElement>('td, th');
    const tr = cell?.parentElement;
    if (!cell || !(tr instanceof HTMLTableRowElement) || tr.dataset.r === undefined) return undefined;
    // A cell spanning its row keeps the column the keyboard came from.
    return [Number(tr.dataset.r), spansRow(cell) ? this.column : cell.cellIndex, cell];
  }

  /** Attach to the grid's `keydown`. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    const dismiss = noteToDismiss(event);
    if (dismiss) {
      this.#dismiss(dismiss);
      return;
    }
    const position = this.#position(event);
    if (!position) return;
    const { rows, columns } = this.#size();
    const [row, column, cell] = position;
    if (spansRow(cell) && ['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key) && !event.ctrlKey) {
      // Nothing beside a group's name: left and right stay on it (and do not scroll the box).
      event.preventDefault();
      return;
    }
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
    const hovered = this.#hovered?.id;
    const before = this.#dismissed.size;
    for (const id of [...this.#dismissed]) if (id !== hovered) this.#dismissed.delete(id);
    if (this.#dismissed.size !== before) this.#host.requestUpdate();
    const position = this.#position(event);
    if (!position) return;
    const [row, column, cell] = position;
    if (row !== this.row || column !== this.column) this.moveTo(row, column);
    // Focus by Tab scrolls after this event: clear the sticky headers once it has. Not for a click (focus is
    // not focus-visible then): the box must not move under the pointer between the press and the release.
    requestAnimationFrame(() => {
      const active = (cell.getRootNode() as Document | ShadowRoot).activeElement;
      if (active && cell.contains(active) && active.matches(':focus-visible')) reveal(cell);
    });
  };

  /**
   * Attach to the grid's `pointerover`: while a cell's note shows because the pointer is over the cell (or
   * over the note, which is inside it), Escape anywhere on the page hides it, wherever focus is.
   */
  readonly onPointerover = (event: PointerEvent): void => {
    const target = event.target instanceof Element ? event.target : null;
    const cell = target?.closest<HTMLElement>('td.with-note') ?? undefined;
    if (cell === this.#hovered) return;
    this.#leave();
    if (!cell) return;
    this.#hovered = cell;
    cell.addEventListener('pointerleave', this.#onPointerleave);
    document.addEventListener('keydown', this.#onDocumentKeydown);
  };

  readonly #onPointerleave = (): void => this.#leave();

  /** The pointer left the cell and its note: the note may show again next time. */
  #leave(): void {
    const cell = this.#hovered;
    if (!cell) return;
    this.#hovered = undefined;
    cell.removeEventListener('pointerleave', this.#onPointerleave);
    document.removeEventListener('keydown', this.#onDocumentKeydown);
    // A note dismissed while its cell has focus stays hidden until focus moves.
    if (!cell.matches(':focus-within') && this.#dismissed.delete(cell.id)) this.#host.requestUpdate();
  }

  readonly #onDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.#hovered?.id) this.#dismiss(this.#hovered.id);
  };

  hostDisconnected(): void {
    this.#leave();
  }
}

function spansRow(cell: HTMLTableCellElement): boolean {
  return (
    cell.colSpan > 1 &&
    cell.parentElement instanceof HTMLTableRowElement &&
    cell.parentElement.cells.length === 1
  );
}

/**
 * Scrolls a focused cell wholly into view and clear of the sticky header row and row-header column (WCAG
 * 2.4.11 Focus Not Obscured). The browser's own scrolling on focus leaves a cell that shows at all where it
 * is, even when all that shows of it is under the sticky row headers (at 400% zoom they take half the width)
 * or a sliver at the box's edge.
 */
function reveal(cell: HTMLTableCellElement): void {
  const box = cell.closest<HTMLElement>('.scroll');
  const tr = cell.parentElement;
  if (!box || !(tr instanceof HTMLTableRowElement)) return;
  cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const c = cell.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  const header = tr.cells[0];
  if (cell.cellIndex > 0 && header) {
    const covered = header.getBoundingClientRect().right - c.left;
    if (covered > 0) box.scrollLeft -= covered;
  }
  // The column headers are sticky, not the thead (which scrolls away): the header row's bottom is theirs.
  const head = box.querySelector('thead th')?.getBoundingClientRect();
  if (head && tr.parentElement?.localName !== 'thead') {
    const covered = Math.min(head.bottom, b.bottom) - c.top;
    // An uncapped table scrolls with the page (its headers stick against the page): scroll the page.
    if (covered > 0) {
      if (box.hasAttribute('data-open')) window.scrollBy(0, -covered);
      else box.scrollTop -= covered;
    }
  }
}
