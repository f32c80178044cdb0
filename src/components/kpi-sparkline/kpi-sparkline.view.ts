/**
 * What the sparkline shows of its model for the UI state: the point under focus or pointer and its tooltip,
 * whether the data table is open, and the words beside the chart. Pure.
 */
import type { ViewBase } from '../../base/ik-element.js';
import { formatValue } from '../../core/format.js';
import { CHANGE, STATUS, type StatusTerms } from '../../core/vocabulary.js';
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
  /** `Improving: up from …`, for the card. */
  trendText: string;
  showData: boolean;
  /** The data table's values: each point's value, target and comparators' values, formatted. */
  table: { period: string; value: string; target: string; comparators: string[] }[];
}

/** The chart's keys, written out (its description). */
export const CHART_KEY_WORDS =
  'Use the left and right arrow keys to move between points, Home and End for the first and last; Enter or Space chooses a point.';

export function viewKpi(model: KpiModel, ui: KpiUi): KpiView {
  const fmt = (v: number | null | undefined) =>
    v === undefined || v === null ? '' : formatValue(v, model.unit, ui.locale);
  const active = ui.active === undefined ? undefined : model.points[ui.active];
  const withProvisional = (p: PointModel) =>
    `${p.text}${p.intervalText ? ` (${p.intervalText})` : ''}${p.provisional ? ' (provisional)' : ''}`;
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
      active && ui.spoken ? `${active.words}. Point ${ui.active! + 1} of ${model.points.length}.` : '',
    keys: CHART_KEY_WORDS,
    arrow: model.change ? CHANGE[model.change].arrow : '',
    ...(model.status === 'none' ? {} : { status: STATUS[model.status] }),
    trendText: `${model.trendWords[0]!.toUpperCase()}${model.trendWords.slice(1)}`,
    showData: ui.showData,
    table: ui.showData
      ? model.points.map((p) => ({
          period: p.period,
          value: withProvisional(p),
          target: fmt(p.target),
          comparators: model.comparators.map((c) => fmt(c.values.get(p.period))),
        }))
      : [],
  };
}
