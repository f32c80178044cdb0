/**
 * The KPI sparkline's layout: one indicator → scaled points, paths, target and baseline lines, status,
 * direction of travel, the plain-English sentence and the rows of its data table. Pure: the element only
 * draws the model.
 */

import { type Drawing, type Item, line, markItem, type Paint } from '../../core/export/draw.js';
import { type Cell, type ExportTable, fileName, periodPart } from '../../core/export/table.js';
import {
  DEFAULT_NUMBER_STYLE,
  formatDate,
  formatDifference,
  formatMonth,
  formatValue,
  isMoney,
  monthName,
  type NumberStyle,
  type Unit,
} from '../../core/format.js';
import { t } from '../../core/i18n/index.js';
import { linear } from '../../core/linear.js';
import { MONTHS, type Period, type PeriodOptions, parsePeriod, ymd } from '../../core/periods.js';
import { joinKey, type Problem, said } from '../../core/problems.js';
import { sourcePath } from '../../core/schema.js';
import { type KpiComparator, type KpiData, type KpiPoint, readUnit } from '../../core/shapes/kpi.js';
import type { Status } from '../../core/status.js';
import {
  type Polarity,
  shortfall,
  statusFromTarget,
  type TargetStatus,
  type Trend,
  trend,
} from '../../core/status.js';
import { flagWords, type GapMeaning, gapMeaning, gapWords } from '../../core/symbols.js';
import { STATUS, statusLetter, statusWord } from '../../core/vocabulary.js';

export interface PointModel {
  index: number;
  period: string;
  /** Middle of the period, in days. */
  mid: number;
  value: number | null;
  provisional: boolean;
  /** Flagged revised (`45 [r]`), said as revised; absent otherwise. */
  revised?: true;
  /** Flagged estimated (`7e`), said as estimated; absent otherwise. */
  estimated?: true;
  /** Why there is no value, when the data says (`c`: confidential): an explained gap, drawn as a gap. */
  gap?: GapMeaning;
  target?: number;
  x: number;
  y?: number;
  /** `73%`; for a gap, `confidential (c)` when the data says why, else `no value`. */
  text: string;
  /** The value's confidence limits, low first, when the data gives both. */
  limits?: [number, number];
  /** `confidence interval 70% to 76%`, with the limits. */
  intervalText?: string;
  note?: string;
  /** What the point's tooltip and its announcement say: `March 2010: 73%, 7 points below the 80% target (red)`. */
  words: string;
}

/**
 * How the latest value stands against a comparator. With a polarity (up or down): better, similar, worse or
 * the same; without one: higher, similar, lower or the same. `similar` needs confidence limits: the intervals
 * overlap (or one value lies inside the other's interval, when only one has limits).
 */
export type Comparison = 'better' | 'worse' | 'higher' | 'lower' | 'similar' | 'same';

export interface ComparisonModel {
  label: string;
  /** Undefined when the comparator has no value for the latest period (nothing is compared). */
  comparison?: Comparison;
  /** `better than England (78%)`, `England 61% in Q1 2009/10`. */
  words: string;
}

export interface Size {
  width: number;
  height: number;
  pad: number;
}

export interface KpiModel {
  ref?: string;
  title?: string;
  owner?: string;
  unit: Unit;
  polarity: Polarity;
  points: PointModel[];
  latest?: PointModel;
  previous?: PointModel;
  status: TargetStatus | 'none';
  /** Which way the numbers moved between the last two values (whatever the polarity says of it). */
  change?: 'up' | 'down' | 'flat';
  trend: Trend;
  /** The target that applies to the latest value. */
  target?: number;
  targetText?: string;
  baselineText?: string;
  range?: [number, number];
  /** SVG path data: the points as small circles, confirmed (filled) and provisional (hollow). */
  dots: string;
  hollowDots: string;
  /** SVG path data. */
  solid: string;
  dashed: string;
  targetPath: string;
  baselinePath: string;
  band?: { y: number; height: number };
  /** Each comparator's line and its values by period; an explained gap (`c`) is kept with its meaning. */
  comparators: {
    label: string;
    path: string;
    values: Map<string, number | null>;
    gaps: Map<string, { symbol: string; meaning: string }>;
  }[];
  /** An explained gap after the last value (`c` in the latest quarter): the card says it under the value. */
  latestGap?: PointModel;
  /**
   * The latest value against each comparator, as the card lists them: `better than England (78%) by 3
   * percentage points, rank 97 of 153`; a comparator without a value for the latest period is given as it is.
   */
  comparisons: ComparisonModel[];
  /** The confidence interval of the series, when its points give limits: a faint area and its edges (SVG path data). */
  confidence?: { area: string; edges: string };
  /** The plain-English sentence (docs/reference.md §5.3). */
  sentence: string;
  /** `improving: up from 59.7% (provisional) in Q4 2009/10` for the card. */
  trendWords: string;
  dataQuality?: string;
  size: Size;
}

/** Radius of a point. */
const DOT = 2.25;

export const INLINE_SIZE: Size = { width: 120, height: 32, pad: 4 };
export const CARD_SIZE: Size = { width: 320, height: 96, pad: 8 };

interface TargetStep {
  value: number;
  period?: Period;
}

function readTargets(kpi: KpiData): TargetStep[] {
  const t = kpi.target;
  if (t === undefined) return [];
  if (typeof t === 'number') return [{ value: t }];
  const list = Array.isArray(t) ? t : [t];
  return list.map((s) => {
    const reading = s.period === undefined ? undefined : parsePeriod(s.period, periodOptions(kpi));
    return reading?.ok ? { value: s.value, period: reading.period } : { value: s.value };
  });
}

