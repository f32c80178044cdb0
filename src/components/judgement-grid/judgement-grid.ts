import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type Built, IkElement, type Shape } from '../../base/ik-element.js';
import { gradeShape, gradeTone, type Shape as MarkShape, mark, markClass } from '../../base/marks.js';
import { markStyles } from '../../base/marks.styles.js';
import { tableStyles } from '../../base/table.styles.js';
import { renderCaption, renderHeading, renderNote } from '../../base/table-parts.js';
import { clickedCell, columnList, TableRows } from '../../base/table-rows.js';
import { quote } from '../../core/problems.js';
import type { Grade, GradeScale } from '../../core/scales.js';
import {
  isJudgementGridEmpty,
  type JudgementGridData,
  judgementGrid,
  judgementGridFromSheet,
} from '../../core/shapes/judgements.js';
import {
  type CellModel,
  type GridModel,
  layoutJudgementGrid,
  type RowModel,
} from './judgement-grid.layout.js';
import { judgementGridStyles } from './judgement-grid.styles.js';

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

const ARROWS = { improved: '↑', held: '→', declined: '↓' } as const;

/**
 * Inspection judgements on a graded scale: a real table with the title as caption, nested
 * rows under disclosure buttons, each cell's grade as word and number with a shape and a tone, a legend, and,
 * with `compare`, whether each judgement improved, held or declined since the column before.
 *
 * @summary Ofsted-style graded judgements by area and theme.
 *
 * @event {CustomEvent<JudgementSelectDetail>} ik-select - A judgement was chosen by click, Enter or Space. `detail: { row, column, value }`.
 *
 * @csspart base - The wrapper of the table and legend.
 * @csspart table - The table.
 * @csspart cell - Each judgement cell.
 * @csspart label - Each row header.
 * @csspart legend - The key to the scale.
 * @csspart mark - Each grade shape.
 */
export class IkJudgementGrid extends IkElement<JudgementGridData, GridModel, JudgementSelectDetail> {
  static override styles = [...IkElement.styles, markStyles, tableStyles, judgementGridStyles];
  protected static override modelProperties = ['scale', 'compare'];

  /** Scale id (`ofsted-4`, `ofsted-ri`, `cqc-4`, `progress-4`); overrides the data's scale. */
  @property({ reflect: true }) scale?: string;

  /** Show, in each cell after the first, whether the judgement improved, held or declined. */
  @property({ type: Boolean, reflect: true }) compare = false;

  /** For CSV and pasted tables: the judgement columns to keep, comma-separated (e.g. `Overall effectiveness,In care`). */
  @property({ reflect: true }) columns?: string;

  /** Keys of collapsed rows. */
  @state() private collapsed = new Set<string>();

