/**
 * What the timeline shows of its model for the UI state: the actions left by the status filter, the part of
 * them drawn so far, the action under focus or pointer and its tooltip, the one-line summary, the filter
 * words, what the polite live region says when the arrow keys move, and the lane labels as the axis has room
 * for them. Pure.
 */
import { type Filters, filterView, shownLine } from '../../base/filter-view.js';
import type { ViewBase } from '../../base/ik-element.js';
import { type DrawnRows, drawnPart } from '../../base/progress.js';
import { formatDate } from '../../core/format.js';
import { t } from '../../core/i18n/index.js';
import type { DerivedStatus } from '../../core/timescales.js';
import { DERIVED_STATUSES } from '../../core/timescales.js';
import { ACTION_KIND, actionWord } from '../../core/vocabulary.js';
import { type ActionModel, estimateLabelWidth, type TimelineModel } from './deadline-timeline.layout.js';

export interface TimelineUi {
  filter: DerivedStatus | undefined;
  /** The action under focus or pointer (its key). */
  current: string | undefined;
  drawnRows: DrawnRows;
  locale: string;
  /** The action focus last moved to in the list (its key), spoken by the live region. */
  spoken?: string | undefined;
  /** The action whose tooltip Escape dismissed (its key): no tooltip for it until it is left. */
  dismissed?: string | undefined;
}

/** Lane labels longer than this are cut short on the axis (the list gives each action's lane in full). */
const LANE_LABEL = 24;

export interface TimelineView extends ViewBase {
  model: TimelineModel;
  filter: DerivedStatus | undefined;
  /** The actions the filter leaves, in due-date order. */
  shown: readonly ActionModel[];
  /** The actions drawn now (a long list is drawn in parts). */
  drawn: readonly ActionModel[];
  drawnKeys: ReadonlySet<string>;
  /** The action under focus or pointer, when it is on the axis. */
  current?: ActionModel;
  /** Its tooltip under its title: `12 February 2010: Overdue by 5 days`; none once Escape dismissed it. */
  tip?: string;
  /** The key of the list item in the tab order. */
  focusKey?: string;
  /** `As of 11 May 2010: 18 overdue, 6 not yet due`: what the chart shows at a glance, said once. */
  summary: string;
  filters: Filters<DerivedStatus>;
  laneLabels: readonly string[];
  /** What the polite live region says of the action focus moved to in the list, or nothing. */
  announcement: string;
  instructions: string;
  chartNote: string;
}

/** `As of 11 May 2010: 5 overdue, 2 due soon, 4 done, 1 not yet due`, counts by derived status, zeros left out. */
export function timelineSummary(model: TimelineModel, locale: string): string {
  const date = formatDate(model.asOf, locale);
  const when = t(locale, model.asOfGiven ? 'timeline.asOf' : 'timeline.asOfToday', { date });
  const counts = DERIVED_STATUSES.filter((s) => model.counts[s] > 0)
    .map((s) => t(locale, `timeline.count.${s}`, { count: model.counts[s] }))
    .join(', ');
  return t(locale, 'timeline.summary', { when, counts: counts || t(locale, 'timeline.noActions') });
}

/**
 * `2 of 9. Due 7 January 2010 (Immediately). Overdue by 36 days. Owner: Head of service.`: said after the
 * focused item's name, its title, so the title is not said twice.
 */
function spokenAction(a: ActionModel, index: number, of: number, locale: string): string {
  const due =
    a.open !== undefined
      ? a.dueText
      : a.due === undefined
        ? t(locale, 'action.no due date')
        : a.timescale
          ? t(locale, 'timeline.dueTimescale', { date: a.dueText, timescale: a.timescale })
          : t(locale, 'timeline.due', { date: a.dueText });
  const parts = [t(locale, 'timeline.position', { index: index + 1, count: of }), due, a.statusText];
  if (a.owner) parts.push(t(locale, 'timeline.owner', { owner: a.owner }));
  return `${parts.map((p) => p.replace(/[.\s]+$/, '')).join('. ')}.`;
}

/**
 * `Showing all 24 actions and 4 milestones`, `Showing 18 of 24 actions: those overdue`: milestones are not
 * actions (the summary above does not count them), so they are counted apart, and only while all are shown.
 */
function shownActions(
  model: TimelineModel,
  filter: DerivedStatus | undefined,
  shown: number,
  locale: string,
): string {
  const milestones = model.actions.filter((a) => a.kind === 'milestone').length;
  const line = shownLine({
    shown,
    total: model.actions.length - milestones,
    noun: [t(locale, 'timeline.action'), t(locale, 'timeline.actions')],
    ...(filter ? { which: t(locale, `timeline.which.${filter}`) } : {}),
    locale,
  });
  if (filter || milestones === 0) return line;
  return t(locale, 'timeline.andMilestones', { line, count: milestones });
}

/** A lane's label, cut short (`Leadership and man…`) to its character limit and to the room left of the axis. */
function laneLabel(label: string, room: number): string {
  let cut = label.length > LANE_LABEL ? `${label.slice(0, LANE_LABEL - 1)}…` : label;
  while (cut.length > 2 && estimateLabelWidth(cut, true) > room - 4) cut = `${cut.slice(0, -2)}…`;
  return cut;
}

export function viewTimeline(model: TimelineModel, ui: TimelineUi): TimelineView {
  const { filter } = ui;
  const { shown, drawn, progress } = drawnPart(
    filter ? model.actions.filter((a) => a.kind === filter) : model.actions,
    4,
    ui.drawnRows,
  );
  const current = model.actions.find((a) => a.key === ui.current && a.x !== undefined);
  const focusKey = drawn.some((a) => a.key === ui.current) ? ui.current : drawn[0]?.key;
  const spokenIndex = ui.spoken === undefined ? -1 : shown.findIndex((a) => a.key === ui.spoken);
  const spoken = shown[spokenIndex];
  return {
    model,
    filter,
    shown,
    drawn,
    drawnKeys: new Set(drawn.map((a) => a.key)),
    progress,
    ...(current ? { current } : {}),
    ...(current && current.key !== ui.dismissed ? { tip: `${current.dueText}: ${current.statusText}` } : {}),
    ...(focusKey === undefined ? {} : { focusKey }),
    summary: timelineSummary(model, ui.locale),
    filters: filterView({
      label: t(ui.locale, 'timeline.filters'),
      order: DERIVED_STATUSES,
      counts: model.counts,
      terms: ACTION_KIND,
      word: (k) => actionWord(k, ui.locale),
      active: filter,
      total: model.actions.length,
      shown: shownActions(model, filter, shown.length, ui.locale),
      locale: ui.locale,
    }),
    laneLabels: model.lanes.map((l) => laneLabel(l.label, model.labelWidth)),
    announcement: spoken ? spokenAction(spoken, spokenIndex, shown.length, ui.locale) : '',
    instructions: t(ui.locale, 'timeline.instructions'),
    chartNote: t(ui.locale, 'timeline.chartNote'),
  };
}
