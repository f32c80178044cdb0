/** The filter buttons of the RAG matrix and the timeline, as their views work them out. Pure. */
import { t } from '../core/i18n/index.js';
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
  /** `Show:` before the buttons, in the widget's language. */
  show: string;
  /** The first button's words, pressed while no filter is: `All (23)`, or `All`. */
  all: string;
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
  terms: { readonly [key in K]: Look };
  /** Each value's word in the widget's language (`Amber`). */
  word: (key: K) => string;
  active: K | undefined;
  shown: string;
  locale: string;
  /** How many items there are in all, for the "All" button's count. */
  total?: number;
}): Filters<K> {
  return {
    label: opts.label,
    show: t(opts.locale, 'filter.show'),
    all:
      opts.total === undefined
        ? t(opts.locale, 'filter.all')
        : t(opts.locale, 'filter.allCount', { count: opts.total }),
    items: opts.order
      .filter((k) => opts.counts[k] > 0)
      .map((k) => ({
        key: k,
        text: t(opts.locale, 'filter.item', { word: opts.word(k), count: opts.counts[k] }),
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
  const l = opts.locale;
  const [noun, nouns] = opts.noun;
  if (opts.which === undefined) {
    if (opts.total === 0) return t(l, 'shown.none', { nouns });
    if (opts.total === 1) return t(l, 'shown.one', { noun });
    return t(l, 'shown.all', { count: opts.total, nouns });
  }
  const those = t(l, opts.shown === 1 ? 'shown.theOne' : 'shown.those');
  return t(l, 'shown.some', { count: opts.total, shown: opts.shown, noun, nouns, those, which: opts.which });
}
