/**
 * Filter buttons shared by the RAG matrix and the timeline: an "All" button and one button per value, each a
 * toggle (`aria-pressed`), exactly one pressed; and a live line saying how many items are shown. Every button
 * stays on the page whichever is pressed, so focus stays on the button just pressed (WCAG 2.4.3).
 */
import { html, type TemplateResult } from 'lit';
import type { Filters } from './filter-view.js';
import { mark } from './marks.js';

export type { FilterItem, Filters, Noun } from './filter-view.js';

export function renderFilters<K extends string>(
  opts: Filters<K>,
  onChange: (key: K | undefined) => void,
): TemplateResult {
  return html`<div class="filters" role="group" aria-label=${opts.label}>
      <span class="filters-label" aria-hidden="true">${opts.show}</span>
      <button
        type="button"
        class="show-all"
        aria-pressed=${opts.active === undefined ? 'true' : 'false'}
        @click=${() => onChange(undefined)}
      >
        ${opts.all}
      </button>
      ${opts.items.map(
        (item) => html`<button
          type="button"
          class="filter"
          aria-pressed=${opts.active === item.key ? 'true' : 'false'}
          @click=${() => onChange(opts.active === item.key ? undefined : item.key)}
        >
          ${mark(item.look)}<span>${item.text}</span>
        </button>`,
      )}
    </div>
    <p class="shown" role="status">${opts.shown}</p>`;
}
