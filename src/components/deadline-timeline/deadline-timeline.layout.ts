/**
 * The deadline timeline's layout: actions → due dates (from `due` or the timescale and `published`),
 * derived statuses as of `asOf`, lanes with stacked marks on a UTC time axis, the list in due-date order,
 * and the summary of counts. Pure; all dates are day numbers.
 */
import { utcTicks } from 'd3-time';
import type { HolidayRegion } from '../../core/bank-holidays.js';
import { type Drawing, type Item, line, markItem } from '../../core/export/draw.js';
import { type Cell, type ExportTable, fileName } from '../../core/export/table.js';
import { DEFAULT_LOCALE, formatDate, formatShortDate, monthName, SEPARATOR } from '../../core/format.js';
import { t } from '../../core/i18n/index.js';
import { linear } from '../../core/linear.js';
import { readLink, readSource } from '../../core/links.js';
import { dayToDate, isoDate, parsePeriod, today } from '../../core/periods.js';
import {
  attributeWhere,
  checkDuplicateIds,
  joinKey,
  type Problem,
  said,
  saidOf,
} from '../../core/problems.js';
import { sourcePath } from '../../core/schema.js';
import type { ActionData, TimelineData } from '../../core/shapes/timeline.js';
import {
  countsFromInspection,
  DERIVED_STATUSES,
  type Derived,
  type DerivedStatus,
  deriveStatus,
  dueFromTimescale,
  type OpenTimescale,
} from '../../core/timescales.js';
import { ACTION_KIND, type ActionKind, actionWord } from '../../core/vocabulary.js';

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
  /** `x` is the tick's line; its label is centred on `labelX` (kept inside the chart); a blank label is not drawn. */
  ticks: { x: number; label: string; labelX: number }[];
  /**
   * The publication date (its label on the bottom row) and today or the as-of date (the top row): the label
   * starts after its line, or ends before it near the right edge, shortened to the date where even that would
   * run past an edge.
   */
  markers: {
    x: number;
    label: string;
    kind: 'published' | 'today';
    labelX: number;
    anchor: 'start' | 'end';
    labelY: number;
  }[];
  /** Where a column of marks is full: how many more actions fall there (all are in the list). */
  overflow: { x: number; y: number; count: number }[];
  counts: Record<DerivedStatus, number>;
  /** `5 overdue · 2 due soon · 4 done · 1 not yet due`. */
  summary: string;
  width: number;
  height: number;
  /** Where the lines of the ticks and markers end: above the publication date's label, which no line crosses. */
  plotBottom: number;
  axisY: number;
  labelWidth: number;
}

export interface TimelineOptions {
  asOf?: string | null;
  published?: string | null;
  /** The `inspected` attribute: the inspection date `… of the inspection` counts from, over the data's. */
  inspected?: string | null;
  groupBy?: GroupBy;
  locale?: string;
  width?: number;
  /** Whose bank holidays working days skip (`holidays` attribute); England and Wales by default. */
  holidays?: HolidayRegion;
}

const ROW = 20;
const LANE_GAP = 10;
/** The baselines of the top marker row (today, as of) and of the tick labels; the lanes start at TOP. */
const MARKER_Y = 12;
const TICK_Y = 28;
const TOP = 36;
/** Room under the lanes for the publication date's label. */
const BOTTOM_ROW = 16;
/** The least space between two labels on one row, and between a label and the chart's edge. */
const LABEL_GAP = 8;
const EDGE = 2;
const MARK = 12;
/** Marks stacked at one date before the rest are counted instead ("+120 more"). */
const MAX_STACK = 12;

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
        ? {
            path,
            ...attributeWhere(path),
            ...saidOf(reading),
          }
        : { path, ...saidOf(reading) },
    );
    return undefined;
  }
  return end ? reading.period.end : reading.period.start;
}

/** `5 days`, `1 diwrnod`. */
function days(count: number, locale: string | undefined): string {
  return t(locale, 'timeline.days', { count });
}