/**
 * The target for a day: a stepped target's step whose period holds the day; else the latest step that began
 * before it; else the first; a single target everywhere.
 */
function targetAt(steps: TargetStep[], day: number): number | undefined {
  if (steps.length === 0) return undefined;
  if (steps.length === 1) return steps[0]!.value;
  const holding = steps.find((s) => s.period && s.period.start <= day && day <= s.period.end + 1);
  if (holding) return holding.value;
  const before = steps.filter((s) => s.period && s.period.start <= day).at(-1);
  return (before ?? steps[0]!).value;
}

function unitOf(kpi: KpiData): Unit {
  const u = kpi.unit;
  if (u === undefined) return 'count';
  return typeof u === 'string' ? readUnit(u) : u;
}

function rounded(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/**
 * SVG path data through points, broken where a point is missing (`null`): the same result as d3-shape's
 * `line().defined()`, for the only shape drawn here, without its weight in the bundle.
 */
export function polyline(points: readonly ([number, number] | null)[]): string {
  let d = '';
  let open = false;
  for (const p of points) {
    if (!p) {
      open = false;
      continue;
    }
    d += `${open ? 'L' : 'M'}${rounded(p[0])},${rounded(p[1])}`;
    open = true;
  }
  return d;
}

/** A series point read with its period (points whose period cannot be read are reported by the schema). */
interface Placed {
  p: KpiPoint;
  index: number;
  period: Period;
}

/** How the indicator's year pairs are read (`periodType`, docs/reference.md §6). */
const periodOptions = (kpi: KpiData) => (kpi.periodType ? { periodType: kpi.periodType } : {});

function placed(series: KpiPoint[], opts: PeriodOptions = {}): Placed[] {
  return series.flatMap((p, index) => {
    const reading = parsePeriod(p.period, opts);
    return reading.ok ? [{ p, index, period: reading.period }] : [];
  });
}

/** The series in time order; a period given twice is a problem. */
function readSeries(kpi: KpiData, problems: Problem[]): Placed[] {
  const raw = placed(kpi.series, periodOptions(kpi)).sort((a, b) => a.period.mid - b.period.mid);
  for (let i = 1; i < raw.length; i++) {
    if (raw[i]!.period.label === raw[i - 1]!.period.label) {
      problems.push({
        path: joinKey(sourcePath(raw[i]!.p), 'period'),
        ...said((l) => t(l, 'layout.kpi.periodTwice', { period: `"${raw[i]!.period.label}"` })),
      });
    }
  }
  return raw;
}

/** Geometry: x over the middles of the periods, y over everything drawn. */
function kpiScales(
  kpi: KpiData,
  raw: Placed[],
  comparators: { label: string; points: Placed[] }[],
  steps: TargetStep[],
  range: [number, number] | undefined,
  size: Size,
): { xOf: (day: number) => number; y: (value: number) => number } {
  const allMids = [...raw, ...comparators.flatMap((c) => c.points)].map((r) => r.period.mid);
  let x0 = Math.min(...allMids);
  let x1 = Math.max(...allMids);
  if (!Number.isFinite(x0)) [x0, x1] = [0, 1];
  if (x0 === x1) [x0, x1] = [x0 - 1, x1 + 1];
  const valuesOf = (list: Placed[]) => list.flatMap((r) => (r.p.value == null ? [] : [r.p.value]));
  const values = [
    ...valuesOf(raw),
    ...steps.map((s) => s.value),
    ...(kpi.baseline ? [kpi.baseline.value] : []),
    ...(range ?? []),
    ...comparators.flatMap((c) => valuesOf(c.points)),
    ...raw.flatMap((r) => limitsOf(r.p) ?? []),
  ];
  let y0 = Math.min(...values);
  let y1 = Math.max(...values);
  if (!Number.isFinite(y0)) [y0, y1] = [0, 1];
  if (y0 === y1) {
    const d = Math.abs(y0) / 10 || 1;
    [y0, y1] = [y0 - d, y1 + d];
  }
  // Day numbers map straight to x: a UTC time scale over the same dates is the same straight line.
  return {
    xOf: linear([x0, x1], [size.pad, size.width - size.pad]),
    y: linear([y0, y1], [size.height - size.pad, size.pad]),
  };
}

type Paths = Pick<
  KpiModel,
  'dots' | 'hollowDots' | 'solid' | 'dashed' | 'targetPath' | 'baselinePath' | 'band' | 'comparators'
>;

/** The chart's SVG paths: lines, points, target and baseline, the range band and the comparators. */
function kpiPaths(
  kpi: KpiData,
  points: PointModel[],
  comparators: { label: string; points: Placed[] }[],
  steps: TargetStep[],
  range: [number, number] | undefined,
  scales: { xOf: (day: number) => number; y: (value: number) => number },
  size: Size,
): Paths {
  const { xOf, y } = scales;
  // Lines: solid between two confirmed values; dashed to or from a provisional one; gaps stay gaps.
  const segment = (a: PointModel, b: PointModel) =>
    `M${rounded(a.x)},${rounded(a.y!)}L${rounded(b.x)},${rounded(b.y!)}`;
  let solid = '';
  let dashed = '';
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (a.y === undefined || b.y === undefined) continue;
    if (a.provisional || b.provisional) dashed += segment(a, b);
    else solid += segment(a, b);
  }
  // Points as one path each (filled, hollow) rather than a circle element each: 500 sparklines stay light.
  const dot = (p: PointModel) =>
    `M${rounded(p.x - DOT)},${rounded(p.y!)}a${DOT},${DOT} 0 1,0 ${DOT * 2},0a${DOT},${DOT} 0 1,0 ${-DOT * 2},0`;
  const dotsWhere = (provisional: boolean) =>
    points
      .filter((p) => p.y !== undefined && p.provisional === provisional)
      .map(dot)
      .join('');
  const left = size.pad;
  const right = size.width - size.pad;
  let targetPath = '';
  if (steps.length === 1) targetPath = `M${left},${rounded(y(steps[0]!.value))}H${right}`;
  else if (steps.length > 1) {
    // A stepped line: each step across its period (clamped to the chart), joined where steps meet.
    const sorted = steps.filter((s) => s.period).sort((a, b) => a.period!.start - b.period!.start);
    const clamp = (v: number) => Math.max(left, Math.min(right, v));
    const corners: [number, number][] = [];
    sorted.forEach((s, i) => {
      const start = i === 0 ? left : clamp(xOf(s.period!.start));
      const end = i === sorted.length - 1 ? right : clamp(xOf(sorted[i + 1]!.period!.start));
      corners.push([start, y(s.value)], [end, y(s.value)]);
    });
    targetPath = polyline(corners);
  }
  return {
    dots: dotsWhere(false),
    hollowDots: dotsWhere(true),
    solid,
    dashed,
    targetPath,
    baselinePath: kpi.baseline ? `M${left},${rounded(y(kpi.baseline.value))}H${right}` : '',
    ...(range ? { band: { y: y(range[1]), height: Math.max(1, y(range[0]) - y(range[1])) } } : {}),
    comparators: comparators.map((c) => {
      const sorted = [...c.points].sort((a, b) => a.period.mid - b.period.mid);
      return {
        label: c.label,
        path: polyline(sorted.map((r) => (r.p.value == null ? null : [xOf(r.period.mid), y(r.p.value)]))),
        values: new Map(sorted.map((r) => [r.period.label, r.p.value ?? null])),
        gaps: new Map(
          sorted.flatMap((r) => (r.p.value == null && r.p.gap ? [[r.period.label, r.p.gap]] : [])),
        ),
      };
    }),
  };
}

