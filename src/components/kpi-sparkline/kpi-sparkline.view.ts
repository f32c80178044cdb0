/**
 * What the sparkline shows of its model for the UI state: the point under focus or pointer and its tooltip,
 * whether the data table is open, and the words beside the chart. Pure.
 */
import type { ViewBase } from '../../base/ik-element.js';
import { formatValue } from '../../core/format.js';
import { t } from '../../core/i18n/index.js';
import { flagWords, gapCell } from '../../core/symbols.js';
import { CHANGE, STATUS, type StatusTerms, statusLetter, statusWord } from '../../core/vocabulary.js';
import type { KpiModel, PointModel } from './kpi-sparkline.layout.js';

export interface KpiUi {
  variant: 'inline' | 'card';
  /** The point shown in the tooltip, if any. */
  active: number | undefined;
  /** Whether the active point was reached by a key, so the live region speaks it. */
  spoken: boolean;
  showData: boolean;
  locale: string;
}

export interface KpiView extends ViewBase {
  model: KpiModel;
  variant: 'inline' | 'card';
  active?: PointModel;
  /** The active point's tooltip: `Q4 2009/10: 59.7% (provisional), 20.3 points below the 80% target (red)`. */
  tip?: string;
  /** What the polite live region says when a key moves to a point: the tooltip's words and `Point 3 of 4.` */
  announcement: string;
  /** The chart's description: the keys it takes, written out. */
  keys: string;
  /** `↑`, or nothing with fewer than two values. */
  arrow: string;
  /** The status's terms, none without a target. */
  status?: StatusTerms;
  /**
   * Without a status, why, in the card's words: beside its value (`No target`, `No status`) and under Status
   * (`No status (no target)`, `No status (the data does not say whether higher or lower is better)`).
   */
  noStatus?: { short: string; long: string };
  /** `Improving: up from …`, for the card. */
  trendText: string;
  showData: boolean;
  /**
   * Under the card's value: its period and flags, `Q4 2009/10 (provisional)`; with an explained gap after it,
   * the gap too, `Q1 2010/11 (revised); Q2 2010/11: confidential (c)`. Empty with no value.
   */
  latestWhen: string;
  /** The data table's values: each point's value, target and comparators' values, formatted. */
  table: { period: string; value: string; target: string; comparators: string[] }[];
}

/** The card's line under the value: the last value's period and flags, then an explained gap after it. */
function latestWhen(model: KpiModel, locale: string): string {
  if (!model.latest) return '';
  const when = `${model.latest.period}${flagWords(model.latest, locale)}`;
  return model.latestGap ? `${when}; ${model.latestGap.period}: ${model.latestGap.text}` : when;
}

/**
 * A point's value in the data table, in full whatever the number style (`£1,254,000`, not `£1.254 million`: the
 * table is where the exact figures are): `59.7% (provisional)`; an explained gap as `c — confidential`.
 */
function tableValue(p: PointModel, exact: (v: number) => string, locale: string): string {
  if (p.gap) return gapCell(p.gap, locale);
  return `${p.value === null ? p.text : exact(p.value)}${p.intervalText ? ` (${p.intervalText})` : ''}${flagWords(p, locale)}`;
}

/**
 * Why an indicator has no status, said as the data is: no target (and no range to be inside); else a polarity
 * that judges nothing (not given, or `No judgement`); else no value yet. A target given is never called missing.
 */
function noStatusWords(model: KpiModel, locale: string): { short: string; long: string } {
  const hasRange = model.polarity === 'range' && model.range !== undefined;
  if (model.target === undefined && !hasRange)
    return { short: t(locale, 'kpi.noTarget'), long: t(locale, 'kpi.noStatus') };
  const short = t(locale, 'kpi.noStatusShort');
  if (model.polarity === 'none')
    return { short, long: t(locale, 'kpi.noStatusBecause', { why: t(locale, 'kpi.pol.none') }) };
  if (!model.latest)
    return { short, long: t(locale, 'kpi.noStatusBecause', { why: t(locale, 'kpi.s.noValue') }) };
  return { short, long: short };
}

export function viewKpi(model: KpiModel, ui: KpiUi): KpiView {
  // The data table's figures are exact, in every number style.
  const exact = (v: number) => formatValue(v, model.unit, ui.locale, 'plain');
  const fmt = (v: number | null | undefined) => (v === undefined || v === null ? '' : exact(v));
  const active = ui.active === undefined ? undefined : model.points[ui.active];
  const withProvisional = (p: PointModel) => tableValue(p, exact, ui.locale);
  return {
    model,
    variant: ui.variant,
    ...(active
      ? {
          active,
          tip: active.words,
        }
      : {}),
    announcement:
      active && ui.spoken
        ? t(ui.locale, 'kpi.point', {
            words: active.words,
            index: ui.active! + 1,
            count: model.points.length,
          })
        : '',
    keys: t(ui.locale, 'kpi.keys'),
    arrow: model.change ? CHANGE[model.change].arrow : '',
    ...(model.status === 'none'
      ? { noStatus: noStatusWords(model, ui.locale) }
      : {
          status: {
            ...STATUS[model.status],
            word: statusWord(model.status, ui.locale),
            letter: statusLetter(model.status, ui.locale),
          },
        }),
    trendText: `${model.trendWords[0]!.toUpperCase()}${model.trendWords.slice(1)}`,
    showData: ui.showData,
    latestWhen: latestWhen(model, ui.locale),
    table: ui.showData
      ? model.points.map((p) => ({
          period: p.period,
          value: withProvisional(p),
          target: fmt(p.target),
          comparators: model.comparators.map((c) => {
            const gap = c.gaps.get(p.period);
            return gap ? gapCell(gap, ui.locale) : fmt(c.values.get(p.period));
          }),
        }))
      : [],
  };
}