function statusText(d: Derived, due: number, completed: number | undefined, locale?: string): string {
  switch (d.status) {
    case 'overdue':
      return t(locale, 'timeline.overdueBy', { days: days(d.days, locale) });
    case 'due soon':
      return d.days === 0
        ? t(locale, 'timeline.dueToday')
        : t(locale, 'timeline.dueSoonIn', { days: days(d.days, locale) });
    case 'not yet due':
      return t(locale, 'timeline.notYetDueIn', { days: days(d.days, locale) });
    case 'ongoing':
      return t(locale, 'action.ongoing');
    default: {
      if (completed === undefined) return t(locale, 'action.done');
      const date = formatDate(completed, locale);
      if (d.late) return t(locale, 'timeline.doneLate', { date, days: days(d.daysLate!, locale) });
      return completed === due
        ? t(locale, 'timeline.doneOnTime', { date })
        : t(locale, 'timeline.doneEarly', { date, days: days(due - completed, locale) });
    }
  }
}

/** What an action is read against: the day statuses are judged on, the publication date, the lanes. */
interface ActionContext {
  asOf: number;
  published: number | undefined;
  /** The inspection's last day, that `… of the inspection` counts from. */
  inspected: number | undefined;
  groupBy: GroupBy;
  locale: string | undefined;
  holidays: HolidayRegion;
  problems: Problem[];
}