interface Judgement {
  latest?: PointModel;
  previous?: PointModel;
  change?: 'up' | 'down' | 'flat';
  target?: number;
  status: TargetStatus | 'none';
  direction: Trend;
}

/** The latest value against its target (status) and the one before (direction of travel). */
function kpiJudgement(
  kpi: KpiData,
  points: PointModel[],
  steps: TargetStep[],
  polarity: Polarity,
  range: [number, number] | undefined,
): Judgement {
  const withValues = points.filter((p) => p.value !== null);
  const latest = withValues.at(-1);
  const previous = withValues.at(-2);
  const delta = latest && previous ? latest.value! - previous.value! : undefined;
  const change =
    delta === undefined ? undefined : Math.abs(delta) < 1e-9 ? 'flat' : delta > 0 ? 'up' : 'down';
  const target = latest ? targetAt(steps, latest.mid) : steps.at(-1)?.value;
  const status = latest
    ? (statusFromTarget(latest.value!, target, polarity, kpi.tolerance ?? 0, range) ?? 'none')
    : 'none';
  const direction = trend(previous?.value ?? undefined, latest?.value ?? undefined, polarity, target, range);
  return {
    ...(latest ? { latest } : {}),
    ...(previous ? { previous } : {}),
    ...(change ? { change } : {}),
    ...(target === undefined ? {} : { target }),
    status,
    direction,
  };
}

/** How the polarity is said: `higher is better`. */
function polarityWords(
  polarity: Polarity,
  range: [number, number] | undefined,
  locale: string | undefined,
): string {
  if (polarity === 'up') return t(locale, 'kpi.pol.up');
  if (polarity === 'down') return t(locale, 'kpi.pol.down');
  if (polarity === 'none') return t(locale, 'kpi.pol.none');
  return t(locale, range ? 'kpi.pol.range' : 'kpi.pol.nearer');
}

/**
 * A value against its target, as the sentence and the point's words say it: `7 points below the 80% target
 * (red)`, `on the 80% target (green)`, `inside the range of 10% to 12% (green)`; undefined without a target.
 */
function againstTarget(
  value: number,
  target: number | undefined,
  polarity: Polarity,
  range: [number, number] | undefined,
  tolerance: number,
  unit: Unit,
  locale: string | undefined,
  style: NumberStyle = DEFAULT_NUMBER_STYLE,
): string | undefined {
  const fmt = (v: number) => formatValue(v, unit, locale, style);
  // A range applies to range polarity only; otherwise the target does.
  const useRange = polarity === 'range' && range !== undefined;
  if (!useRange && target === undefined) return undefined;
  const status = t(locale, 'kpi.s.status', {
    status: statusWordFor(
      statusFromTarget(value, target, polarity, tolerance, useRange ? range : undefined),
      locale,
    ),
  });
  if (useRange) {
    const gap = shortfall(value, target, polarity, range) ?? 0;
    const low = fmt(range[0]);
    const high = fmt(range[1]);
    return gap === 0
      ? t(locale, 'kpi.s.insideRange', { low, high, status })
      : t(locale, value < range[0] ? 'kpi.s.belowRange' : 'kpi.s.aboveRange', {
          diff: formatDifference(gap, unit, locale, style),
          low,
          high,
          status,
        });
  }
  const diff = value - target!;
  return Math.abs(diff) < 1e-9
    ? t(locale, 'kpi.s.onTarget', { target: fmt(target!), status })
    : t(locale, diff < 0 ? 'kpi.s.belowTarget' : 'kpi.s.aboveTarget', {
        diff: formatDifference(diff, unit, locale, style),
        target: fmt(target!),
        status,
      });
}

