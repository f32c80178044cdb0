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
  /** The first button's words, pressed while no filter is: `All (23)`; `All` when not given. */
  all?: string;
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
  /** How many items there are in all, for the "All" button's count. */
  total?: number;
}): Filters<K> {
  return {
    label: opts.label,
    ...(opts.total === undefined ? {} : { all: `All (${formatNumber(opts.total, opts.locale, 0)})` }),
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

/** A noun in the singular and the plural: `['action', 'actions']`. */
export type Noun = readonly [one: string, other: string];

/**
 * The line saying how many items are shown, in the singular where there is one: `Showing all 28 actions`,
 * `Showing 1 action`, `Showing 9 of 28 actions: those due soon`, `Showing 1 of 28 actions: the one overdue`.
 * `which` follows "those" or "the one" (`due soon`, `with a grey status`).
 */
export function shownLine(opts: {
  shown: number;
  total: number;
  noun: Noun;
  /** Set while a filter is on. */
  which?: string;
  locale: string;
}): string {
  const n = (k: number) => formatNumber(k, opts.locale, 0);
  const noun = (k: number) => (k === 1 ? opts.noun[0] : opts.noun[1]);
  if (opts.which === undefined) {
    if (opts.total === 0) return `Showing no ${opts.noun[1]}`;
    if (opts.total === 1) return `Showing 1 ${opts.noun[0]}`;
    return `Showing all ${n(opts.total)} ${opts.noun[1]}`;
  }
  const those = opts.shown === 1 ? 'the one' : 'those';
  return `Showing ${n(opts.shown)} of ${n(opts.total)} ${noun(opts.total)}: ${those} ${opts.which}`;
}
