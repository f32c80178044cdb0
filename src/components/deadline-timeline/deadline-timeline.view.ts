/**
 * What the timeline shows of its model for the UI state: the actions left by the status filter, the part of
 * them drawn so far, the action under focus or pointer, the summary and filter words, and the lane labels as
 * the axis has room for them. Pure.
 */
import { type Filters, filterView } from '../../base/filter-view.js';
import type { ViewBase } from '../../base/ik-element.js';
import { drawnPart } from '../../base/progress.js';
import { formatNumber } from '../../core/format.js';
import type { DerivedStatus } from '../../core/timescales.js';
import { DERIVED_STATUSES } from '../../core/timescales.js';
import { ACTION_KIND } from '../../core/vocabulary.js';
import type { ActionModel, TimelineModel } from './deadline-timeline.layout.js';

export interface TimelineUi {
  filter: DerivedStatus | undefined;
  /** The action under focus or pointer (its key). */
  current: string | undefined;
  drawnRows: number | undefined;
  locale: string;
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
  /** Its tooltip under its title: `12 February 2010: Overdue by 5 days`. */
  tip?: string;
  /** The key of the list item in the tab order. */
  focusKey?: string;
  /** `5 overdue · 2 due soon … as of 11 May 2010`. */
  summary: string;
  filters: Filters<DerivedStatus>;
  laneLabels: readonly string[];
}

export function viewTimeline(model: TimelineModel, ui: TimelineUi): TimelineView {
  const n = (k: number) => formatNumber(k, ui.locale, 0);
  const { filter } = ui;
  const shown = filter ? model.actions.filter((a) => a.kind === filter) : model.actions;
  const { drawn, progress } = drawnPart(shown, 4, ui.drawnRows);
  const current = model.actions.find((a) => a.key === ui.current && a.x !== undefined);
  const focusKey = drawn.some((a) => a.key === ui.current) ? ui.current : drawn[0]?.key;
  return {
    model,
    filter,
    shown,
    drawn,
    drawnKeys: new Set(drawn.map((a) => a.key)),
    progress,
    ...(current ? { current, tip: `${current.dueText}: ${current.statusText}` } : {}),
    ...(focusKey === undefined ? {} : { focusKey }),
    summary: `${model.summary}${model.asOfGiven ? ` as of ${model.asOfText}` : ''}`,
    filters: filterView({
      label: 'Show only the actions with one status',
      order: DERIVED_STATUSES,
      counts: model.counts,
      terms: ACTION_KIND,
      active: filter,
      shown: filter
        ? `Showing ${n(shown.length)} of ${n(model.actions.length)} actions: those ${ACTION_KIND[filter].word.toLowerCase()}`
        : `Showing all ${n(model.actions.length)} actions`,
      locale: ui.locale,
    }),
    laneLabels: model.lanes.map((l) =>
      l.label.length > LANE_LABEL ? `${l.label.slice(0, LANE_LABEL - 1)}…` : l.label,
    ),
  };
}