/** Which form the sentence takes: two short sentences (inline), or with the comparators' gaps too (card). */
export type SentenceForm = 'inline' | 'card';

/**
 * The words: the plain-English sentence, the target and the direction of travel as the card says them
 * (`comparing` says the comparators, in the sentence's form).
 */
function kpiWords(
  kpi: KpiData,
  points: PointModel[],
  j: Judgement,
  polarity: Polarity,
  range: [number, number] | undefined,
  unit: Unit,
  locale: string | undefined,
  style: NumberStyle,
  comparing: (when: (label: string) => string) => ComparisonModel[],
): { sentence: string; targetText?: string; trendWords: string } {
  const { latest, previous, change, target } = j;
  const fmt = (v: number) => formatValue(v, unit, locale, style);
  const name = kpi.ref ?? kpi.title ?? t(locale, 'kpi.s.name');
  // A quarter's months are said the first time it is named, not each time ("Q4 2009/10 (January to March 2010)").
  const said = new Set<string>();
  const when = (label: string) => {
    const again = said.has(label);
    said.add(label);
    return periodWords(label, locale, style, { months: !again });
  };
  const valueIn = (p: PointModel) =>
    t(locale, 'kpi.s.valueIn', { value: p.text, flags: flagWords(p, locale), period: when(p.period) });
  const targetText =
    polarity === 'range' && range
      ? t(locale, 'kpi.s.rangeText', { low: fmt(range[0]), high: fmt(range[1]) })
      : target === undefined
        ? undefined
        : polarity === 'range'
          ? t(locale, 'kpi.s.nearer', { target: fmt(target) })
          : fmt(target);
  const trendWord = j.direction === 'none' ? undefined : t(locale, `kpi.trend.${j.direction}`);
  // "up from" already says a move the data cannot judge: no second word for it in the sentence.
  const judged = j.direction === 'improving' || j.direction === 'worsening';
  let sentence: string;
  const gapPoint = gapAfter(points, latest);
  const gap = gapPoint?.gap
    ? t(locale, 'kpi.s.gapIn', { gap: gapWords(gapPoint.gap, locale), period: when(gapPoint.period) })
    : undefined;
  if (!latest)
    sentence = gap ? t(locale, 'kpi.s.noValuesGap', { name, gap }) : t(locale, 'kpi.s.noValues', { name });
  else {
    // First sentence: the latest value, its move from the one before and the trend word, against the target.
    const now = valueIn(latest);
    let move = '';
    if (previous) {
      const verb = change === 'flat' ? 'kpi.s.flat' : change === 'up' ? 'kpi.s.up' : 'kpi.s.down';
      move = `${t(locale, verb, { previous: valueIn(previous) })}${judged ? `, ${trendWord}` : ''}`;
    }
    const against = againstTarget(
      latest.value!,
      target,
      polarity,
      range,
      kpi.tolerance ?? 0,
      unit,
      locale,
      style,
    );
    // The comparators with a value for the latest period are said with it: "better than England (78%)".
    const compared = comparing((label) => label)
      .filter((c) => c.comparison !== undefined)
      .map((c) => `; ${c.words}`);
    const firstWords = {
      name,
      polarity: polarityWords(polarity, range, locale),
      now,
      move,
      against: against ?? t(locale, 'kpi.s.noTarget'),
      compared: compared.join(''),
    };
    const first = gap
      ? t(locale, 'kpi.s.firstGap', { ...firstWords, gap })
      : t(locale, 'kpi.s.first', firstWords);
    // Second sentence: the shape of the series, then what it is measured against and how sure it is.
    const valued = points.filter((p) => p.value !== null);
    const notes = seriesNotes(points, locale);
    const counted = notes.length ? ` (${notes.join(', ')})` : '';
    const parts: string[] = [];
    if (valued.length === 1) parts.push(t(locale, 'kpi.s.oneValue', { counted }));
    else {
      const first = valued[0]!;
      // "from 2008 to 2009 to March 2010" would not read: with year ranges in words, the span gives its first
      // period (the latest is in the first sentence).
      let span =
        style === 'govuk'
          ? t(locale, 'kpi.s.values', { count: valued.length, counted, first: when(first.period) })
          : t(locale, 'kpi.s.valuesSpan', {
              count: valued.length,
              counted,
              first: when(first.period),
              last: when(latest.period),
            });
      if (valued.length > 2) {
        const high = valued.reduce((a, b) => (b.value! > a.value! ? b : a));
        const low = valued.reduce((a, b) => (b.value! < a.value! ? b : a));
        span +=
          high.value === low.value
            ? t(locale, 'kpi.s.all', { value: high.text })
            : t(locale, 'kpi.s.highLow', { high: valueIn(high), low: valueIn(low) });
      }
      parts.push(span);
    }
    if (kpi.baseline) {
      const value = fmt(kpi.baseline.value);
      parts.push(
        kpi.baseline.period
          ? t(locale, 'kpi.s.baselineIn', { value, period: when(kpi.baseline.period) })
          : t(locale, 'kpi.s.baseline', { value }),
      );
    }
    // Comparators with no value for the latest period: their own latest value, not compared.
    for (const c of comparing(when)) if (c.comparison === undefined) parts.push(c.words);
    if (kpi.dataQuality) parts.push(t(locale, 'kpi.s.dataQuality', { quality: kpi.dataQuality }));
    sentence = `${first} ${parts.join('; ')}.`;
  }
  // The card's trend stands alone: its period in full words, whatever the sentence said before.
  const alone = (p: PointModel) =>
    t(locale, 'kpi.s.valueIn', {
      value: p.text,
      flags: flagWords(p, locale),
      period: periodWords(p.period, locale, style),
    });
  const trendWords =
    j.direction === 'none'
      ? t(locale, 'kpi.s.noDirection')
      : !judged && j.direction !== 'no-change' && previous
        ? t(locale, j.direction === 'increasing' ? 'kpi.s.higherThan' : 'kpi.s.lowerThan', {
            previous: alone(previous),
          })
        : previous
          ? t(locale, 'kpi.s.trendFrom', { trend: trendWord!, previous: alone(previous) })
          : trendWord!;
  return { sentence, ...(targetText === undefined ? {} : { targetText }), trendWords };
}

