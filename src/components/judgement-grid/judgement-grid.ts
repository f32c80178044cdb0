import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ClipCue, moreRowsText } from '../../base/clip-cue.js';
import { GridNavigation } from '../../base/grid-navigation.js';
import { BASE_OPTIONS, type Built, IkElement, type Shape } from '../../base/ik-element.js';
import { markStyles } from '../../base/marks.styles.js';
import { NaturalWidth, naturalWidth } from '../../base/natural-width.js';
import { type OptionsOf, option } from '../../base/options.js';
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
import { SCALE_ATTRIBUTE_IDS } from '../../core/scales.js';
import { boolean, oneOf, string } from '../../core/schema.js';
import {
  isJudgementGridEmpty,
  type JudgementGridData,
  judgementGrid,
  judgementGridFromSheet,
} from '../../core/shapes/judgements.js';
import {
  columnScalesAttribute,
  exportGrid,
  type GridModel,
  layoutJudgementGrid,
  type RowModel,
} from './judgement-grid.layout.js';
import { judgementGridStyles } from './judgement-grid.styles.js';
import { type GridView, viewJudgementGrid } from './judgement-grid.view.js';

/** What `ik-select` carries for a judgement. */
export interface JudgementSelectDetail {
  row: { id?: string; label: string; key: string };
  column: { id: string; label: string } | null;
  value: { grade: string | null; value: number | null; text: string; raw?: string } | null;
}

declare module '../../base/events.js' {
  interface IkSelectDetails {
    'ik-judgement-grid': JudgementSelectDetail;
  }
}

const GRID_OPTIONS = {
  ...BASE_OPTIONS,
  scale: option('scale', oneOf(SCALE_ATTRIBUTE_IDS), undefined, 'layout', (l) => t(l, 'option.dataScale')),
  compare: option('compare', boolean(), false, 'layout'),
  columns: option('columns', string(), undefined, 'read'),
  columnScales: option('column-scales', columnScalesAttribute(), undefined, 'layout', (l) =>
    t(l, 'option.columnScales'),
  ),
};
type GridOptions = OptionsOf<typeof GRID_OPTIONS>;

/**
 * Inspection judgements on a graded scale: a real table with the title as caption, a one-line summary of the
 * judgements by grade, nested rows (a tree grid: each row's level, place among its siblings and, for a parent,
 * whether it is expanded) under disclosure buttons named by the row's label, each cell's grade as word and
 * number with a shape and a tone, a legend, and, with `compare`, whether each judgement improved, held or
 * declined since the column before.
 *
 * @summary Ofsted-style graded judgements by area and theme.
 *
 * @event {CustomEvent<JudgementSelectDetail>} ik-select - A judgement was chosen by click, Enter or Space. `detail: { row, column, value }`.
 *
 * @csspart base - The wrapper of the table and legend.
 * @csspart summary - The one-line summary above the table.
 * @csspart table - The table.
 * @csspart more - The line under a capped table saying how many rows are below ("Scroll for 22 more rows").
 * @csspart cell - Each judgement cell.
 * @csspart label - Each row header.
 * @csspart legend - The key to the scale.
 * @csspart mark - Each grade shape.
 */
export class IkJudgementGrid extends IkElement<
  JudgementGridData,
  GridModel,
  GridView,
  GridOptions,
  JudgementSelectDetail