  /** The rows shown (a national grid is drawn in parts) and the keyboard over them. */
  readonly #rows = new TableRows<RowModel>(
    this,
    () => this.model?.columns.length ?? 0,
    (r, c) => this.#activate(r, c),
  );
  readonly #nav = this.#rows.nav;

  protected get shape(): Shape<JudgementGridData> {
    return {
      schema: judgementGrid,
      fromSheet: (sheet) => judgementGridFromSheet(sheet, columnList(this.columns)),
    };
  }

  protected override readProperties(): readonly string[] {
    return ['columns'];
  }

  protected build(input: JudgementGridData, path: string): Built<GridModel> {
    const { model, problems } = layoutJudgementGrid(input, path, {
      scale: this.scale ?? null,
      compare: this.compare,
      locale: this.locale,
    });
    return { model, problems, empty: isJudgementGridEmpty(input) };
  }

  protected override drawingMore(): boolean {
    return this.#rows.parts.more;
  }

  protected override emptyMessage(): string {
    return this.input
      ? 'There are no judgements to show: the data has no rows or no columns.'
      : super.emptyMessage();
  }

  #visibleRows(model: GridModel): RowModel[] {
    if (this.collapsed.size === 0) return model.rows;
    const hidden = new Set<string>();
    return model.rows.filter((row) => {
      if (row.parentKey !== undefined && (hidden.has(row.parentKey) || this.collapsed.has(row.parentKey))) {
        hidden.add(row.key);
        return false;
      }
      return true;
    });
  }

  #toggle(row: RowModel): void {
    const next = new Set(this.collapsed);
    if (next.has(row.key)) next.delete(row.key);
    else next.add(row.key);
    this.collapsed = next;
  }

  #activate(r: number, c: number): void {
    const row = this.#rows.shown[r];
    if (!row || !this.model) return;
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

  /** A grade's shape and tone, by its rank on the grid's scale. */
  #gradeLook(scale: GradeScale, grade: Grade): [MarkShape, string] {
    const rank = scale.grades.indexOf(grade);
    return [gradeShape(rank), gradeTone(rank, scale.grades.length)];
  }

  #gradeMark(scale: GradeScale, grade: Grade) {
    return mark(...this.#gradeLook(scale, grade));
  }

  #cellMarkClass(scale: GradeScale, cell: CellModel): string {
    if (cell.grade) return markClass(...this.#gradeLook(scale, cell.grade));
    return cell.kind === 'none' ? markClass('dash', 'tone-none') : markClass('cross', 'tone-invalid');
  }

  /** A click anywhere in a cell (its link, its note) chooses it: one listener on the table for every cell. */
  readonly #onClick = (event: MouseEvent): void => {
    const cell = clickedCell(event);
    const row = cell && this.#rows.shown[cell.row];
    if (cell && row) this.#select(row, cell.column - 1);
  };

  #renderCell(model: GridModel, row: RowModel, cell: CellModel, r: number, c: number): TemplateResult {
    const markClasses = this.#cellMarkClass(model.scale, cell);
    if (
      cell.href === undefined &&
      !cell.note &&
      !cell.comparison &&
      !cell.unsafeHref &&
      cell.kind !== 'invalid'
    ) {
      // Most cells: a grade and nothing else, as a mark and the words straight in the cell (a 152 × 24 grid
      // has 3,648: one template instance and two elements each lay out much faster than more).
      return html`<td part="cell" class="plain kind-${cell.kind}" tabindex=${this.#nav.tabIndex(r, c)}
        ><span class=${markClasses} part="mark" aria-hidden="true"></span>${cell.text}</td
      >`;
    }
    const text = html`<span class="cell-main"
      ><span class=${markClasses} part="mark" aria-hidden="true"></span
      ><span class="cell-text">${cell.text}</span></span
    >`;
    const id = `c-${r}-${c}`;
    const noteId = `n-${r}-${c}`;
    const focusOnCell = cell.href === undefined;
    const describedBy = cell.note ? noteId : undefined;
    return html`<td
      id=${cell.note ? id : nothing}
      part="cell"
      class="kind-${cell.kind} ${cell.note ? 'with-note' : ''} ${this.#nav.dismissed === id ? 'dismissed' : ''}"
      tabindex=${focusOnCell ? this.#nav.tabIndex(r, c) : nothing}
      aria-describedby=${focusOnCell && describedBy ? describedBy : nothing}
    >
      ${
        cell.href === undefined
          ? text
          : html`<a
            href=${cell.href}
            data-focus
            tabindex=${this.#nav.tabIndex(r, c)}
            aria-describedby=${describedBy ?? nothing}
            >${text}</a
          >`
      }
      ${cell.kind === 'invalid' ? html`<span class="raw">Given: ${quote(cell.raw)}</span>` : nothing}
      ${cell.unsafeHref ? html`<span class="unsafe">Link not shown: ${cell.unsafeHref}</span>` : nothing}
      ${
        cell.comparison
          ? html`<span class="cmp cmp-${cell.comparison.kind}"
            ><span aria-hidden="true">${ARROWS[cell.comparison.kind]}</span> ${cell.comparison.words}</span
          >`
          : nothing
      }
      ${renderNote(noteId, cell.note)}
    </td>`;
  }

  #renderRow(model: GridModel, row: RowModel, r: number): TemplateResult {
    const expanded = !this.collapsed.has(row.key);
    const depth = Math.min(row.depth, 8);
    return html`<tr data-r=${r} data-depth=${depth} class=${row.hasChildren ? 'has-children' : ''}>
      <th
        scope="row"
        part="label"
        class="row-header"
        tabindex=${row.hasChildren ? nothing : this.#nav.tabIndex(r, 0)}
      >
        <span class="indent"
          >${
            row.hasChildren
              ? html`<button
                type="button"
                class="toggle"
                data-focus
                tabindex=${this.#nav.tabIndex(r, 0)}
                aria-expanded=${expanded ? 'true' : 'false'}
                aria-label=${`${expanded ? 'Collapse' : 'Expand'} ${row.label}`}
                @click=${() => this.#toggle(row)}
              >
                <svg viewBox="0 0 10 10" aria-hidden="true" focusable="false"><path d="M0 2h10L5 8z" /></svg>
              </button>`
              : row.depth > 0
                ? html`<span class="spacer"></span>`
                : nothing
          }<span>${row.label}</span></span
        >
      </th>
      ${row.cells.map((cell, i) => this.#renderCell(model, row, cell, r, i + 1))}
    </tr>`;
  }

  #renderLegend(model: GridModel): TemplateResult {
    const count = (n: number) => `${n} ${n === 1 ? 'judgement' : 'judgements'}`;
    return html`<ul class="legend" part="legend" aria-label="Key to the ${model.scale.name}">
      ${model.legend.map(
        (entry) =>
          html`<li>${this.#gradeMark(model.scale, entry.grade)}<span>${entry.text}</span> <span class="count">${count(entry.count)}</span></li>`,
      )}
      <li>${mark('dash', 'tone-none')}<span>Not judged</span> <span class="count">${count(model.notJudged)}</span></li>
      ${
        model.invalid
          ? html`<li>${mark('cross', 'tone-invalid')}<span>Not valid</span> <span class="count">${count(model.invalid)}</span></li>`
          : nothing
      }
      ${
        model.compare
          ? html`<li><span aria-hidden="true">↑ → ↓</span><span>Improved, held or declined since the column before</span></li>`
          : nothing
      }
    </ul>`;
  }

  protected renderModel(model: GridModel): TemplateResult {
    this.#rows.shown = this.#visibleRows(model);
    return html`<div class="frame" part="base">
      ${renderHeading(model)}
      <div class="scroll">
        <table role="grid" part="table" aria-labelledby="caption" @keydown=${this.#nav.onKeydown} @focusin=${this.#nav.onFocusin} @click=${this.#onClick}>
          ${renderCaption(model, `Judgements on the ${model.scale.name}`)}
          <thead>
            <tr>
              <th scope="col" class="corner">Area</th>
              ${model.columns.map(
                (c) =>
                  html`<th scope="col">${c.label}${c.date ? html`<span class="date">${c.date}</span>` : nothing}</th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${this.#rows.drawn.map((row, r) => this.#renderRow(model, row, r))}
          </tbody>
        </table>
      </div>
      ${this.#renderLegend(model)}
    </div>`;
  }
}