/**
 * What a point says in its tooltip and when arrow keys reach it: `March 2010: 73%, 7 points below the 80%
 * target (red)`. The period as written, as the data table has it.
 */
function pointWords(
  p: Omit<PointModel, 'words'>,
  kpi: KpiData,
  polarity: Polarity,
  range: [number, number] | undefined,
  unit: Unit,
  locale: string | undefined,
  style: NumberStyle = DEFAULT_NUMBER_STYLE,
): string {
  const interval = p.intervalText ? ` (${p.intervalText})` : '';
  const head = `${p.period}: ${p.text}${interval}${flagWords(p, locale)}`;
  if (p.value === null) return head;
  const against = againstTarget(p.value, p.target, polarity, range, kpi.tolerance ?? 0, unit, locale, style);
  return against ? `${head}, ${against}` : head;
}

/** One indicator → its model: series, geometry, paths, judgement and words, assembled. */
export function layoutKpi(
  kpi: KpiData,
  path: string,
  opts: { locale?: string; size?: Size; form?: SentenceForm; numberStyle?: NumberStyle } = {},
): { model: KpiModel; problems: Problem[] } {
  const problems: Problem[] = [];
  const locale = opts.locale;
  const style = opts.numberStyle ?? DEFAULT_NUMBER_STYLE;
  const size = opts.size ?? INLINE_SIZE;
  const form = opts.form ?? (size === CARD_SIZE ? 'card' : 'inline');
  const unit = unitOf(kpi);
  // No polarity is no judgement: never "improving" or "red" for data that does not say which way is better.
  const polarity: Polarity = kpi.polarity ?? 'none';
  const range = kpi.range
    ? ([Math.min(...kpi.range), Math.max(...kpi.range)] as [number, number])
    : undefined;
  if (polarity === 'range' && !range && kpi.target === undefined) {
    problems.push({
      path: joinKey(path, 'polarity'),
      ...said((l) => t(l, 'layout.kpi.rangeWithout')),
    });
  }
  const steps = readTargets(kpi);
  const raw = readSeries(kpi, problems);
  const comparatorSeries = (kpi.comparators ?? []).map((c) => ({
    label: c.label,
    points: placed(c.series, periodOptions(kpi)),
  }));
  const scales = kpiScales(kpi, raw, comparatorSeries, steps, range, size);
  const points: PointModel[] = raw.map(({ p, index, period }) => {
    const target = targetAt(steps, period.mid);
    const limits = p.value == null ? undefined : limitsOf(p);
    const fmt = (v: number) => formatValue(v, unit, locale, style);
    const point = {
      index,
      period: period.label,
      mid: period.mid,
      value: p.value ?? null,
      provisional: p.provisional === true,
      ...(p.revised === true ? { revised: true as const } : {}),
      ...(p.estimated === true ? { estimated: true as const } : {}),
      ...(p.value == null && p.gap ? { gap: p.gap } : {}),
      x: scales.xOf(period.mid),
      text: pointText(p, unit, locale, style),
      ...(p.value == null ? {} : { y: scales.y(p.value) }),
      ...(limits
        ? { limits, intervalText: t(locale, 'kpi.s.interval', { low: fmt(limits[0]), high: fmt(limits[1]) }) }
        : {}),
      ...(target === undefined ? {} : { target }),
      ...(p.note === undefined ? {} : { note: p.note }),
    };
    // A point's words are read only when the point is chosen (its tooltip and announcement): written then,
    // once, not for every point of every sparkline on the page.
    let words: string | undefined;
    return Object.defineProperty(point, 'words', {
      enumerable: true,
      get: () => (words ??= pointWords(point, kpi, polarity, range, unit, locale, style)),
    }) as PointModel;
  });
  const paths = kpiPaths(kpi, points, comparatorSeries, steps, range, scales, size);
  const confidence = confidencePaths(raw, scales);
  const judgement = kpiJudgement(kpi, points, steps, polarity, range);
  const comparing = (when: (label: string) => string) =>
    comparatorWords(kpi, raw, judgement.latest, polarity, unit, { locale, style, form, when });
  const comparisons = comparing((label) => periodWords(label, locale, style));
  const words = kpiWords(kpi, points, judgement, polarity, range, unit, locale, style, comparing);
  const { latest, previous, change, target, status, direction } = judgement;

  return {
    model: {
      ...(kpi.ref === undefined ? {} : { ref: kpi.ref }),
      ...(kpi.title === undefined ? {} : { title: kpi.title }),
      ...(kpi.owner === undefined ? {} : { owner: kpi.owner }),
      unit,
      polarity,
      points,
      ...(latest ? { latest } : {}),
      ...(previous ? { previous } : {}),
      status,
      ...(change ? { change } : {}),
      trend: direction,
      ...latestGapOf(points, latest),
      ...(target === undefined ? {} : { target }),
      ...(words.targetText === undefined ? {} : { targetText: words.targetText }),
      ...(kpi.baseline
        ? {
            baselineText: kpi.baseline.period
              ? t(locale, 'kpi.s.baselineText', {
                  value: formatValue(kpi.baseline.value, unit, locale, style),
                  period: kpi.baseline.period,
                })
              : formatValue(kpi.baseline.value, unit, locale, style),
          }
        : {}),
      ...(range ? { range } : {}),
      dots: paths.dots,
      hollowDots: paths.hollowDots,
      solid: paths.solid,
      dashed: paths.dashed,
      targetPath: paths.targetPath,
      baselinePath: paths.baselinePath,
      ...(paths.band ? { band: paths.band } : {}),
      comparators: paths.comparators,
      comparisons,
      ...(confidence ? { confidence } : {}),
      sentence: words.sentence,
      trendWords: words.trendWords,
      ...(kpi.dataQuality === undefined ? {} : { dataQuality: kpi.dataQuality }),
      size,
    },
    problems,
  };
}