> {
  static override styles = [...IkElement.styles, markStyles, tableStyles, judgementGridStyles];
  static override optionSpecs = GRID_OPTIONS;

  /** Scale id (`ofsted-4`, `ofsted-ri`, `ofsted-report-card`, `ofsted-safeguarding`, `care-inspectorate-6`, `ciw`, `cqc-4`, `progress-4`), or `narrative` for judgements in words with no grades (a CSV's or pasted table's text is then read as words); overrides the data's scale (a column's own `scale` still wins). */
  @property({ reflect: true }) scale?: string;

  /** Show, in each cell after the first, whether the judgement improved, held or declined. */
  @property({ type: Boolean, reflect: true }) compare = false;

  /**
   * For CSV and pasted tables, whose columns cannot name their scale: each column (its header) and its scale,
   * comma-separated (`column-scales="Safeguarding: ofsted-safeguarding"`; `Findings: narrative` for a column of
   * judgements in words).
   */
  @property({ attribute: 'column-scales', reflect: true }) columnScales?: string;

  /** For CSV and pasted tables: the judgement columns to keep, comma-separated (e.g. `Overall effectiveness,In care`). */
  @property({ reflect: true }) columns?: string;

  /** Keys of collapsed rows. */
  @state() private collapsed: ReadonlySet<string> = new Set<string>();

  /** The keyboard over the drawn rows. */
  /** How many rows a height cap hides below ("Scroll for 22 more rows"). */
  readonly #clip = new ClipCue(this);
  /** The width its content wants, where the page sizes it by its content (natural-width.ts). */
  protected readonly natural = new NaturalWidth(this);
  readonly #nav = new GridNavigation(
    this,
    () => ({ rows: this.displayed?.drawn.length ?? 0, columns: (this.model?.columns.length ?? 0) + 1 }),
    (r, c) => this.#activate(r, c),
  );

  /** The editor's own header over the row labels of a wide table or CSV ("Judgement"); else "Area". */
  #corner?: string;
  /** What the last sheet read gave, and its corner header, so that JSON read later has "Area" again. */
  #fromSheet?: { value: unknown; corner: string | undefined };

  protected get shape(): Shape<JudgementGridData> {
    return {
      kind: 'grid',
      schema: judgementGrid,
      fromSheet: (sheet) => {
        const built = judgementGridFromSheet(sheet, columnList(this.options.columns));
        this.#fromSheet = { value: built.value, corner: sheetCorner(sheet, ['grade', 'judgement']) };
        return built;
      },
    };
  }

  protected override pick(doc: unknown, path: string): Picked {
    const sheet = this.#fromSheet;
    this.#corner = sheet && sheet.value === doc ? sheet.corner : undefined;
    return super.pick(doc, path);
  }

  protected build(input: JudgementGridData, path: string, options: GridOptions): Built<GridModel> {
    const { model, problems } = layoutJudgementGrid(input, path, {
      scale: options.scale ?? null,
      columnScales: options.columnScales,
      compare: options.compare,
      locale: this.locale,
    });
    return { model, problems, empty: isJudgementGridEmpty(input) };
  }

  protected view(model: GridModel): GridView {
    return viewJudgementGrid(model, {
      collapsed: this.collapsed,
      drawnRows: this.drawnRows,
      locale: this.locale,
    });
  }

  protected override exportTable(view: GridView): ExportTable {
    return exportGrid(
      view.model,
      view.shown,
      view.summary,
      this.#corner ?? t(this.locale, 'grid.corner'),
      this.locale,
      view.legend,
    );
  }

  protected override emptyMessage(): string {
    return this.input ? t(this.locale, 'grid.empty') : super.emptyMessage();
  }

  #toggle(row: RowModel): void {
    const next = new Set(this.collapsed);
    if (next.has(row.key)) next.delete(row.key);
    else next.add(row.key);
    this.collapsed = next;
  }

  #activate(r: number, c: number): void {
    const row = this.displayed?.shown[r];
    if (!row) return;
    if (c === 0) {
      if (row.hasChildren) this.#toggle(row);
      else this.#select(row, undefined);
      return;
    }
    this.#select(row, c - 1);
  }

  #select(row: RowModel, index: number | undefined): void {
    const column = index === undefined ? undefined : this.model?.columns[index];
    const cell = index === undefined ? undefined : row.cells[index];
    const detail: JudgementSelectDetail = {
      row: { label: row.label, key: row.key, ...(row.id === undefined ? {} : { id: row.id }) },
      column: column ? { id: column.id, label: column.label } : null,
      value: cell
        ? {
            grade: cell.grade?.label ?? null,
            value: cell.grade?.value ?? null,
            text: cell.text,
            ...(cell.raw === undefined ? {} : { raw: cell.raw }),
          }
        : null,
    };
    this.emit('ik-select', detail);
  }

  /** A click anywhere in a cell (its link, its note) chooses it: one listener on the table for every cell. */
  readonly #onClick = (event: MouseEvent): void => {
    const cell = clickedCell(event);
    const row = cell && this.displayed?.shown[cell.row];
    if (cell && row) this.#select(row, cell.column - 1);
  };

  /**
   * A row of the tree: its level, place among its siblings and, for a parent, whether it is expanded (the
   * treegrid pattern), so that nesting is heard as well as seen. A parent's label is its disclosure button,
   * named by the label alone: the state is `aria-expanded`, and the row header's name is the label, once.
   */
  #renderRow(view: GridView, row: RowModel, r: number): TemplateResult {
    const expanded = !view.collapsed.has(row.key);
    const depth = Math.min(row.depth, 8);
    return html`<tr
      data-r=${r}
      data-depth=${depth}
      class=${row.hasChildren ? 'has-children' : ''}
      aria-level=${row.depth + 1}
      aria-posinset=${row.position}
      aria-setsize=${row.siblings}
      aria-expanded=${row.hasChildren ? (expanded ? 'true' : 'false') : nothing}
      ><th
        scope="row"
        part="label"
        class="row-header"
        tabindex=${row.hasChildren ? nothing : this.#nav.tabIndex(r, 0)}
        ><span class="indent"
          >${
            row.hasChildren
              ? html`<button
                type="button"
                class="toggle"
                data-focus
                tabindex=${this.#nav.tabIndex(r, 0)}
                aria-expanded=${expanded ? 'true' : 'false'}
                @click=${() => this.#toggle(row)}
              ><span class="toggle-icon" aria-hidden="true"
                  ><svg viewBox="0 0 10 10" focusable="false"><path d="M0 2h10L5 8z" /></svg></span
                ><span class="label">${row.label}</span></button
              >`
              : html`${row.depth > 0 ? html`<span class="spacer"></span>` : nothing}<span class="label"
                  >${row.label}</span
                >`
          }</span
        ></th
      >${row.cells.map((cell, i) => renderCell(cell, r, i + 1, this.#nav, this.locale))}</tr
    >`;
  }

  protected renderView(view: GridView): TemplateResult {
    const { model } = view;
    const l = this.locale;
    return html`<div class="frame" part="base">
      ${renderHeading(model, this.options.headingLevel, l)}
      ${renderSummary(view.summary, model, l)}
      <div class="scroll">
        <table role="treegrid" part="table" @keydown=${this.#nav.onKeydown} @focusin=${this.#nav.onFocusin} @pointerover=${this.#nav.onPointerover} @click=${this.#onClick}>
          ${renderCaption(model, view.caption)}
          <thead>
            <tr>
              <th scope="col" class="corner">${this.#corner ?? t(l, 'grid.corner')}</th>
              ${model.columns.map(
                (c) =>
                  html`<th scope="col">${c.label}${c.date ? html`<span class="date">${c.date}</span>` : nothing}</th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${view.drawn.map((row, r) => this.#renderRow(view, row, r))}
          </tbody>
        </table>
      </div>
      ${renderMore(moreRowsText(this.#clip.more, l))}
      ${renderLegend(view.legendLabel, view.legend)}
    </div>${naturalWidth}`;
  }
}
