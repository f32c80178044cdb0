/**
 * Filter buttons shared by the RAG matrix and the timeline: one toggle button per value (`aria-pressed`),
 * a "Show all" button while one is pressed, and a live line saying how many items are shown.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Filters } from './filter-view.js';
import { mark } from './marks.js';

export type { FilterItem, Filters } from './filter-view.js';

export function renderFilters<K extends string>(
  opts: Filters<K>,
  onChange: (key: K | undefined) => void,
): TemplateResult {
  return html`<div class="filters" role="group" aria-label=${opts.label}>
      <span class="filters-label" aria-hidden="true">Show:</span>
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
      ${
        opts.active === undefined
          ? nothing
          : html`<button type="button" class="filter" @click=${() => onChange(undefined)}>Show all</button>`
      }
    </div>
    <p class="shown" role="status">${opts.shown}</p>`;
}
