/**
 * The KPI sparkline's layout: one indicator → scaled points, paths, target and baseline lines, status,
 * direction of travel, the plain-English sentence and the rows of its data table. Pure: the element only
 * draws the model.
 */
import { formatDate, formatDifference, formatMonth, formatValue, type Unit } from '../../core/format.js';
import { linear } from '../../core/linear.js';
import { type Period, type PeriodOptions, parsePeriod } from '../../core/periods.js';
import { joinKey, type Problem } from '../../core/problems.js';
import { sourcePath } from '../../core/schema.js';
import { type KpiData, type KpiPoint, readUnit } from '../../core/shapes/kpi.js';
import {
  type Polarity,
  shortfall,
  statusFromTarget,
  type TargetStatus,
  type Trend,
  trend,
} from '../../core/status.js';

export interface PointModel {
  index: number;
  period: string;
  /** Middle of the period, in days. */
  mid: number;
  value: number | null;
  provisional: boolean;
  target?: number;
  x: number;
  y?: number;
  /** `73%`, or `no value`. */
  text: string;
  note?: string;
  /** What the point's tooltip and its announcement say: `March 2010: 73%, 7 points below the 80% target (red)`. */
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
  comparators: { label: string; path: string; values: Map<string, number | null> }[];
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
        message: `"${raw[i]!.period.label}" appears twice in the series: keep one value for each period`,
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
function polarityWords(polarity: Polarity, range: [number, number] | undefined): string {
  if (polarity === 'up') return 'higher is better';
  if (polarity === 'down') return 'lower is better';
  if (polarity === 'none') return 'the data does not say whether higher or lower is better';
  return range ? 'best inside the range' : 'nearer the target is better';
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
): string | undefined {
  const fmt = (v: number) => formatValue(v, unit, locale);
  // A range applies to range polarity only; otherwise the target does.
  const useRange = polarity === 'range' && range !== undefined;
  if (!useRange && target === undefined) return undefined;
  const status = `(${statusWordFor(statusFromTarget(value, target, polarity, tolerance, useRange ? range : undefined))})`;
  if (useRange) {
    const gap = shortfall(value, target, polarity, range) ?? 0;
    const of = `the range of ${fmt(range[0])} to ${fmt(range[1])}`;
    return gap === 0
      ? `inside ${of} ${status}`
      : `${formatDifference(gap, unit, locale)} ${value < range[0] ? 'below' : 'above'} ${of} ${status}`;
  }
  const diff = value - target!;
  return Math.abs(diff) < 1e-9
    ? `on the ${fmt(target!)} target ${status}`
    : `${formatDifference(diff, unit, locale)} ${diff < 0 ? 'below' : 'above'} the ${fmt(target!)} target ${status}`;
}

/** Which form the sentence takes: two short sentences (inline), or with the comparators' gaps too (card). */
export type SentenceForm = 'inline' | 'card';

/** The words: the plain-English sentence, the target and the direction of travel as the card says them. */
function kpiWords(
  kpi: KpiData,
  points: PointModel[],
  j: Judgement,
  polarity: Polarity,
  range: [number, number] | undefined,
  unit: Unit,
  locale: string | undefined,
  form: SentenceForm,
): { sentence: string; targetText?: string; trendWords: string } {
  const { latest, previous, change, target } = j;
  const fmt = (v: number) => formatValue(v, unit, locale);
  const name = kpi.ref ?? kpi.title ?? 'This indicator';
  const valueIn = (p: PointModel) =>
    `${p.text}${p.provisional ? ' (provisional)' : ''} in ${periodWords(p.period, locale)}`;
  const targetText =
    polarity === 'range' && range
      ? `${fmt(range[0])} to ${fmt(range[1])}`
      : target === undefined
        ? undefined
        : polarity === 'range'
          ? `${fmt(target)} (nearer is better)`
          : fmt(target);
  const trendWord =
    j.direction === 'none' ? undefined : j.direction === 'no-change' ? 'no change' : j.direction;
  // "up from" already says a move the data cannot judge: no second word for it in the sentence.
  const judged = j.direction === 'improving' || j.direction === 'worsening';
  let sentence: string;
  if (!latest) sentence = `${name}: no values yet.`;
  else {
    // First sentence: the latest value, its move from the one before and the trend word, against the target.
    let move = '';
    if (previous) {
      const verb = change === 'flat' ? 'unchanged from' : change === 'up' ? 'up from' : 'down from';
      move = `, ${verb} ${valueIn(previous)}${judged ? `, ${trendWord}` : ''}`;
    }
    const against = againstTarget(latest.value!, target, polarity, range, kpi.tolerance ?? 0, unit, locale);
    const first = `${name} (${polarityWords(polarity, range)}): ${valueIn(latest)}${move}; ${against ?? 'no target'}.`;
    // Second sentence: the shape of the series, then what it is measured against and how sure it is.
    const valued = points.filter((p) => p.value !== null);
    const provisional = valued.filter((p) => p.provisional).length;
    const missing = points.length - valued.length;
    const notes = [
      ...(provisional ? [`${provisional} provisional`] : []),
      ...(missing ? [`${missing} missing`] : []),
    ];
    const counted = notes.length ? ` (${notes.join(', ')})` : '';
    const parts: string[] = [];
    if (valued.length === 1) parts.push(`One value so far${counted}`);
    else {
      const first = valued[0]!;
      let span = `${valued.length} values${counted} from ${periodWords(first.period, locale)} to ${periodWords(latest.period, locale)}`;
      if (valued.length > 2) {
        const high = valued.reduce((a, b) => (b.value! > a.value! ? b : a));
        const low = valued.reduce((a, b) => (b.value! < a.value! ? b : a));
        span +=
          high.value === low.value
            ? `, all ${high.text}`
            : `, highest ${valueIn(high)}, lowest ${valueIn(low)}`;
      }
      parts.push(span);
    }
    if (kpi.baseline) {
      parts.push(
        `baseline ${fmt(kpi.baseline.value)}${kpi.baseline.period ? ` in ${periodWords(kpi.baseline.period, locale)}` : ''}`,
      );
    }
    for (const c of kpi.comparators ?? []) {
      const last = placed(c.series, periodOptions(kpi))
        .filter((r) => r.p.value != null)
        .sort((a, b) => a.period.mid - b.period.mid)
        .at(-1);
      if (!last) continue;
      let words = `${c.label} ${fmt(last.p.value!)} in ${periodWords(last.period.label, locale)}`;
      if (form === 'card' && last.period.label === latest.period) {
        const diff = latest.value! - last.p.value!;
        words +=
          Math.abs(diff) < 1e-9
            ? ` (the same as ${name})`
            : ` (${name} is ${formatDifference(diff, unit, locale)} ${diff < 0 ? 'below' : 'above'})`;
      }
      parts.push(words);
    }
    if (kpi.dataQuality) parts.push(`data quality: ${kpi.dataQuality}`);
    sentence = `${first} ${parts.join('; ')}.`;
  }
  const trendWords =
    j.direction === 'none'
      ? 'no direction of travel yet'
      : !judged && j.direction !== 'no-change' && previous
        ? `${j.direction === 'increasing' ? 'higher' : 'lower'} than ${valueIn(previous)}`
        : `${trendWord}${previous ? `: from ${valueIn(previous)}` : ''}`;
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
): string {
  const head = `${p.period}: ${p.text}${p.provisional ? ' (provisional)' : ''}`;
  if (p.value === null) return head;
  const against = againstTarget(p.value, p.target, polarity, range, kpi.tolerance ?? 0, unit, locale);
  return against ? `${head}, ${against}` : head;
}

/** One indicator → its model: series, geometry, paths, judgement and words, assembled. */
export function layoutKpi(
  kpi: KpiData,
  path: string,
  opts: { locale?: string; size?: Size; form?: SentenceForm } = {},
): { model: KpiModel; problems: Problem[] } {
  const problems: Problem[] = [];
  const locale = opts.locale;
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
      message:
        'is a range (Bell Shaped), but there is no "range" or target, so no status can be given: add "range": [low, high], or a target',
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
    const point = {
      index,
      period: period.label,
      mid: period.mid,
      value: p.value ?? null,
      provisional: p.provisional === true,
      x: scales.xOf(period.mid),
      text: p.value == null ? 'no value' : formatValue(p.value, unit, locale),
      ...(p.value == null ? {} : { y: scales.y(p.value) }),
      ...(target === undefined ? {} : { target }),
      ...(p.note === undefined ? {} : { note: p.note }),
    };
    return { ...point, words: pointWords(point, kpi, polarity, range, unit, locale) };
  });
  const paths = kpiPaths(kpi, points, comparatorSeries, steps, range, scales, size);
  const judgement = kpiJudgement(kpi, points, steps, polarity, range);
  const words = kpiWords(kpi, points, judgement, polarity, range, unit, locale, form);
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
      ...(target === undefined ? {} : { target }),
      ...(words.targetText === undefined ? {} : { targetText: words.targetText }),
      ...(kpi.baseline
        ? {
            baselineText: `${formatValue(kpi.baseline.value, unit, locale)}${kpi.baseline.period ? ` in ${kpi.baseline.period}` : ''}`,
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
 * docs/reference.md §5.3); financial years and quarters as written. Tooltips and the data table keep the
 * label as given.
 */
export function periodWords(label: string, locale?: string): string {
  const reading = parsePeriod(label);
  if (!reading.ok) return label;
  if (reading.period.kind === 'date') return formatDate(reading.period.start, locale);
  if (reading.period.kind === 'month') return formatMonth(reading.period.start, locale);
  return label;
}

function statusWordFor(status: TargetStatus | undefined): string {
  return status ?? 'no status';
}