/**
 * A period as the sentence says it: months and dates in words (`2010-03` → `March 2010`, as in the example of
 * docs/reference.md §5.3). In the `govuk` style (the GOV.UK A to Z: "use 'to' in date ranges"), a financial
 * year is a year range, `2009/10` → `2009 to 2010`, and a quarter says its months, `Q4 2009/10 (January to
 * March 2010)`; the `plain` style keeps them as written. Tooltips and the data table keep the label as given.
 */
export function periodWords(
  label: string,
  locale?: string,
  style: NumberStyle = DEFAULT_NUMBER_STYLE,
  opts: { months?: boolean } = {},
): string {
  const reading = parsePeriod(label);
  if (!reading.ok) return label;
  const { kind, start, end } = reading.period;
  if (kind === 'date') return formatDate(start, locale);
  if (kind === 'month') return formatMonth(start, locale);
  if (style === 'plain') return label;
  if (kind === 'financial-year')
    return t(locale, 'kpi.period.years', { start: String(ymd(start).year), end: String(ymd(end).year) });
  if (kind === 'quarter')
    return opts.months === false
      ? label
      : t(locale, 'kpi.period.quarter', { label, months: monthsWords(start, end, locale) });
  return label;
}

/** A point's value as shown: `73%`; a gap as the data explains it, `confidential (c)`; else `no value`. */
function pointText(
  p: KpiPoint,
  unit: Unit,
  locale: string | undefined,
  style: NumberStyle = DEFAULT_NUMBER_STYLE,
): string {
  if (p.value != null) return formatValue(p.value, unit, locale, style);
  return p.gap ? gapWords(p.gap, locale) : t(locale, 'kpi.s.noValue');
}

/**
 * The explained gap after the last value, which the sentence leads with (`confidential (c) in Q1 2010/11`) and
 * the card shows under the last value; the last value alone is judged: a gap is never a trend or a status.
 * Undefined when the last value is the latest, or the gaps after it are not explained.
 */
function latestGapOf(points: PointModel[], latest: PointModel | undefined): { latestGap?: PointModel } {
  const gap = gapAfter(points, latest);
  return gap ? { latestGap: gap } : {};
}

function gapAfter(points: PointModel[], latest: PointModel | undefined): PointModel | undefined {
  const after = latest ? points.slice(points.indexOf(latest) + 1) : points;
  return after.filter((p) => p.gap).at(-1);
}

/**
 * What the count of values says of them: `1 provisional`, `1 revised`, `1 estimated`, each explained gap by its
 * meaning (`2 confidential`, `1 not available`), then the gaps the data does not explain (`1 missing`).
 */
function seriesNotes(points: PointModel[], locale: string | undefined): string[] {
  const valued = points.filter((p) => p.value !== null);
  const notes: string[] = [];
  for (const flag of ['provisional', 'revised', 'estimated'] as const) {
    const count = valued.filter((p) => p[flag]).length;
    if (count) notes.push(t(locale, `kpi.note.${flag}`, { count }));
  }
  const explained = new Map<string, number>();
  for (const p of points) {
    if (!p.gap) continue;
    const meaning = gapMeaning(p.gap, locale);
    explained.set(meaning, (explained.get(meaning) ?? 0) + 1);
  }
  for (const [meaning, count] of explained) notes.push(t(locale, 'kpi.note.gap', { count, meaning }));
  const missing = points.filter((p) => p.value === null && !p.gap).length;
  if (missing) notes.push(t(locale, 'kpi.note.missing', { count: missing }));
  return notes;
}

/** `January to March 2010` (the months of a quarter, in the sentence's language: `Ionawr–Mawrth 2010`). */
function monthsWords(start: number, end: number, locale: string | undefined): string {
  const [a, b] = [ymd(start), ymd(end)];
  const name = (m: number) =>
    monthName(m - 1, locale ?? 'en-GB') ?? MONTHS[m - 1]!.replace(/^./, (c) => c.toUpperCase());
  const year = String(b.year);
  return a.year === b.year
    ? t(locale, 'kpi.period.months', { from: name(a.month), to: name(b.month), year })
    : t(locale, 'kpi.period.monthsYears', {
        from: name(a.month),
        fromYear: String(a.year),
        to: name(b.month),
        year,
      });
}

/** A point's confidence limits, low first (`lower`/`upper`, or `lci`/`uci`); undefined unless both are given. */
export function limitsOf(p: KpiPoint): [number, number] | undefined {
  const low = p.lower ?? p.lci;
  const high = p.upper ?? p.uci;
  if (low === undefined || high === undefined) return undefined;
  return low <= high ? [low, high] : [high, low];
}