/** One action: its due date (given, or from its timescale), derived status, words and lane. */
function readAction(a: ActionData, ctx: ActionContext): ActionModel {
  const { asOf, published, inspected, groupBy, locale, holidays, problems } = ctx;
  const at = sourcePath(a);
  let due: number | undefined;
  let open: OpenTimescale | undefined;
  if (a.due !== undefined) due = dayOf(a.due, joinKey(at, 'due'), problems, true);
  else if (a.timescale !== undefined) {
    const r = dueFromTimescale(a.timescale, published, holidays, inspected);
    if (r.ok) {
      due = r.due;
      open = r.open;
    } else problems.push({ path: joinKey(at, 'timescale'), ...saidOf(r) });
  } else
    problems.push({
      path: at,
      ...said((l) =>
        t(l, 'layout.timeline.noDue', {
          due: '"due"',
          timescale: '"timescale"',
          example: '"Within three months"',
        }),
      ),
    });
  const completed =
    a.completed === undefined ? undefined : dayOf(a.completed, joinKey(at, 'completed'), problems);
  if (completed !== undefined && a.status !== undefined && a.status !== 'done') {
    problems.push({
      path: joinKey(at, 'completed'),
      ...said((l) => t(l, 'layout.timeline.completedNotDone', { status: `"${a.status}"` })),
    });
  }
  const status = a.status ?? (completed !== undefined ? 'done' : undefined);
  const milestone = a.milestone === true;
  // Work done is done, dated or not ("by the next inspection", ongoing work finished): it is drawn and counted
  // as done.
  const derived: Derived | undefined = milestone
    ? undefined
    : due === undefined
      ? status === 'done'
        ? { status: 'done', days: 0 }
        : open === 'ongoing'
          ? { status: 'ongoing', days: 0 }
          : undefined
      : deriveStatus(due, asOf, status, completed);
  const laneWord =
    groupBy === 'timescale' ? (a.timescale ?? (a.due ? t(locale, 'timeline.byDate') : undefined)) : a.theme;
  const model: ActionModel = {
    key: at,
    title: a.title,
    milestone,
    dueText:
      due !== undefined
        ? // With no inspection date, "Within 70 working days of the inspection" is counted from publication,
          // and the date shown says so rather than pass for the inspection's.
          a.due === undefined &&
          inspected === undefined &&
          a.timescale !== undefined &&
          countsFromInspection(a.timescale)
          ? t(locale, 'timeline.fromPublication', { date: formatDate(due, locale) })
          : formatDate(due, locale)
        : open === 'ongoing'
          ? t(locale, 'timeline.noEndDate')
          : open === 'next inspection'
            ? t(locale, 'timeline.byNextInspection')
            : t(locale, 'action.no due date'),
    kind: milestone ? 'milestone' : (derived?.status ?? 'no due date'),
    statusText: milestone
      ? due === undefined
        ? t(locale, 'action.milestone')
        : due < asOf
          ? t(locale, 'timeline.milestonePassed')
          : due === asOf
            ? t(locale, 'timeline.milestoneToday')
            : t(locale, 'timeline.milestoneToCome')
      : derived && due !== undefined
        ? statusText(derived, due, completed, locale)
        : derived?.status === 'ongoing'
          ? t(locale, 'action.ongoing')
          : derived?.status === 'done'
            ? completed === undefined
              ? t(locale, 'action.done')
              : t(locale, 'timeline.doneOn', { date: formatDate(completed, locale) })
            : open === 'next inspection'
              ? t(locale, 'timeline.noDateNextInspection')
              : t(locale, 'action.no due date'),
    lane:
      open === 'ongoing' && !milestone
        ? t(locale, 'action.ongoing')
        : milestone && !a.theme
          ? t(locale, 'timeline.milestones')
          : (laneWord ?? t(locale, groupBy === 'theme' ? 'timeline.noTheme' : 'timeline.noTimescale')),
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
  const tickCount = Math.max(2, Math.floor((width - labelWidth) / 90));
  const ticks = axisTicks(d0, d1, tickCount, x, width, locale);
  return { width, labelWidth, xOf, ticks };
}

/**
 * A width at least that of a label as the axis draws it (12 px; bold for the markers), wider than any
 * common sans-serif font sets it (DejaVu Sans, the widest, included): labels placed by it never touch.
 */
export function estimateLabelWidth(text: string, bold = false): number {
  let w = 0;
  for (const ch of text) {
    if (ch === ' ') w += 4;
    else if (".,:;il|!'’()[]".includes(ch)) w += 4.2;
    else if ('mwMW@%'.includes(ch)) w += 12;
    else if (ch >= '0' && ch <= '9') w += 7.8;
    else if (ch.toUpperCase() === ch && ch.toLowerCase() !== ch) w += 9;
    else w += 7.6;
  }
  return Math.ceil(w * (bold ? 1.12 : 1));
}

const tickFormats = new Map<string, Intl.DateTimeFormat>();
/** The tick label styles, from Intl: `2010`, `Jan 2010`, `7 Jan`, `7 Jan 2010` (in en-GB). */
export const TICK_STYLES = {
  year: { year: 'numeric' },
  month: { month: 'short', year: 'numeric' },
  monthOnly: { month: 'short' },
  day: { day: 'numeric', month: 'short' },
  dayYear: { day: 'numeric', month: 'short', year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
function tickFormat(locale: string | undefined, style: keyof typeof TICK_STYLES): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${style}`;
  let f = tickFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale ?? 'en-GB', { ...TICK_STYLES[style], timeZone: 'UTC' });
    tickFormats.set(key, f);
  }
  return f;
}

/**
 * A tick's label: by hand in British English and Welsh (years 1000 to 9999), as the kit writes their dates
 * (format.ts: Chromium ships no Welsh date data, and in English the first use of `Intl` on a page loads ICU's
 * locale data), else through `Intl`: `2010`, `Mar 2010`, `Mar`, `31 Mar`, `31 Mar 2010`; `Maw 2010` in Welsh.
 */
export function tickText(date: Date, locale: string | undefined, style: keyof typeof TICK_STYLES): string {
  const year = date.getUTCFullYear();
  const short =
    year >= 1000 && year <= 9999 ? monthName(date.getUTCMonth(), locale ?? DEFAULT_LOCALE, true) : undefined;
  if (short === undefined) return tickFormat(locale, style).format(date);
  const day = date.getUTCDate();
  switch (style) {
    case 'year':
      return String(year);
    case 'month':
      return `${short} ${year}`;
    case 'monthOnly':
      return short;
    case 'day':
      return `${day} ${short}`;
    default:
      return `${day} ${short} ${year}`;
  }
}

/**
 * The ticks of d3-time over the axis, each labelled in the style its step calls for (years; months, with the
 * year at the first and each January; days, with the year at the first and each new year), fewer of them
 * until their labels fit, and, where even two do not, every other label left out (its line stays). A label
 * near an edge is moved inside the chart.
 */
function axisTicks(
  d0: number,
  d1: number,
  tickCount: number,
  x: (v: number) => number,
  width: number,
  locale: string | undefined,
): TimelineModel['ticks'] {
  const at = (date: Date) => date.getTime() / 86_400_000;
  const round = (v: number) => Math.round(v * 10) / 10;
  let best: { ticks: TimelineModel['ticks']; shown: number } | undefined;
  // Each tick count d3 may be asked for, each with the fewest labels left out that lets the rest fit: the
  // one that shows the most labels wins, all of its ticks labelled where it can.
  for (let count = 1; count <= tickCount + 6; count++) {
    // Whole days only (a very wide, short axis would get 12-hour steps).
    const dates = utcTicks(dayToDate(d0), dayToDate(d1 + 1), count).filter((d) => d.getUTCHours() === 0);
    if (dates.length === 0) continue;
    const xs = dates.map((d) => x(at(d)));
    for (let stride = 1; stride <= dates.length; stride++) {
      // Labelled in the style of the whole step, the year on the first label drawn and where it changes.
      const labels = tickLabels(dates, (i) => i % stride === 0, locale);
      const placed = xs.map((tx, i) => {
        const w = estimateLabelWidth(labels[i]!);
        const shown = i % stride === 0 && w + 2 * EDGE <= width;
        const cx = Math.min(Math.max(tx, w / 2 + EDGE), width - w / 2 - EDGE);
        return { x: round(tx), label: shown ? labels[i]! : '', labelX: round(cx), w };
      });
      let fits = true;
      let lastRight = Number.NEGATIVE_INFINITY;
      for (const t of placed) {
        if (!t.label) continue;
        if (t.labelX - t.w / 2 < lastRight + LABEL_GAP) {
          fits = false;
          break;
        }
        lastRight = t.labelX + t.w / 2;
      }
      if (!fits) continue;
      // A step with every tick labelled counts half as much again as one with labels left out.
      const shown = placed.filter((t) => t.label).length * (stride === 1 ? 1.5 : 1);
      if (!best || shown > best.shown)
        best = { ticks: placed.map(({ x: tx, label, labelX }) => ({ x: tx, label, labelX })), shown };
      break;
    }
  }
  return best?.ticks ?? [];
}

/** Tick labels in one style for the step between the ticks (all on 1 January: years; all on the 1st: months). */
function tickLabels(
  dates: readonly Date[],
  drawn: (index: number) => boolean,
  locale: string | undefined,
): string[] {
  const years = dates.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1);
  const months = dates.every((d) => d.getUTCDate() === 1);
  let lastYear: number | undefined;
  return dates.map((d, i) => {
    if (!drawn(i)) return '';
    const newYear = d.getUTCFullYear() !== lastYear;
    lastYear = d.getUTCFullYear();
    if (years) return tickText(d, locale, 'year');
    if (months) return tickText(d, locale, newYear ? 'month' : 'monthOnly');
    return tickText(d, locale, newYear ? 'dayYear' : 'day');
  });
}

/**
 * Places the marker labels: the as-of date's on the top row, the publication date's on the bottom row (so
 * never on each other); each starts just after its line, or ends just before it where it would run past the
 * right edge, and is shortened to its date alone where neither fits.
 */
function placeMarkers(
  marks: readonly { x: number; label: string; short: string; kind: 'published' | 'today' }[],
  width: number,
  bottom: number,
): TimelineModel['markers'] {
  return marks.map(({ x, label: full, short, kind }) => {
    const labelY = kind === 'today' ? MARKER_Y : bottom;
    for (const label of [full, short]) {
      const w = estimateLabelWidth(label, true);
      if (x + 4 + w <= width - EDGE)
        return { x, label, kind, labelX: x + 4, anchor: 'start' as const, labelY };
      if (x - 4 - w >= EDGE) return { x, label, kind, labelX: x - 4, anchor: 'end' as const, labelY };
    }
    // Narrower than any chart is drawn at: the date, ending at the right edge.
    return { x, label: short, kind, labelX: width - EDGE, anchor: 'end' as const, labelY };
  });
}

/** Lanes in order of first appearance by due date, each action's mark placed and stacked where marks would overlap. */
function stackLanes(
  actions: ActionModel[],
  xOf: (day: number) => number,
  ongoing: { from: number; at: number; label: string },
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
  const open = actions.filter((a) => a.lane === ongoing.label && a.due === undefined && a.derived);
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
    lanes.push({ label: ongoing.label, y, height: rows * ROW });
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
  const inspected =
    dayOf(opts.inspected, 'inspected', problems, false, true) ??
    dayOf(data.inspected, joinKey(path, 'inspected'), problems);
  const givenAsOf =
    dayOf(opts.asOf, 'as-of', problems, false, true) ?? dayOf(data.asOf, joinKey(path, 'asOf'), problems);
  const asOf = givenAsOf ?? today();
  const groupBy = opts.groupBy ?? 'theme';

  const holidays = opts.holidays ?? 'england-and-wales';
  const actions = data.actions.map((a) =>
    readAction(a, { asOf, published, inspected, groupBy, locale, holidays, problems }),
  );
  checkDuplicateIds(
    actions.map((a) => ({ id: a.id, path: a.path, name: a.title })),
    problems,
  );
  // Due-date order; the undated at the end, in the order given (Array.prototype.sort is stable).
  actions.sort((a, b) => (a.due ?? Number.POSITIVE_INFINITY) - (b.due ?? Number.POSITIVE_INFINITY));

  const { width, labelWidth, xOf, ticks } = timelineAxis(actions, asOf, published, opts.width, locale);
  const axisStart = xOf(Math.min(published ?? asOf, asOf));
  const stacked = stackLanes(actions, xOf, {
    from: axisStart,
    at: xOf(asOf),
    label: t(locale, 'action.ongoing'),
  });
  const { lanes, overflow } = stacked;
  const height = published === undefined ? stacked.height : stacked.height + BOTTOM_ROW;
  const marks: Parameters<typeof placeMarkers>[0][number][] = [];
  if (published !== undefined)
    marks.push({
      x: xOf(published),
      label: t(locale, 'timeline.published', { date: formatShortDate(published, locale) }),
      short: formatShortDate(published, locale),
      kind: 'published',
    });
  marks.push({
    x: xOf(asOf),
    label: t(locale, givenAsOf === undefined ? 'timeline.today' : 'timeline.asOfMarker', {
      date: formatShortDate(asOf, locale),
    }),
    short: formatShortDate(asOf, locale),
    kind: 'today',
  });
  const markers = placeMarkers(marks, width, height - 4);

  const counts = Object.fromEntries(DERIVED_STATUSES.map((s) => [s, 0])) as Record<DerivedStatus, number>;
  for (const a of actions) if (a.derived) counts[a.derived.status]++;
  const summary =
    DERIVED_STATUSES.filter((s) => counts[s] > 0)
      .map((s) => t(locale, `timeline.count.${s}`, { count: counts[s] }))
      .join(SEPARATOR) || t(locale, 'timeline.noActionsLane');
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
      plotBottom: stacked.height,
      axisY: TICK_Y,
      labelWidth,
    },
    problems,
  };
}

/** The columns past the first three that some row fills, and the rows with those alone, as the list shows them. */
function table(columns: string[], rows: Cell[][]): { columns: string[]; rows: Cell[][] } {
  const keep = columns.map((_, i) => i < 3 || rows.some((r) => r[i] !== ''));
  return {
    columns: columns.filter((_, i) => keep[i]),
    rows: rows.map((r) => r.filter((_, i) => keep[i])),
  };
}

/**
 * What the timeline exports (core/export/table.ts): the actions the status filter leaves, in due-date order,
 * each with its status in words (`Overdue by 34 days`), its due date (ISO, which spreadsheets read as a date),
 * timescale, owner, theme and note (a column no action fills is left out, as the list leaves it out). Named by the title and the as-of date: `areas-for-improvement-2010-05-11`.
 */
export function exportTimeline(
  model: TimelineModel,
  shown: readonly ActionModel[],
  summary: string,
  locale?: string,
): ExportTable {
  const asOf = isoDate(model.asOf);
  return {
    name: fileName([model.title, asOf], 'actions'),
    ...(model.title ? { title: model.title } : {}),
    ...(model.source ? { source: model.source.label } : {}),
    asOf: t(locale, 'export.asOf', { date: model.asOfText }),
    summary,
    ...table(
      t(locale, 'timeline.exportColumns').split('|'),
      shown.map((a) => [
        { text: a.title, look: ACTION_KIND[a.kind] },
        a.statusText,
        a.due === undefined ? a.dueText : isoDate(a.due),
        a.timescale ?? '',
        a.owner ?? '',
        a.theme ?? '',
        a.note ?? '',
      ]),
    ),
    legend: [...new Set(shown.map((a) => a.kind))].map((k) => ({
      look: ACTION_KIND[k],
      text: actionWord(k, locale),
    })),
  };
}

/**
 * The time axis in the exported image (core/export/draw.ts), as the widget draws it: ticks, lanes with their
 * labels (`laneLabels`, cut to fit as on screen), today and the publication date, the "+N more" counts, ongoing
 * work as a dashed line, and each action `shown` at its due date with its status shape.
 */
export function timelineChart(
  model: TimelineModel,
  shown: readonly ActionModel[],
  laneLabels: readonly string[],
  locale?: string,
): Drawing {
  const keys = new Set(shown.map((a) => a.key));
  const small = { size: 12, fill: 'secondary-text-colour' } as const;
  const items: Item[] = [
    ...model.ticks.flatMap((t): Item[] => [
      line(t.x, model.axisY + 4, t.x, model.plotBottom, 'border-colour'),
      ...(t.label ? [{ t: t.label, x: t.labelX, y: model.axisY, anchor: 'middle', ...small } as const] : []),
    ]),
    ...model.lanes.flatMap((l, i): Item[] => [
      line(0, l.y + l.height + 5, model.width, l.y + l.height + 5, 'border-colour'),
      { t: laneLabels[i] ?? l.label, x: 0, y: l.y + 14, size: 12, bold: true },
    ]),
    ...model.markers.flatMap((m): Item[] => [
      line(
        m.x,
        m.kind === 'today' ? 2 : model.axisY + 4,
        m.x,
        model.plotBottom,
        'text-colour',
        1.5,
        m.kind === 'published' ? '4 3' : undefined,
      ),
      {
        t: m.label,
        x: m.labelX,
        y: m.labelY,
        size: 12,
        bold: true,
        ...(m.anchor === 'end' ? { anchor: 'end' } : {}),
      },
    ]),
    ...model.overflow.map(
      (o): Item => ({
        t: t(locale, 'timeline.more', { count: o.count }),
        x: o.x - 6,
        y: o.y + 4,
        size: 12,
        bold: true,
      }),
    ),
    ...shown.flatMap((a): Item[] =>
      a.from !== undefined && a.y !== undefined
        ? [line(a.from, a.y, model.width - 8, a.y, 'text-colour', 2, '6 4')]
        : [],
    ),
    ...model.actions.flatMap((a): Item[] =>
      a.x !== undefined && a.y !== undefined && keys.has(a.key)
        ? [markItem(ACTION_KIND[a.kind], a.x - 7, a.y - 7)]
        : [],
    ),
  ];
  return { width: model.width, height: model.height, items };
}
