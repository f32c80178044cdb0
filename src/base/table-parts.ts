/** Template parts the table widgets share: the heading above the scrolling box, the caption, the summary and the legend. */
import { html, nothing, type TemplateResult } from 'lit';
import { headerIndex, type Sheet } from '../core/csv.js';
import { tParts } from '../core/i18n/index.js';
import type { Look } from '../core/vocabulary.js';
import { mark } from './marks.js';
import type { HeadingLevel } from './options.js';
import { renderTitle } from './title.js';

export interface Heading {
  title?: string;
  source?: { label: string; href?: string };
}

/**
 * The title and source shown above the scrolling box, so that they wrap at any width instead of scrolling
 * away. Hidden from assistive technology, which hears the same words as the table's caption, except for a
 * title made a heading by `heading-level` (`level`), which takes its place in the page's outline.
 */
export function renderHeading(
  { title, source }: Heading,
  level: HeadingLevel | undefined,
  locale: string,
): TemplateResult | typeof nothing {
  return html`${
    title || (source && !source.href)
      ? html`<div class="heading">
        ${title ? renderTitle(title, level, { hidden: true }) : nothing}
        ${source && !source.href ? html`<p class="source" aria-hidden="true">${source.label}</p>` : nothing}
      </div>`
      : nothing
  }${source?.href ? html`<p class="source-link"><a href=${source.href}>${tParts(locale, 'table.source', { source: source.label })}</a></p>` : nothing}`;
}

/**
 * The caption naming the table for assistive technology: the title alone, so that the name is short and said
 * once (the native caption names the table; nothing else points at it, or it is said again as a description).
 */
export function renderCaption({ title }: Heading, fallback: string): TemplateResult {
  return html`<caption class="visually-hidden">${title ?? fallback}</caption>`;
}

/**
 * The one-line summary above the table (what a sighted reader takes in at a glance; a screen reader hears it
 * once, in reading order, before the table), and the source for assistive technology, which does not get the
 * heading's copy of it: said once, here, not in the table's name.
 */
export function renderSummary(summary: string, { source }: Heading, locale: string): TemplateResult {
  return html`<p class="summary" part="summary">${summary}</p>${
    source && !source.href
      ? html`<p class="visually-hidden">${tParts(locale, 'table.source', { source: source.label })}</p>`
      : nothing
  }`;
}

/** The id of the cell whose note Escape should hide (WCAG 1.4.13: content on hover or focus is dismissible). */
export function noteToDismiss(event: KeyboardEvent): string | undefined {
  if (event.key !== 'Escape') return undefined;
  const td = event.target instanceof HTMLElement ? event.target.closest('td') : null;
  return td?.querySelector('.note') ? td.id : undefined;
}

/** One line of a legend: a mark (or a symbol such as arrows), a letter, the words and a count in words. */
export interface LegendEntry {
  look?: Look;
  /** Shown before the words, hidden from assistive technology (`↑ → ↓`). */
  symbol?: string;
  letter?: string;
  text: string;
  /** `3 judgements`, already in the widget's locale. */
  count?: string;
}

/** The key to a table's marks. */
export function renderLegend(label: string, entries: readonly LegendEntry[]): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label=${label}>
    ${entries.map(
      (e) =>
        html`<li>${e.look ? mark(e.look) : nothing}${e.symbol ? html`<span aria-hidden="true">${e.symbol}</span>` : nothing}${
          e.letter === undefined ? nothing : html`<span class="letter" aria-hidden="true">${e.letter}</span>`
        }<span>${e.text}</span>${e.count === undefined ? nothing : html` <span class="count">${e.count}</span>`}</li>`,
    )}
  </ul>`;
}

/** Under a table's box when a height cap clips rows: "Scroll for 22 more rows" (ClipCue measures it). */
export function renderMore(text: string): TemplateResult | typeof nothing {
  return text ? html`<p class="more" part="more">${text}</p>` : nothing;
}

/**
 * The editor's own header over the row labels of a wide table or CSV (its first header, "Judgement"), or
 * undefined for long CSV (whose first header is the `row` column) and a sheet with no first header.
 */
export function sheetCorner(sheet: Sheet, valueColumns: readonly string[]): string | undefined {
  const find = headerIndex(sheet.header);
  if (find('row') >= 0 && find('column') >= 0 && find(...valueColumns) >= 0) return undefined;
  return sheet.header[0]?.replace(/\s+/g, ' ').trim() || undefined;
}
