import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ClipCue, moreRowsText } from '../../base/clip-cue.js';
import { renderFilters } from '../../base/filters.js';
import { filterStyles } from '../../base/filters.styles.js';
import { GridNavigation } from '../../base/grid-navigation.js';
import { BASE_OPTIONS, type Built, IkElement, type Shape } from '../../base/ik-element.js';
import { markStyles } from '../../base/marks.styles.js';
import { NaturalWidth, naturalWidth } from '../../base/natural-width.js';
import { type OptionsOf, option } from '../../base/options.js';
import { renderSeparated } from '../../base/separated.js';
import { tableStyles } from '../../base/table.styles.js';
import { renderCell } from '../../base/table-cell.js';
import {
  renderCaption,
  renderHeading,
  renderLegend,
  renderMore,
  renderSummary,
  sheetCorner,
} from '../../base/table-parts.js';
import { clickedCell, columnList } from '../../base/table-rows.js';
import type { ExportTable } from '../../core/export/table.js';
import { t } from '../../core/i18n/index.js';
import type { Picked } from '../../core/load/select.js';
import { string } from '../../core/schema.js';
import {
  isRagMatrixEmpty,
  type RagMatrixData,
  ragMatrix,
  ragMatrixFromSheet,
  ratingMapAttribute,
} from '../../core/shapes/rag.js';
import type { Status } from '../../core/status.js';
import { cellWords, exportRag, layoutRagMatrix, type RagModel } from './rag-matrix.layout.js';
import { ragMatrixStyles } from './rag-matrix.styles.js';
import { type RagView, viewRagMatrix } from './rag-matrix.view.js';

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

const RAG_OPTIONS = {
  ...BASE_OPTIONS,
  columns: option('columns', string(), undefined, 'read'),
  map: option('map', ratingMapAttribute(), undefined, 'layout', (l) => t(l, 'option.dataMap')),
};
type RagOptions = OptionsOf<typeof RAG_OPTIONS>;

/**
 * Red / amber / green status of items across columns: a real table grouped by `group` (a tree grid of groups
 * and items, whose group names the arrow keys reach), each cell's status as a shape, letter and word with the
 * original rating, counts per column in words, a one-line summary of the items by latest status, and filter
 * buttons, each with the number of items it shows, to show only the items with one status.
 *
 * @summary Red, amber and green progress across items and columns.
 *
 * @event {CustomEvent<RagSelectDetail>} ik-select - A cell was chosen by click, Enter or Space. `detail: { row, column, value }`.
 *
 * @csspart base - The wrapper of the filters, table and legend.
 * @csspart summary - The one-line summary above the table.
 * @csspart table - The table.
 * @csspart more - The line under a capped table saying how many rows are below ("Scroll for 22 more rows").
 * @csspart cell - Each status cell.
 * @csspart label - Each item's row header.
 * @csspart legend - The key to the statuses.
 * @csspart mark - Each status shape.
 */
export class IkRagMatrix extends IkElement<RagMatrixData, RagModel, RagView, RagOptions, RagSelectDetail> {
  static override styles = [...IkElement.styles, markStyles, tableStyles, filterStyles, ragMatrixStyles];
  static override optionSpecs = RAG_OPTIONS;

  /** For CSV and pasted tables: the status columns to keep, comma-separated (a spreadsheet's other columns, such as codes or dates, are then not read as statuses). */
  @property({ reflect: true }) columns?: string;

  /**
   * For CSV and pasted tables (or over the data's `map`): rating words and their statuses, comma-separated
   * (`map="lg:green, la:amber, lr:red, lu:grey"`).
   */
  @property({ reflect: true }) map?: string;

  /** The status whose items alone are shown, or none. */
  @state() private filter?: Status;