/**
 * The confidence interval drawn: a faint area between the limits where neighbouring points give them, and
 * its edges (the upper and lower lines, and a whisker at a point whose neighbours give none), which carry
 * it at the text colour's contrast (WCAG 1.4.11). Undefined when no point gives limits.
 */
function confidencePaths(
  raw: Placed[],
  scales: { xOf: (day: number) => number; y: (value: number) => number },
): { area: string; edges: string } | undefined {
  const { xOf, y } = scales;
  const at = raw.map((r) => {
    const l = limitsOf(r.p);
    return l ? { x: xOf(r.period.mid), low: y(l[0]), high: y(l[1]) } : null;
  });
  if (at.every((a) => a === null)) return undefined;
  let area = '';
  let run: { x: number; low: number; high: number }[] = [];
  const whiskers: string[] = [];
  const close = () => {
    if (run.length > 1) {
      const top = run.map((a) => [a.x, a.high] as [number, number]);
      const bottom = [...run].reverse().map((a) => [a.x, a.low] as [number, number]);
      area += `${polyline([...top, ...bottom])}Z`;
    } else if (run.length === 1) {
      const a = run[0]!;
      whiskers.push(
        `M${rounded(a.x)},${rounded(a.high)}V${rounded(a.low)}M${rounded(a.x - 2)},${rounded(a.high)}H${rounded(a.x + 2)}M${rounded(a.x - 2)},${rounded(a.low)}H${rounded(a.x + 2)}`,
      );
    }
    run = [];
  };
  for (const a of at) {
    if (a) run.push(a);
    else close();
  }
  close();
  const edge = (key: 'low' | 'high') => polyline(at.map((a) => (a ? [a.x, a[key]] : null)));
  return { area, edges: `${edge('high')}${edge('low')}${whiskers.join('')}` };
}

/**
 * The latest value against a comparator's value for the same period (the Fingertips rule when limits are
 * given): intervals that overlap, or a value inside the other's interval, are `similar`; otherwise higher or
 * lower, said as better or worse when the polarity says which way is better.
 */
export function compare(
  value: number,
  limits: [number, number] | undefined,
  other: number,
  otherLimits: [number, number] | undefined,
  polarity: Polarity,
): Comparison {
  const inside = (v: number, l: [number, number]) => l[0] <= v && v <= l[1];
  const similar =
    limits && otherLimits
      ? limits[0] <= otherLimits[1] && otherLimits[0] <= limits[1]
      : limits
        ? inside(other, limits)
        : otherLimits
          ? inside(value, otherLimits)
          : false;
  if (similar) return 'similar';
  if (Math.abs(value - other) < 1e-9) return 'same';
  const higher = value > other;
  if (polarity === 'up') return higher ? 'better' : 'worse';
  if (polarity === 'down') return higher ? 'worse' : 'better';
  return higher ? 'higher' : 'lower';
}

/**
 * Each comparator as the sentence and the card say it. With a value for the latest period: `better than
 * England (78%)`, in the card with the gap (`by 3 percentage points`); with its rank when given (`rank 97 of
 * 153`). With none: its own latest value, `England 61% in Q1 2009/10`, not compared.
 */
function comparatorWords(
  kpi: KpiData,
  raw: Placed[],
  latest: PointModel | undefined,
  polarity: Polarity,
  unit: Unit,
  opts: {
    locale: string | undefined;
    style: NumberStyle;
    form: SentenceForm;
    /** A period in words (a quarter's months said once in a sentence). */
    when: (label: string) => string;
  },
): ComparisonModel[] {
  const { locale, style, form, when } = opts;
  const fmt = (v: number) => formatValue(v, unit, locale, style);
  const latestPoint = latest ? raw.find((r) => r.index === latest.index)?.p : undefined;
  return (kpi.comparators ?? []).flatMap((c: KpiComparator) => {
    const last = placed(c.series, periodOptions(kpi))
      .filter((r) => r.p.value != null)
      .sort((a, b) => a.period.mid - b.period.mid)
      .at(-1);
    if (!last) return [];
    const rank =
      c.rank === undefined ? '' : t(locale, 'kpi.cmp.rank', { rank: rankWords(c.rank, c.count, locale) });
    const same =
      latest &&
      placed(c.series, periodOptions(kpi)).find((r) => r.period.label === latest.period && r.p.value != null);
    if (!latest || !latestPoint || !same) {
      const words = t(locale, 'kpi.cmp.own', {
        label: c.label,
        value: fmt(last.p.value!),
        period: when(last.period.label),
        rank,
      });
      return [{ label: c.label, words }];
    }
    const other = same.p.value!;
    const comparison = compare(latest.value!, limitsOf(latestPoint), other, limitsOf(same.p), polarity);
    const gap =
      form === 'card' && comparison !== 'similar' && comparison !== 'same'
        ? t(locale, 'kpi.cmp.by', { diff: formatDifference(latest.value! - other, unit, locale, style) })
        : '';
    return [
      {
        label: c.label,
        comparison,
        words: `${t(locale, `kpi.cmp.${comparison}`, { label: c.label, value: fmt(other) })}${gap}${rank}`,
      },
    ];
  });
}

/** `97 of 153`, or `97` without a count. */
function rankWords(rank: number, count: number | undefined, locale: string | undefined): string {
  const n = (v: number) => formatValue(v, 'count', locale);
  return count === undefined ? n(rank) : t(locale, 'kpi.cmp.rankOf', { rank: n(rank), total: n(count) });
}

