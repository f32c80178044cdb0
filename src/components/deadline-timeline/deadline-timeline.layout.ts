/**
 * The deadline timeline's layout: actions → due dates (from `due` or the timescale and `published`),
 * derived statuses as of `asOf`, lanes with stacked marks on a UTC time axis, the list in due-date order,
 * and the summary of counts. Pure; all dates are day numbers.
 */
import { utcTicks } from 'd3-time';
import type { HolidayRegion } from '../../core/bank-holidays.js';
import { formatCounts, formatDate, formatDays, formatShortDate } from '../../core/format.js';
import { linear } from '../../core/linear.js';
import { readLink, readSource } from '../../core/links.js';
import { dayToDate, parsePeriod, today } from '../../core/periods.js';
import { checkDuplicateIds, joinKey, type Problem } from '../../core/problems.js';
import { sourcePath } from '../../core/schema.js';
import type { ActionData, TimelineData } from '../../core/shapes/timeline.js';
import {
  DERIVED_STATUSES,
  type Derived,
  type DerivedStatus,
  deriveStatus,
  dueFromTimescale,
  type OpenTimescale,
} from '../../core/timescales.js';
import type { ActionKind } from '../../core/vocabulary.js';

export const GROUP_BY = ['theme', 'timescale'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

export interface ActionModel {
  key: string;
  id?: string;
  title: string;
  theme?: string;
  timescale?: string;
  owner?: string;
  milestone: boolean;
  due?: number;
  /** No due date, and rightly so: `Ongoing` work, or work due `by the next inspection`. */
  open?: OpenTimescale;
  dueText: string;
  derived?: Derived;
  /** `Overdue by 34 days`, `Due in 5 days`, `Done on 30 March 2010, on time`, `Milestone`. */
  statusText: string;
  /** The derived status, or `milestone`, or `no due date`. */
  kind: ActionKind;
  lane: string;
  x?: number;
  y?: number;
  /** Ongoing work: the line it is drawn along, from the publication date (or the axis's start) to its end. */
  from?: number;
  note?: string;
  href?: string;
  unsafeHref?: string;
  path: string;
}

export interface LaneModel {
  label: string;
  y: number;
  height: number;
}

export interface TimelineModel {
  title?: string;
  source?: { label: string; href?: string };
  published?: number;
  asOf: number;
  asOfGiven: boolean;
  /** The day statuses are judged on, in words (`11 May 2010`). */
  asOfText: string;
  /** In due-date order (undated last). */
  actions: ActionModel[];
  lanes: LaneModel[];
  ticks: { x: number; label: string }[];
  markers: { x: number; label: string; kind: 'published' | 'today' }[];
  /** Where a column of marks is full: how many more actions fall there (all are in the list). */
  overflow: { x: number; y: number; count: number }[];
  counts: Record<DerivedStatus, number>;
  /** `5 overdue · 2 due soon · 4 done · 1 not yet due`. */
  summary: string;
  width: number;
  height: number;
  axisY: number;
  labelWidth: number;
}

export interface TimelineOptions {
  asOf?: string | null;
  published?: string | null;
  groupBy?: GroupBy;
  locale?: string;
  width?: number;
  /** Whose bank holidays working days skip (`holidays` attribute); England and Wales by default. */
  holidays?: HolidayRegion;
}

const ROW = 20;
const LANE_GAP = 10;
const TOP = 30;
const MARK = 12;
/** Marks stacked at one date before the rest are counted instead ("+120 more"). */
const MAX_STACK = 12;
/** The lane of ongoing work, under the dated lanes: each action a line along the axis to its end. */
export const ONGOING_LANE = 'Ongoing';

/** A day read from data, or from an attribute when `attribute` names it (the problem's place is then the tag). */
function dayOf(
  label: string | undefined | null,
  path: string,
  problems: Problem[],
  end = false,
  attribute = false,
): number | undefined {
  if (!label) return undefined;
  const reading = parsePeriod(label);
  if (!reading.ok) {
    problems.push(
      attribute
        ? { path, where: `The ${path} attribute`, message: reading.message }
        : { path, message: reading.message },
    );
    return undefined;
  }
  return end ? reading.period.end : reading.period.start;
}

function statusText(d: Derived, due: number, completed: number | undefined, locale?: string): string {
  switch (d.status) {
    case 'overdue':
      return `Overdue by ${formatDays(d.days, locale)}`;
    case 'due soon':
      return d.days === 0 ? 'Due today' : `Due soon: in ${formatDays(d.days, locale)}`;
    case 'not yet due':
      return `Not yet due: in ${formatDays(d.days, locale)}`;
    case 'ongoing':
      return 'Ongoing';
    default: {
      if (completed === undefined) return 'Done';
      const when = `Done on ${formatDate(completed, locale)}`;
      if (d.late) return `${when}, ${formatDays(d.daysLate!, locale)} late`;
      return completed === due
        ? `${when}, on the due date`
        : `${when}, ${formatDays(due - completed, locale)} early`;
    }
  }
}

/** What an action is read against: the day statuses are judged on, the publication date, the lanes. */
interface ActionContext {
  asOf: number;
  published: number | undefined;
  groupBy: GroupBy;
  locale: string | undefined;
  holidays: HolidayRegion;
  problems: Problem[];
}

/** One action: its due date (given, or from its timescale), derived status, words and lane. */
function readAction(a: ActionData, ctx: ActionContext): ActionModel {
  const { asOf, published, groupBy, locale, holidays, problems } = ctx;
  const at = sourcePath(a);
  let due: number | undefined;
  let open: OpenTimescale | undefined;
  if (a.due !== undefined) due = dayOf(a.due, joinKey(at, 'due'), problems, true);
  else if (a.timescale !== undefined) {
    const r = dueFromTimescale(a.timescale, published, holidays);
    if (r.ok) {
      due = r.due;
      open = r.open;
    } else problems.push({ path: joinKey(at, 'timescale'), message: r.message });
  } else
    problems.push({
      path: at,
      message: 'has no due date: give it a "due" date or a "timescale" (such as "Within three months")',
    });
  const completed =
    a.completed === undefined ? undefined : dayOf(a.completed, joinKey(at, 'completed'), problems);
  if (completed !== undefined && a.status !== undefined && a.status !== 'done') {
    problems.push({
      path: joinKey(at, 'completed'),
      message: `is given, but the status is "${a.status}": set the status to done, or remove the completed date`,
    });
  }
  const status = a.status ?? (completed !== undefined ? 'done' : undefined);
  const milestone = a.milestone === true;
  const derived: Derived | undefined =
    open === 'ongoing' && !milestone
      ? status === 'done'
        ? { status: 'done', days: 0 }
        : { status: 'ongoing', days: 0 }
      : due === undefined || milestone
        ? undefined
        : deriveStatus(due, asOf, status, completed);
  const laneWord = groupBy === 'timescale' ? (a.timescale ?? (a.due ? 'By date' : undefined)) : a.theme;
  const model: ActionModel = {
    key: at,
    title: a.title,
    milestone,
    dueText:
      due !== undefined
        ? formatDate(due, locale)
        : open === 'ongoing'
          ? 'No end date'
          : open === 'next inspection'
            ? 'By the next inspection'
            : 'No due date',
    kind: milestone ? 'milestone' : (derived?.status ?? 'no due date'),
    statusText: milestone
      ? due === undefined
        ? 'Milestone'
        : due < asOf
          ? 'Milestone, passed'
          : due === asOf
            ? 'Milestone, today'
            : 'Milestone, to come'
      : derived && due !== undefined
        ? statusText(derived, due, completed, locale)
        : derived?.status === 'ongoing'
          ? 'Ongoing'
          : derived?.status === 'done'
            ? 'Done'
            : open === 'next inspection'
              ? 'No date: due by the next inspection'
              : 'No due date',
    lane:
      open === 'ongoing' && !milestone
        ? ONGOING_LANE
        : milestone && !a.theme
          ? 'Milestones'
          : (laneWord ?? (groupBy === 'theme' ? 'No theme' : 'No timescale')),
    path: at,
    ...(a.id === undefined ? {} : { id: a.id }),
    ...(a.theme === undefined ? {} : { theme: a.theme }),
    ...(a.timescale === undefined ? {} : { timescale: a.timescale }),
    ...(a.owner === undefined ? {} : { owner: a.owner }),
    ...(a.note === undefined ? {} : { note: a.note }),
    ...(due === undefined ? {} : { due }),
    ...(open === undefined ? {} : { open }),
    ...(derived ? { derived } : {}),
    ...readLink(a.href, joinKey(at, 'href'), problems),
  };
  return model;
}

/** Geometry: the axis from the publication date (or the first due date) past the last due date. */
function timelineAxis(
  actions: readonly ActionModel[],
  asOf: number,
  published: number | undefined,
  requestedWidth: number | undefined,
  locale: string | undefined,
): { width: number; labelWidth: number; xOf: (day: number) => number; ticks: TimelineModel['ticks'] } {
  // asOf is always in view.
  const dues = actions.flatMap((a) => (a.due === undefined ? [] : [a.due]));
  const days = [...dues, asOf, ...(published === undefined ? [] : [published])];
  let d0 = Math.min(...days);
  let d1 = Math.max(...days);
  const pad = Math.max(7, Math.round((d1 - d0) * 0.04));
  d0 -= pad;
  d1 += pad;
  const width = Math.max(280, Math.round(requestedWidth ?? 720));
  const labelWidth = Math.min(170, Math.round(width * 0.25));
  // The axis runs in day numbers from the start of d0 to the end of d1; ticks are d3-time's UTC ticks
  // (whole days, weeks, months or years, as a d3 UTC scale gives).
  const x = linear([d0, d1 + 1], [labelWidth + 8, width - 8]);
  const xOf = (day: number) => Math.round(x(day + 0.5) * 10) / 10;
  const spanDays = d1 - d0;
  const tickCount = Math.max(2, Math.floor((width - labelWidth) / 90));
  const ticks = utcTicks(dayToDate(d0), dayToDate(d1 + 1), tickCount).map((date) => {
    // A tick may fall within a day (12-hour steps on a very wide, short axis): placed where it falls,
    // labelled with its day.
    const at = date.getTime() / 86_400_000;
    const day = Math.floor(at);
    return {
      x: Math.round(x(at) * 10) / 10,
      label:
        spanDays > 120 ? formatShortDate(day, locale).replace(/^\d+\s/, '') : formatShortDate(day, locale),
    };
  });

  return { width, labelWidth, xOf, ticks };
}

/** Lanes in order of first appearance by due date, each action's mark placed and stacked where marks would overlap. */
function stackLanes(
  actions: ActionModel[],
  xOf: (day: number) => number,
  ongoing: { from: number; at: number },
): { lanes: LaneModel[]; overflow: TimelineModel['overflow']; height: number } {
  const laneOrder: string[] = [];
  for (const a of actions) if (a.due !== undefined && !laneOrder.includes(a.lane)) laneOrder.push(a.lane);
  const lanes: LaneModel[] = [];
  const overflow: TimelineModel['overflow'] = [];
  let y = TOP;
  for (const label of laneOrder) {
    const stacks: number[] = [];
    const more = new Map<number, { x: number; count: number }>();
    for (const a of actions) {
      if (a.lane !== label || a.due === undefined) continue;
      a.x = xOf(a.due);
      let row = stacks.findIndex((lastX) => a.x! - lastX >= MARK + 2);
      if (row < 0 && stacks.length < MAX_STACK) row = stacks.length;
      if (row < 0) {
        // A full column: counted, not drawn (the list holds every action).
        const key = Math.round(a.x / (MARK + 2));
        const bucket = more.get(key) ?? { x: a.x, count: 0 };
        bucket.count++;
        more.set(key, bucket);
        continue;
      }
      stacks[row] = a.x;
      a.y = y + ROW / 2 + row * ROW;
    }
    const rows = Math.max(1, stacks.length) + (more.size > 0 ? 1 : 0);
    for (const { x, count } of more.values())
      overflow.push({ x, y: y + ROW / 2 + stacks.length * ROW, count });
    lanes.push({ label, y, height: rows * ROW });
    y += rows * ROW + LANE_GAP;
  }
  // Ongoing work, one line each, its mark where it stands today (or as of), after the dated lanes.
  const open = actions.filter((a) => a.lane === ONGOING_LANE && a.due === undefined && a.derived);
  if (open.length > 0) {
    const drawn = open.slice(0, MAX_STACK);
    drawn.forEach((a, row) => {
      a.x = ongoing.at;
      a.y = y + ROW / 2 + row * ROW;
      a.from = ongoing.from;
    });
    const more = open.length - drawn.length;
    if (more > 0) overflow.push({ x: ongoing.at, y: y + ROW / 2 + drawn.length * ROW, count: more });
    const rows = drawn.length + (more > 0 ? 1 : 0);
    lanes.push({ label: ONGOING_LANE, y, height: rows * ROW });
    y += rows * ROW + LANE_GAP;
  }
  return { lanes, overflow, height: y + 4 };
}

/** Actions → the timeline's model: each action read, the axis, the lanes, markers and summary, assembled. */
export function layoutTimeline(
  data: TimelineData,
  path: string,
  opts: TimelineOptions = {},
): { model: TimelineModel; problems: Problem[] } {
  const problems: Problem[] = [];
  const locale = opts.locale;
  const published =
    dayOf(opts.published, 'published', problems, false, true) ??
    dayOf(data.published, joinKey(path, 'published'), problems);
  const givenAsOf =
    dayOf(opts.asOf, 'as-of', problems, false, true) ?? dayOf(data.asOf, joinKey(path, 'asOf'), problems);
  const asOf = givenAsOf ?? today();
  const groupBy = opts.groupBy ?? 'theme';

  const holidays = opts.holidays ?? 'england-and-wales';
  const actions = data.actions.map((a) =>
    readAction(a, { asOf, published, groupBy, locale, holidays, problems }),
  );
  checkDuplicateIds(
    actions.map((a) => ({ id: a.id, path: a.path, name: a.title })),
    problems,
  );
  // Due-date order; the undated at the end, in the order given (Array.prototype.sort is stable).
  actions.sort((a, b) => (a.due ?? Number.POSITIVE_INFINITY) - (b.due ?? Number.POSITIVE_INFINITY));

  const { width, labelWidth, xOf, ticks } = timelineAxis(actions, asOf, published, opts.width, locale);
  const axisStart = xOf(Math.min(published ?? asOf, asOf));
  const { lanes, overflow, height } = stackLanes(actions, xOf, { from: axisStart, at: xOf(asOf) });
  const markers: TimelineModel['markers'] = [];
  if (published !== undefined)
    markers.push({
      x: xOf(published),
      label: `Published ${formatShortDate(published, locale)}`,
      kind: 'published',
    });
  markers.push({
    x: xOf(asOf),
    label: `${givenAsOf === undefined ? 'Today' : 'As of'} ${formatShortDate(asOf, locale)}`,
    kind: 'today',
  });

  const counts = Object.fromEntries(DERIVED_STATUSES.map((s) => [s, 0])) as Record<DerivedStatus, number>;
  for (const a of actions) if (a.derived) counts[a.derived.status]++;
  const summary =
    formatCounts(
      DERIVED_STATUSES.map((s) => [s, counts[s]] as const),
      locale,
    ) || 'No actions with due dates';
  const source = readSource(data.source, path, problems);
  return {
    model: {
      ...(data.title === undefined ? {} : { title: data.title }),
      ...(source ? { source } : {}),
      ...(published === undefined ? {} : { published }),
      asOf,
      asOfGiven: givenAsOf !== undefined,
      asOfText: formatShortDate(asOf, locale),
      actions,
      lanes,
      ticks,
      markers,
      overflow,
      counts,
      summary,
      width,
      height,
      axisY: TOP - 8,
      labelWidth,
    },
    problems,
  };
}