  /** The keyboard over the drawn items. */
  /** How many rows a height cap hides below ("Scroll for 22 more rows"). */
  readonly #clip = new ClipCue(this);
  /** The width its content wants, where the page sizes it by its content (natural-width.ts). */
  protected readonly natural = new NaturalWidth(this);
  readonly #nav = new GridNavigation(
    this,
    () => ({ rows: this.displayed?.lines.length ?? 0, columns: (this.model?.columns.length ?? 0) + 1 }),
    (r, c) => this.#select(r, c),
  );

  /** The editor's own header over the row labels of a wide table or CSV; else "Item". */
  #corner?: string;
  /** What the last sheet read gave, and its corner header, so that JSON read later has "Item" again. */
  #fromSheet?: { value: unknown; corner: string | undefined };

  protected get shape(): Shape<RagMatrixData> {
    return {
      kind: 'matrix',
      schema: ragMatrix,
      fromSheet: (sheet) => {
        const built = ragMatrixFromSheet(sheet, columnList(this.options.columns));
        this.#fromSheet = {
          value: built.value,
          corner: sheetCorner(sheet, ['status_or_rating', 'status', 'rating']),
        };
        return built;
      },
    };
  }

  protected override pick(doc: unknown, path: string): Picked {
    const sheet = this.#fromSheet;
    this.#corner = sheet && sheet.value === doc ? sheet.corner : undefined;
    return super.pick(doc, path);
  }

  protected build(input: RagMatrixData, path: string, options: RagOptions): Built<RagModel> {
    const { model, problems } = layoutRagMatrix(input, path, { locale: this.locale, map: options.map });
    return { model, problems, empty: isRagMatrixEmpty(input) };
  }

  protected view(model: RagModel): RagView {
    return viewRagMatrix(model, { filter: this.filter, drawnRows: this.drawnRows, locale: this.locale });
  }

  protected override exportTable(view: RagView): ExportTable {
    return exportRag(
      view.model,
      view.shown,
      view.summary,
      this.#corner ?? t(this.locale, 'rag.corner'),
      this.locale,
    );
  }

  protected override emptyMessage(): string {
    return this.input ? t(this.locale, 'rag.empty') : super.emptyMessage();
  }

  /** Chooses the cell at grid row `r` (a group's header row chooses nothing), column `c`. */
  #select(r: number, c: number): void {
    const line = this.displayed?.lines[r];
    const row = line?.kind === 'item' ? line.row : undefined;
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

  protected renderView(view: RagView): TemplateResult {
    const { model } = view;
    let r = 0;
    const span = model.columns.length + 1;
    const nav = this.#nav;
    const lines = view.lines;
    const l = this.locale;
    /** A row's place in the tree, when the items are grouped. */
    const place = (level: number, position: number, siblings: number) =>
      view.tree
        ? { level: String(level), posinset: String(position), setsize: String(siblings) }
        : { level: undefined, posinset: undefined, setsize: undefined };
    return html`<div class="frame" part="base">
      ${renderHeading(model, this.options.headingLevel, l)}
      ${renderFilters(view.filters, (key) => {
        this.filter = key;
      })}
      ${renderSummary(view.summary, model, l)}
      <div class="scroll">
        <table role=${view.tree ? 'treegrid' : 'grid'} part="table" @keydown=${nav.onKeydown} @focusin=${nav.onFocusin} @pointerover=${nav.onPointerover} @click=${this.#onClick}>
          ${renderCaption(model, t(l, 'rag.caption'))}
          <thead>
            <tr>
              <th scope="col" class="corner">${this.#corner ?? t(l, 'rag.corner')}</th>
              ${model.columns.map((c) => html`<th scope="col">${c.label}</th>`)}
            </tr>
          </thead>
          ${view.drawnGroups.map(
            (g) => html`<tbody>
              ${(() => {
                if (g.label === undefined) return nothing;
                const index = r++;
                const line = lines[index];
                const p = line ? place(1, line.position, line.siblings) : place(1, 1, 1);
                return html`<tr
                  class="group"
                  data-r=${index}
                  aria-level=${p.level ?? nothing}
                  aria-posinset=${p.posinset ?? nothing}
                  aria-setsize=${p.setsize ?? nothing}
                >
                  <th scope="rowgroup" colspan=${span} class="row-header" tabindex=${nav.rowTabIndex(index)}>${g.label}</th>
                </tr>`;
              })()}
              ${g.rows.map((row) => {
                const index = r++;
                const line = lines[index];
                const p =
                  line?.kind === 'item' ? place(line.level, line.position, line.siblings) : place(1, 1, 1);
                return html`<tr
                  data-r=${index}
                  aria-level=${p.level ?? nothing}
                  aria-posinset=${p.posinset ?? nothing}
                  aria-setsize=${p.setsize ?? nothing}
                >
                  <th scope="row" part="label" class="row-header" tabindex=${nav.tabIndex(index, 0)}>
                    ${row.label}
                  </th>
                  ${row.cells.map((cell, i) => renderCell(cell, index, i + 1, nav, l))}
                </tr>`;
              })}
            </tbody>`,
          )}
          <tfoot>
            <tr>
              <th scope="row" class="row-header">${t(l, 'rag.allItems')}</th>
              ${model.columns.map((c) => html`<td>${renderSeparated(c.summary)}</td>`)}
            </tr>
          </tfoot>
        </table>
      </div>
      ${renderMore(moreRowsText(this.#clip.more, l))}
      ${renderLegend(t(l, 'rag.key'), view.legend)}
    </div>${naturalWidth}`;
  }
}
