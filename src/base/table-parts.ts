/** Template parts the table widgets share: the heading above the scrolling box, the caption, and notes. */
import { html, nothing, type TemplateResult } from 'lit';

export interface Heading {
  title?: string;
  source?: { label: string; href?: string };
}

/**
 * The title and source shown above the scrolling box, so that they wrap at any width instead of scrolling
 * away. Hidden from assistive technology, which hears the same words as the table's caption.
 */
export function renderHeading({ title, source }: Heading): TemplateResult | typeof nothing {
  return html`${
    title || (source && !source.href)
      ? html`<div class="heading" aria-hidden="true">
        ${title ? html`<p class="title">${title}</p>` : nothing}
        ${source && !source.href ? html`<p class="source">${source.label}</p>` : nothing}
      </div>`
      : nothing
  }${source?.href ? html`<p class="source-link"><a href=${source.href}>Source: ${source.label}</a></p>` : nothing}`;
}

/** The caption naming the table for assistive technology. */
export function renderCaption({ title, source }: Heading, fallback: string): TemplateResult {
  return html`<caption id="caption" class="visually-hidden">${title ?? fallback}${source ? `. ${source.label}` : ''}</caption>`;
}

/** A cell's note: a visible flag and a tooltip shown on hover and focus, tied to the cell by `aria-describedby`. */
export function renderNote(id: string, note: string | undefined): TemplateResult | typeof nothing {
  return note
    ? html`<span class="note-flag" aria-hidden="true">Note</span><span class="note" role="tooltip" id=${id}>${note}</span>`
    : nothing;
}

/** The id of the cell whose note Escape should hide (WCAG 1.4.13: content on hover or focus is dismissible). */
export function noteToDismiss(event: KeyboardEvent): string | undefined {
  if (event.key !== 'Escape') return undefined;
  const td = event.target instanceof HTMLElement ? event.target.closest('td') : null;
  return td?.querySelector('.note') ? td.id : undefined;
}