/** `red`, `coch`: a status as the sentence says it, in lower case; `no status`. */
function statusWordFor(status: TargetStatus | undefined, locale: string | undefined): string {
  return status ? statusWord(status, locale).toLowerCase() : t(locale, 'kpi.s.noStatus');
}

/** The unit written after "Value" in an export's header: `%`, `per 10,000`, `out of 15`, `£`, `days`; none for counts. */
function unitHeader(unit: Unit): string {
  if (isMoney(unit)) return '£';
  return formatValue(1, unit, 'en-GB', 'plain').replace(/^1\s?/, '');
}

/**
 * What the sparkline exports (core/export/table.ts): its data table, every point with its value and target as
 * numbers (the unit in the header), a comparator's value in its own column, an explained gap as its symbol
 * (`c`, text, never zero) and, in `Notes`, the flags, the gap's meaning, the confidence interval and the
 * point's note. Named by the ref (or title) and the last period: `ni-59-2010-05`.
 */
export function exportKpi(model: KpiModel, locale?: string): ExportTable {
  const unit = unitHeader(model.unit);
  const num = (v: number | null | undefined): Cell =>
    v === undefined || v === null ? '' : { text: formatValue(v, model.unit, locale, 'plain'), value: v };
  const title = [model.ref, model.title].filter(Boolean).join(': ');
  const last = model.points.at(-1);
  return {
    name: fileName([model.ref ?? model.title, periodPart(last?.period)], 'indicator'),
    ...(title ? { title } : {}),
    ...(model.latest ? { asOf: t(locale, 'kpi.latest', { period: model.latest.period }) } : {}),
    summary: model.sentence,
    columns: [
      t(locale, 'kpi.period'),
      unit ? t(locale, 'kpi.valueUnit', { unit }) : t(locale, 'kpi.value'),
      t(locale, 'kpi.target'),
      ...model.comparators.map((c) => c.label),
      t(locale, 'kpi.notes'),
    ],
    rows: model.points.map((p) => [
      p.period,
      p.value === null ? (p.gap?.symbol ?? p.text) : num(p.value),
      num(p.target),
      ...model.comparators.map((c) => c.gaps.get(p.period)?.symbol ?? num(c.values.get(p.period))),
      [flagWords(p, locale).slice(2, -1), p.gap && gapMeaning(p.gap, locale), p.intervalText, p.note]
        .filter(Boolean)
        .join('; '),
    ]),
  };
}

/**
 * The chart in the exported image (core/export/draw.ts): the card's chart scaled to 480 pixels wide, its lines
 * as the widget styles them (the target dashed, a provisional value hollow, the range a tinted band with edges),
 * then the latest value, its status as shape, letter and word, and the target, baseline and trend in words.
 */
export function kpiChart(model: KpiModel, locale?: string): Drawing {
  const k = 480 / model.size.width;
  const at = [0, 0, k] as const;
  const path = (p: string, stroke: Paint, w: number, dash?: string): Item[] =>
    p ? [{ p, fill: 'none', stroke, w, at, ...(dash ? { dash } : {}) }] : [];
  const { width, height } = model.size;
  const band = model.band;
  const items: Item[] = [
    ...(band
      ? [
          { p: `M0 ${band.y}h${width}v${band.height}H0z`, fill: 'status-green', op: 0.15, at },
          ...path(`M0,${band.y}H${width}M0,${band.y + band.height}H${width}`, 'status-green', 1),
        ]
      : []),
    ...(model.confidence
      ? [
          { p: model.confidence.area, fill: 'secondary-text-colour', op: 0.12, at },
          ...path(model.confidence.edges, 'secondary-text-colour', 1),
        ]
      : []),
    ...path(model.baselinePath, 'secondary-text-colour', 1, '1 2'),
    ...model.comparators.flatMap((c) => path(c.path, 'secondary-text-colour', 1, '4 2 1 2')),
    ...path(model.targetPath, 'link-colour', 1.25, '5 2'),
    ...path(model.solid, 'text-colour', 1.5),
    ...path(model.dashed, 'text-colour', 1.5, '3 2'),
    ...(model.dots ? [{ p: model.dots, fill: 'text-colour', stroke: 'background', w: 0.75, at }] : []),
    ...(model.hollowDots
      ? [{ p: model.hollowDots, fill: 'background', stroke: 'text-colour', w: 1.25, at }]
      : []),
    line(0, height * k, width * k, height * k, 'border-colour'),
  ];
  let y = height * k + 28;
  const status = model.status === 'none' ? undefined : STATUS[model.status];
  const latest = model.latest ? `${model.latest.text} (${model.latest.period})` : t(locale, 'kpi.noValueYet');
  items.push({ t: latest, x: 0, y, size: 24, bold: true });
  if (status) {
    y += 28;
    items.push(markItem(status, 0, y - 15, 18), {
      t: `${statusLetter(model.status as Status, locale)} ${statusWord(model.status as Status, locale)}`,
      x: 26,
      y,
      size: 16,
      bold: true,
    });
  }
  const facts = [
    model.targetText
      ? t(locale, model.range ? 'kpi.factRange' : 'kpi.factTarget', { target: model.targetText })
      : t(locale, 'kpi.factNone'),
    ...(model.baselineText ? [t(locale, 'kpi.factBaseline', { baseline: model.baselineText })] : []),
    t(locale, 'kpi.factTrend', { trend: model.trendWords }),
    ...(model.dataQuality ? [t(locale, 'kpi.dataQuality', { quality: model.dataQuality })] : []),
  ];
  for (const f of facts) {
    y += 22;
    items.push({ t: f, x: 0, y, size: 14 });
  }
  return { width: width * k, height: y + 6, items };
}
