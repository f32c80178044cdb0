/**
 * The one cell of the table widgets (the judgement grid's judgements and the RAG matrix's statuses): a mark,
 * an optional letter and the words, then any lines under them (a rating, a measure, a comparison), what an
 * invalid cell was given, a link that was not safe to show, and a note. Layouts fill a TableCell; this draws it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { t } from '../core/i18n/index.js';
import { quote } from '../core/problems.js';
import type { Look } from '../core/vocabulary.js';
import type { GridNavigation } from './grid-navigation.js';
import { markClass } from './marks.js';

/** A line under the cell's words. */
export interface CellDetail {
  /** `rating`, `measure`, `cmp cmp-improved`. */
  readonly className: string;
  readonly text: string;
  /** Shown before the words, hidden from assistive technology (`↑`). */
  readonly arrow?: string;
}

export interface TableCell {
  /** The cell's class: `kind-grade`, `kind-status`, `kind-state` (Not rated), `kind-narrative`, `kind-none`, `kind-invalid`. */
  kind: 'grade' | 'status' | 'state' | 'narrative' | 'none' | 'invalid';
  /** The mark; none for a cell with no entry. */
  look?: Look;
  /** The letter beside a status mark (never colour alone). */
  letter?: string;
  /** `Adequate (3)`, `Green`, `Not judged`, `Not valid`, `No entry`. */
  text: string;
  details?: readonly CellDetail[];
  /** What the data said, for an invalid cell. */
  raw?: string;
  note?: string;
  /** A link, only when safe (https, http, relative). */
  href?: string;
  /** A link given in the data that was not safe, shown as text. */
  unsafeHref?: string;
}

function isPlain(cell: TableCell): boolean {
  return (
    cell.href === undefined &&
    cell.note === undefined &&
    cell.details === undefined &&
    cell.raw === undefined &&
    cell.unsafeHref === undefined &&
    cell.look !== undefined &&
    cell.kind !== 'invalid'
  );
}

function letter(cell: TableCell): TemplateResult | typeof nothing {
  return cell.letter === undefined
    ? nothing
    : html`<span class="letter" aria-hidden="true">${cell.letter}</span>`;
}

/**
 * A cell's note: a visible flag and a tooltip shown on hover and focus, tied to the cell by `aria-describedby`.
 * The tooltip is the cell's description, and hidden from its content: otherwise a focused cell, whose name
 * comes from its content, would say the note twice (in its name, then as its description).
 */
export function renderNote(
  id: string,
  note: string | undefined,
  locale: string,
): TemplateResult | typeof nothing {
  return note
    ? html`<span class="note-flag" aria-hidden="true">${t(locale, 'table.note')}</span><span class="note" role="tooltip" id=${id} aria-hidden="true"
        >${note}</span
      >`
    : nothing;
}

/** Draws one data cell at row `r`, column `c` (0 is the row header) of a table under grid navigation. */
export function renderCell(
  cell: TableCell,
  r: number,
  c: number,
  nav: GridNavigation,
  locale: string,
): TemplateResult {
  if (isPlain(cell)) {
    // Most cells: a mark and the words straight in the cell (a 152 × 24 grid has 3,648: one template instance
    // and two elements each lay out much faster than more).
    return html`<td part="cell" class="plain kind-${cell.kind}" tabindex=${nav.tabIndex(r, c)}
      ><span class=${markClass(cell.look!)} part="mark" aria-hidden="true"></span>${letter(cell)}${cell.text}</td
    >`;
  }
  const main = html`<span class="cell-main"
    >${cell.look ? html`<span class=${markClass(cell.look)} part="mark" aria-hidden="true"></span>` : nothing}${letter(cell)}<span
      class="cell-text"
      >${cell.text}</span
    ></span
  >`;
  const id = `c-${r}-${c}`;
  const noteId = `n-${r}-${c}`;
  const onCell = cell.href === undefined;
  const describedBy = cell.note ? noteId : undefined;
  return html`<td
    id=${cell.note ? id : nothing}
    part="cell"
    class="kind-${cell.kind} ${cell.note ? 'with-note' : ''} ${nav.isDismissed(id) ? 'dismissed' : ''}"
    tabindex=${onCell ? nav.tabIndex(r, c) : nothing}
    aria-describedby=${onCell && describedBy ? describedBy : nothing}
  >
    ${
      onCell
        ? main
        : html`<a href=${cell.href!} data-focus tabindex=${nav.tabIndex(r, c)} aria-describedby=${describedBy ?? nothing}
            >${main}</a
          >`
    }
    ${(cell.details ?? []).map(
      (d) =>
        html`<span class=${d.className}
          >${d.arrow ? html`<span aria-hidden="true">${d.arrow}</span> ` : nothing}${d.text}</span
        >`,
    )}
    ${cell.raw === undefined ? nothing : html`<span class="raw">${t(locale, 'table.given', { given: quote(cell.raw, 60, locale) })}</span>`}
    ${cell.unsafeHref ? html`<span class="unsafe">${t(locale, 'table.unsafeLink', { href: cell.unsafeHref })}</span>` : nothing}
    ${renderNote(noteId, cell.note, locale)}
  </td>`;
}
