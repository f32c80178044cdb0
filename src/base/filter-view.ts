/** The filter buttons of the RAG matrix and the timeline, as their views work them out. Pure. */
import { formatNumber } from '../core/format.js';
import type { Look } from '../core/vocabulary.js';

export interface FilterItem<K extends string> {
  key: K;
  /** `Amber (22)`. */
  text: string;
  look: Look;
}

/** The filter buttons as a view works them out. */
export interface Filters<K extends string> {
  label: string;
  items: readonly FilterItem<K>[];
  active: K | undefined;
  /** `Showing all 23 items`, `Showing 5 of 23 items: …`. */
  shown: string;
}

/** One button per value that some item has, in the given order, with its count: `Amber (22)`. */
export function filterView<K extends string>(opts: {
  label: string;
  order: readonly K[];
  counts: Readonly<Record<K, number>>;
  terms: { readonly [key in K]: Look & { readonly word: string } };
  active: K | undefined;
  shown: string;
  locale: string;
}): Filters<K> {
  return {
    label: opts.label,
    items: opts.order
      .filter((k) => opts.counts[k] > 0)
      .map((k) => ({
        key: k,
        text: `${opts.terms[k].word} (${formatNumber(opts.counts[k], opts.locale, 0)})`,
        look: opts.terms[k],
      })),
    active: opts.active,
    shown: opts.shown,
  };
}
