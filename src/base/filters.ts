/**
 * Filter buttons shared by the RAG matrix and the timeline: one toggle button per value (`aria-pressed`),
 * a "Show all" button while one is pressed, and a live line saying how many items are shown.
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface FilterItem<K extends string> {
  key: K;
  /** `Amber (22)`. */
  text: string;
  icon: TemplateResult;
}

export function renderFilters<K extends string>(opts: {
  label: string;
  items: FilterItem<K>[];
  active: K | undefined;
  onChange: (key: K | undefined) => void;
  /** `Showing all 23 items`, `Showing 5 of 23 items: …`. */
  shown: string;
}): TemplateResult {
  return html`<div class="filters" role="group" aria-label=${opts.label}>
      <span class="filters-label" aria-hidden="true">Show:</span>
      ${opts.items.map(
        (item) => html`<button
          type="button"
          class="filter"
          aria-pressed=${opts.active === item.key ? 'true' : 'false'}
          @click=${() => opts.onChange(opts.active === item.key ? undefined : item.key)}
        >
          ${item.icon}<span>${item.text}</span>
        </button>`,
      )}
      ${
        opts.active === undefined
          ? nothing
          : html`<button type="button" class="filter" @click=${() => opts.onChange(undefined)}>Show all</button>`
      }
    </div>
    <p class="shown" role="status">${opts.shown}</p>`;
}
