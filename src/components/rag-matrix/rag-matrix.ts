import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { renderFilters } from '../../base/filters.js';
import { filterStyles } from '../../base/filters.styles.js';
import { type Built, IkElement, type Shape } from '../../base/ik-element.js';
import { mark, markClass, statusLook } from '../../base/marks.js';
import { markStyles } from '../../base/marks.styles.js';
import { tableStyles } from '../../base/table.styles.js';
import { renderCaption, renderHeading, renderNote } from '../../base/table-parts.js';
import { clickedCell, columnList, TableRows } from '../../base/table-rows.js';
import { formatNumber } from '../../core/format.js';
import { quote } from '../../core/problems.js';
import {
  isRagMatrixEmpty,
  type RagMatrixData,
  ragMatrix,
  ragMatrixFromSheet,
} from '../../core/shapes/rag.js';
import { STATUS_LETTER, STATUS_WORD, type Status } from '../../core/status.js';
import {
  cellWords,
  layoutRagMatrix,
  type RagCellModel,
  type RagModel,
  type RagRowModel,
  STATUS_ORDER,
} from './rag-matrix.layout.js';
import { ragMatrixStyles } from './rag-matrix.styles.js';

/** What `ik-select` carries for a RAG cell. */
export interface RagSelectDetail {
  row: { id?: string; label: string; group?: string; key: string };
  column: { id: string; label: string } | null;
  value: { status: Status | null; rating?: string; value?: number; target?: number; text: string } | null;
}

declare module '../../base/events.js' {
  interface IkSelectDetails {
    'ik-rag-matrix': RagSelectDetail;
  }
}

const MEANING: Record<Status, string> = {
  blue: 'complete or exceeded',
  green: 'on track or met',
  amber: 'at risk',
  red: 'off track or poor',
  grey: 'no data or not assessed',
};

/**
 * Red / amber / green status of items across columns: a real table grouped by `group`, each
 * cell's status as a shape, letter and word with the original rating, counts per column in words, and filter
 * buttons to show only the items with one status.
 *
 * @summary Red, amber and green progress across items and columns.
 *
 * @event {CustomEvent<RagSelectDetail>} ik-select - A cell was chosen by click, Enter or Space. `detail: { row, column, value }`.
 *
 * @csspart base - The wrapper of the filters, table and legend.
 * @csspart table - The table.
 * @csspart cell - Each status cell.
 * @csspart label - Each item's row header.
 * @csspart legend - The key to the statuses.
 * @csspart mark - Each status shape.
 */
export class IkRagMatrix extends IkElement<RagMatrixData, RagModel, RagSelectDetail> {
  static override styles = [...IkElement.styles, markStyles, tableStyles, filterStyles, ragMatrixStyles];

  /** For CSV and pasted tables: the status columns to keep, comma-separated (a spreadsheet's other columns, such as codes or dates, are then not read as statuses). */
  @property({ reflect: true }) columns?: string;

  /** The status whose items alone are shown, or none. */
  @state() private filter?: Status;

  /** The items shown (a long matrix is drawn in parts) and the keyboard over them. */
  readonly #rows = new TableRows<RagRowModel>(
    this,
    () => this.model?.columns.length ?? 0,
    (r, c) => this.#select(r, c),
  );
  readonly #nav = this.#rows.nav;

  protected get shape(): Shape<RagMatrixData> {
    return {
      schema: ragMatrix,
      fromSheet: (sheet) => ragMatrixFromSheet(sheet, columnList(this.columns)),
    };
  }

  protected override readProperties(): readonly string[] {
    return ['columns'];
  }

  protected build(input: RagMatrixData, path: string): Built<RagModel> {
    const { model, problems } = layoutRagMatrix(input, path, { locale: this.locale });
    return { model, problems, empty: isRagMatrixEmpty(input) };
  }

  protected override emptyMessage(): string {
    return this.input
      ? 'There are no items to show: the data has no rows or no columns.'
      : super.emptyMessage();
  }

  #select(r: number, c: number): void {
    const row = this.#rows.shown[r];
    const model = this.model;
    if (!row || !model) return;
    const column = c > 0 ? model.columns[c - 1] : undefined;
    const cell = c > 0 ? row.cells[c - 1] : undefined;
    const detail: RagSelectDetail = {
      row: {
        label: row.label,
        key: row.key,
        ...(row.id === undefined ? {} : { id: row.id }),
        ...(row.group === undefined ? {} : { group: row.group }),
      },
      column: column ? { id: column.id, label: column.label } : null,
      value: cell
        ? {
            status: cell.status ?? null,
            text: cellWords(cell),
            ...(cell.rating === undefined ? {} : { rating: cell.rating }),
            ...(cell.value === undefined ? {} : { value: cell.value }),
            ...(cell.target === undefined ? {} : { target: cell.target }),
          }
        : null,
    };
    this.emit('ik-select', detail);
  }

  /** A click anywhere in a cell (its link, its note) chooses it: one listener on the table for every cell. */
  readonly #onClick = (event: MouseEvent): void => {
    const cell = clickedCell(event);
    if (cell) this.#select(cell.row, cell.column);
  };

  #renderCell(cell: RagCellModel, r: number, c: number): TemplateResult {
    const status = cell.kind === 'status' ? cell.status! : undefined;
    const statusMain = (s: Status) =>
      html`<span class="cell-main"
        ><span class=${markClass(...statusLook(s))} part="mark" aria-hidden="true"></span
        ><span class="letter" aria-hidden="true">${STATUS_LETTER[s]}</span
        ><span class="cell-text">${STATUS_WORD[s]}</span></span
      >`;
    if (
      status &&
      cell.href === undefined &&
      !cell.note &&
      !cell.rating &&
      !cell.measure &&
      cell.raw === undefined &&
      !cell.unsafeHref
    ) {
      // Most cells: a status and nothing else, in a template with no parts to spare.
      return html`<td part="cell" class="kind-status" tabindex=${this.#nav.tabIndex(r, c)}>${statusMain(status)}</td>`;
    }
    const id = `c-${r}-${c}`;
    const noteId = `n-${r}-${c}`;
    const onCell = cell.href === undefined;
    const main = status
      ? statusMain(status)
      : cell.kind === 'invalid'
        ? html`<span class="cell-main">${mark('cross', 'tone-invalid')}<span class="cell-text">Not valid</span></span>`
        : html`<span class="cell-main missing"><span class="cell-text">No entry</span></span>`;
    return html`<td
      id=${cell.note ? id : nothing}
      part="cell"
      class="kind-${cell.kind === 'missing' ? 'none' : cell.kind} ${cell.note ? 'with-note' : ''} ${this.#nav.dismissed === id ? 'dismissed' : ''}"
      tabindex=${onCell ? this.#nav.tabIndex(r, c) : nothing}
      aria-describedby=${onCell && cell.note ? noteId : nothing}
    >
      ${
        onCell
          ? main
          : html`<a
            href=${cell.href!}
            data-focus
            tabindex=${this.#nav.tabIndex(r, c)}
            aria-describedby=${cell.note ? noteId : nothing}
            >${main}</a
          >`
      }
      ${cell.rating ? html`<span class="rating">${cell.rating}</span>` : nothing}
      ${cell.measure ? html`<span class="measure">${cell.measure}</span>` : nothing}
      ${cell.raw !== undefined ? html`<span class="raw">Given: ${quote(cell.raw)}</span>` : nothing}
      ${cell.unsafeHref ? html`<span class="unsafe">Link not shown: ${cell.unsafeHref}</span>` : nothing}
      ${renderNote(noteId, cell.note)}
    </td>`;
  }

  protected override drawingMore(): boolean {
    return this.#rows.parts.more;
  }

  #renderFilters(model: RagModel): TemplateResult {
    const n = (k: number) => formatNumber(k, this.locale, 0);
    return renderFilters<Status>({
      label: 'Show only the items with one status',
      items: STATUS_ORDER.filter((s) => model.totals[s] > 0).map((s) => ({
        key: s,
        text: `${STATUS_WORD[s]} (${n(model.totals[s])})`,
        icon: mark(...statusLook(s)),
      })),
      active: this.filter,
      onChange: (key) => {
        this.filter = key;
      },
      shown: this.filter
        ? `Showing ${n(this.#rows.shown.length)} of ${n(model.rowCount)} items: those with a ${STATUS_WORD[this.filter].toLowerCase()} status`
        : `Showing all ${n(model.rowCount)} items`,
    });
  }

  protected renderModel(model: RagModel): TemplateResult {
    const filter = this.filter;
    const groups = model.groups
      .map((g) => ({ ...g, rows: filter ? g.rows.filter((row) => row.statuses.has(filter)) : g.rows }))
      .filter((g) => g.rows.length > 0);
    this.#rows.shown = groups.flatMap((g) => g.rows);
    let budget = this.#rows.parts.limit;
    const drawn = groups
      .map((g) => {
        const rows = g.rows.slice(0, Math.max(0, budget));
        budget -= rows.length;
        return { ...g, rows };
      })
      .filter((g) => g.rows.length > 0);
    let r = 0;
    const span = model.columns.length + 1;
    return html`<div class="frame" part="base">
      ${renderHeading(model)} ${this.#renderFilters(model)}
      <div class="scroll">
        <table role="grid" part="table" aria-labelledby="caption" @keydown=${this.#nav.onKeydown} @focusin=${this.#nav.onFocusin} @click=${this.#onClick}>
          ${renderCaption(model, 'Status of each item')}
          <thead>
            <tr>
              <th scope="col" class="corner">Item</th>
              ${model.columns.map((c) => html`<th scope="col">${c.label}</th>`)}
            </tr>
          </thead>
          ${drawn.map(
            (g) => html`<tbody>
              ${
                g.label === undefined
                  ? nothing
                  : html`<tr class="group">
                    <th scope="rowgroup" colspan=${span} class="row-header">${g.label}</th>
                  </tr>`
              }
              ${g.rows.map((row) => {
                const index = r++;
                return html`<tr data-r=${index}>
                  <th scope="row" part="label" class="row-header" tabindex=${this.#nav.tabIndex(index, 0)}>
                    ${row.label}
                  </th>
                  ${row.cells.map((cell, i) => this.#renderCell(cell, index, i + 1))}
                </tr>`;
              })}
            </tbody>`,
          )}
          <tfoot>
            <tr>
              <th scope="row" class="row-header">All items</th>
              ${model.columns.map((c) => html`<td>${c.summary}</td>`)}
            </tr>
          </tfoot>
        </table>
      </div>
      <ul class="legend" part="legend" aria-label="Key to the statuses">
        ${STATUS_ORDER.map(
          (s) => html`<li>
            ${mark(...statusLook(s))}<span class="letter" aria-hidden="true">${STATUS_LETTER[s]}</span
            ><span>${STATUS_WORD[s]}: ${MEANING[s]}</span>
          </li>`,
        )}
      </ul>
    </div>`;
  }
}
