/** A KPI's data (docs/reference.md §5.3): one definition for its type, reader, schema and CSV form. */
import { cellAt, type FromSheet, headerList, place, type Sheet } from '../csv.js';
import type { Unit } from '../format.js';
import { t } from '../i18n/index.js';
import type { Picked } from '../load/select.js';
import { joinIndex, joinKey, listWords, normalise, type Problem, quote, said } from '../problems.js';
import {
  allowingPercentSign,
  array,
  boolean,
  escapeRegExp,
  guard,
  type Infer,
  isPlainObject,
  type JsonSchema,
  literalNull,
  MAX_ITEMS,
  number,
  object,
  oneOf,
  optional,
  readNumber,
  string,
  textPattern,
  union,
  wordMap,
} from '../schema.js';
import type { Polarity } from '../status.js';
import { FLAGS_SOURCE, readSymbol, SYMBOL_PATTERN, splitFlags } from '../symbols.js';
import { period } from './common.js';
import { isEesSheet, kpisFromEes, refProblem } from './ees.js';
import { type Aliases, findColumns } from './header-aliases.js';
import { wrongSheet } from './sheet-shape.js';

/**
 * Polarity as the sources write it, with the kit's own words (up, down, range, none): the 2010 returns (Rise,
 * Fall, Bell Shaped), LAIT (High, Low, -), Fingertips (RAG - High is good, RAG - Low is good, BOB - Blue orange
 * blue, Not applicable, No judgement) and plain English (Higher is better, Increase, …). Words that say no side is
 * better mean `none`: nothing is then judged.
 */
export const POLARITY_WORDS: Readonly<Record<string, Polarity>> = {
  up: 'up',
  rise: 'up',
  high: 'up',
  increase: 'up',
  'higher is better': 'up',
  'high is good': 'up',
  'rag - high is good': 'up',
  down: 'down',
  fall: 'down',
  low: 'down',
  decrease: 'down',
  'lower is better': 'down',
  'low is good': 'down',
  'rag - low is good': 'down',
  range: 'range',
  'bell shaped': 'range',
  'bell-shaped': 'range',
  none: 'none',
  '-': 'none',
  'no judgement': 'none',
  'not applicable': 'none',
  'n/a': 'none',
  'bob - blue orange blue': 'none',
};

/** `Rise` → up, `Fall` → down, `Bell Shaped` → range; any case. */
export function readPolarity(raw: string): Polarity | undefined {
  const word = normalise(raw);
  // Own keys only: `constructor` is not a polarity.
  return Object.hasOwn(POLARITY_WORDS, word) ? POLARITY_WORDS[word] : undefined;
}

export const polarity = wordMap(POLARITY_WORDS, {
  // The words to offer: the kit's own, with the sources' commonest (every word in POLARITY_WORDS is read).
  choices: [
    ['up', 'Rise', 'High is good'],
    ['down', 'Fall', 'Low is good'],
    ['range', 'Bell Shaped'],
    ['none', '-'],
  ],
  description:
    'Which way is better: up (Rise, High, Higher is better, High is good, Increase), down (Fall, Low, Lower is better, Low is good, Decrease), range (Bell Shaped: inside `range` is best), or none (-, No judgement, Not applicable: nothing is judged). With no polarity, nothing is judged either.',
});

export const unit = union(
  [
    guard(
      object({ rate: number({ min: 1 }) }, { description: 'A rate per this many, e.g. { "rate": 10000 }.' }),
      (v) => isPlainObject(v) && Object.hasOwn(v, 'rate'),
    ),
    guard(
      object(
        { outOf: number({ min: 0 }) },
        { description: 'A score out of this many, e.g. { "outOf": 15 }.' },
      ),
      (v) => isPlainObject(v) && Object.hasOwn(v, 'outOf'),
    ),
    string({ description: '"percent", "count", or a free-text suffix such as "days".' }),
  ],
  {
    description: 'The unit of the values.',
    expected: (l) => t(l, 'kpi.expectedUnit'),
  },
);

/** A gap explained by a symbol or a report's words: set by the reader from the value, never written. */
const gapMeaning = object(
  {
    symbol: string({
      description: 'The symbol as the source writes it, without brackets: "c", "low", "..".',
    }),
    meaning: string({ description: 'What it means: "confidential", "not available", …' }),
  },
  { description: 'Why there is no value (symbols.ts): an explained gap, never zero.' },
);

/**
 * Confidence limits of a value, as Fingertips and PHOF extracts give them: `lower`/`upper`, or `lci`/`uci`.
 * With limits on the indicator's latest value and on a comparator's, "similar to" means the intervals overlap.
 */
const CONFIDENCE_LIMITS = {
  lower: optional(number({ description: 'The lower confidence limit of the value (or write it lci).' })),
  upper: optional(number({ description: 'The upper confidence limit of the value (or write it uci).' })),
  lci: optional(number({ description: 'The lower confidence limit, as Fingertips names it (or lower).' })),
  uci: optional(number({ description: 'The upper confidence limit, as Fingertips names it (or upper).' })),
};

const pointFields = object(
  {
    ...CONFIDENCE_LIMITS,
    period: period(),
    value: optional(
      union([number(), literalNull()], {
        description: 'The value; null (or absent) is a gap, never zero.',
        expected: (l) => t(l, 'kpi.expectedValue'),
      }),
    ),
    provisional: optional(
      boolean({ description: 'A provisional result: drawn hollow, joined by a dashed line.' }),
    ),
    revised: optional(
      boolean({
        description: 'A revised result (`45 [r]`): said as revised in the sentence, tooltip and table.',
      }),
    ),
    estimated: optional(
      boolean({
        description:
          'An estimated result (`7e`, `7 [e]`): said as estimated in the sentence, tooltip and table.',
      }),
    ),
    note: optional(string()),
    gap: optional(gapMeaning),
  },
  { description: 'One value of the series.' },
);

/**
 * A point's value as official statistics write it (symbols.ts): a symbol in place of the number (`c`, `[x]`,
 * `low`, `..`, "Full data unavailable …") is an explained gap, `value: null` with its `gap`; flags after the
 * number (`12.3p`, `45 [r]`, `7e`) set `provisional`, `revised` and `estimated`. A `gap` written in the data is
 * not read: only the value says why it is missing.
 */
function readValueAsWritten(entry: unknown): unknown {
  if (!isPlainObject(entry)) return entry;
  const out = pointFieldsOf(entry);
  if (typeof entry.value !== 'string') return out;
  const gap = readSymbol(entry.value);
  if (gap) return { ...out, value: null, gap };
  const split = splitFlags(entry.value);
  if (split && readNumber(split.number) !== undefined) {
    out.value = split.number;
    for (const flag of split.flags) out[flag] = true;
  }
  return out;
}

/**
 * The point's JSON Schema says what `readValueAsWritten` reads: a value may also be a symbol, or a number with
 * flags after it; `gap` is the reader's, not the data's, so it is not offered.
 */
function pointJson(defs: Map<string, JsonSchema>): JsonSchema {
  const base = pointFields.toJson(defs);
  const { gap: _gap, ...properties } = base.properties as Record<string, JsonSchema>;
  const value = properties.value!;
  const decimal = (number().toJson(defs).oneOf as JsonSchema[])[1]!.pattern as string;
  const symbols: JsonSchema = {
    type: 'string',
    pattern: SYMBOL_PATTERN,
    description:
      'A symbol in place of the value, an explained gap (never zero): c (confidential), x (not available), z (not applicable), k or low (rounds to zero), u (low reliability), : or .. (not available), bare or in [ ], any case; or "Full data unavailable at the time of report publication".',
  };
  const flagged: JsonSchema = {
    type: 'string',
    pattern: decimal.replace(/\\s\*\$$/, String.raw`${FLAGS_SOURCE}\s*$`),
    description:
      'A number with flags after it: p (provisional), r (revised), e (estimated), bare or in [ ]: "12.3p", "45 [r]", "7 [e]".',
  };
  return {
    ...base,
    properties: {
      ...properties,
      value: { ...value, anyOf: [...(value.anyOf as JsonSchema[]), symbols, flagged] },
    },
  };
}

export const point: typeof pointFields = {
  ...pointFields,
  read: (value, path, ctx) => pointFields.read(readValueAsWritten(value), path, ctx),
  toJson: pointJson,
};

/**
 * A benchmark: England, the region, statistical neighbours or a named group, drawn and said ("better than
 * England (78%)"); its rank and count, when given, are said too ("rank 97 of 153").
 */
export const comparator = object(
  {
    label: string({ description: 'What the comparator is, e.g. "England" or "Statistical neighbours".' }),
    series: array(point),
    rank: optional(
      number({ min: 1, description: 'The indicator’s rank among the comparator’s areas, e.g. 97.' }),
    ),
    count: optional(
      number({ min: 1, description: 'How many areas are ranked, e.g. 153 (said as "rank 97 of 153").' }),
    ),
  },
  { description: 'A benchmark series: drawn faintly, and the latest value said against it.' },
);

const periodValue = object({ period: optional(period()), value: number() });

const kpiFields = object(
  {
    ref: optional(
      string({ description: 'The indicator reference, e.g. "NI 59"; picked by the `ref` attribute.' }),
    ),
    title: optional(string()),
    owner: optional(string()),
    unit: optional(unit),
    polarity: optional(polarity),
    range: optional(
      array(number(), { minItems: 2, maxItems: 2, description: '[low, high] for range polarity.' }),
    ),
    baseline: optional(periodValue),
    target: optional(
      union(
        [number(), guard(periodValue, isPlainObject), array(object({ period: period(), value: number() }))],
        {
          description: 'One target, or a list of { period, value } for a stepped target line.',
          expected: (l) => t(l, 'kpi.expectedTarget'),
        },
      ),
    ),
    tolerance: optional(
      number({ min: 0, description: 'How far short of target is amber, in the indicator’s units.' }),
    ),
    series: array(point),
    comparators: optional(array(comparator, { description: 'Other series drawn faintly for context.' })),
    dataQuality: optional(string({ description: 'A data-quality note, shown in the card form.' })),
    periodType: optional(
      oneOf(['financial-year', 'academic-year'] as const, {
        description:
          'How the year pairs of this indicator (2018/19, 2018 to 2019) are read: financial-year (1 April to 31 March, the default) or academic-year (1 September to 31 August).',
      }),
    ),
  },
  { description: 'One indicator (Inspection Kit, <ik-kpi-sparkline>).' },
);

/** `76.5%` or `76.5 %` as the number before the sign; anything else as it is. */
function withoutPercent(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const m = /^(.*\d)\s*%$/.exec(value.trim());
  return m && readNumber(m[1]) !== undefined ? m[1] : value;
}

/** The numbers of a point read without a per cent sign: its value and its confidence limits. */
const POINT_NUMBERS = ['value', 'lower', 'upper', 'lci', 'uci'] as const;

/** Every field a point (or a `{ period, value }`) is read for; `gap` is the reader's own, never the data's. */
const POINT_KEYS = ['period', 'provisional', 'revised', 'estimated', 'note', ...POINT_NUMBERS] as const;

/**
 * A point's own fields, copied one by one: a point with thousands of other keys (ignored by the reader) costs
 * no more to read than one without (spreading each such point was most of the time on very wide data).
 */
function pointFieldsOf(entry: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of POINT_KEYS) if (Object.hasOwn(entry, key)) out[key] = entry[key];
  return out;
}

/** A `{ period, value }` (or any object with a `value`) with its numbers read without a per cent sign. */
function valueWithoutPercent(entry: unknown): unknown {
  if (!isPlainObject(entry) || !Object.hasOwn(entry, 'value')) return entry;
  const out = pointFieldsOf(entry);
  for (const key of POINT_NUMBERS) if (Object.hasOwn(entry, key)) out[key] = withoutPercent(entry[key]);
  return out;
}

/** `76.5% [p]` as `76.5 [p]`: a point's value with flags after it (symbols.ts) drops its sign before them. */
function withoutPercentBeforeFlags(value: unknown): unknown {
  const split = typeof value === 'string' ? splitFlags(value) : undefined;
  if (!split?.number.endsWith('%')) return withoutPercent(value);
  const number = withoutPercent(split.number);
  return number === split.number ? value : `${number}${(value as string).trim().slice(split.number.length)}`;
}

/** The first MAX_ITEMS items of a list through `f`, the rest as they are (they are never read). */
const readable = (list: unknown[], f: (item: unknown) => unknown): unknown[] =>
  list.length > MAX_ITEMS ? [...list.slice(0, MAX_ITEMS).map(f), ...list.slice(MAX_ITEMS)] : list.map(f);

const seriesWithoutPercent = (series: unknown): unknown =>
  Array.isArray(series)
    ? readable(series, (entry) =>
        // Its confidence limits lose their sign too; its value before any flags (`76.5% [p]`).
        isPlainObject(entry) && Object.hasOwn(entry, 'value')
          ? { ...(valueWithoutPercent(entry) as object), value: withoutPercentBeforeFlags(entry.value) }
          : entry,
      )
    : series;

/**
 * An indicator in per cent takes its numbers as Excel shows them, `76.5%` (docs/reference.md §5.3): in the
 * values of its series and comparators, its target, baseline, tolerance and range, the sign is dropped. A
 * per cent sign anywhere else is refused with the number to write (`numberFix`).
 */
function readPercentAsWritten(value: unknown): unknown {
  if (!isPlainObject(value) || typeof value.unit !== 'string' || readUnit(value.unit) !== 'percent')
    return value;
  const out: Record<string, unknown> = { ...value };
  const has = (key: string) => Object.hasOwn(value, key);
  if (has('series')) out.series = seriesWithoutPercent(value.series);
  if (has('target'))
    out.target = Array.isArray(value.target)
      ? seriesWithoutPercent(value.target)
      : valueWithoutPercent(withoutPercent(value.target));
  if (has('baseline')) out.baseline = valueWithoutPercent(value.baseline);
  if (has('tolerance')) out.tolerance = withoutPercent(value.tolerance);
  if (has('range') && Array.isArray(value.range)) out.range = readable(value.range, withoutPercent);
  if (has('comparators') && Array.isArray(value.comparators)) {
    out.comparators = readable(value.comparators, (c) =>
      isPlainObject(c) && Object.hasOwn(c, 'series') ? { ...c, series: seriesWithoutPercent(c.series) } : c,
    );
  }
  return out;
}

/** A JSON Schema whose numbers with flags after them (`pointJson`) also take a per cent sign before the flags. */
function allowingPercentBeforeFlags(schema: JsonSchema): JsonSchema {
  const flags = String.raw`${FLAGS_SOURCE}\s*$`;
  return JSON.parse(
    JSON.stringify(schema, (key, v: unknown) =>
      key === 'pattern' && typeof v === 'string' && v.endsWith(flags)
        ? `${v.slice(0, -flags.length)}\\s*%?${flags}`
        : v,
    ),
  ) as JsonSchema;
}

/** The fields whose numbers a KPI in per cent reads with a per cent sign (`readPercentAsWritten`). */
const PERCENT_SIGN_FIELDS = ['series', 'target', 'baseline', 'tolerance', 'range', 'comparators'];

/**
 * The indicator's JSON Schema says what its reader does: with a per cent `unit` (any of `PERCENT_WORDS`, as
 * `readUnit` reads them), the numbers of `PERCENT_SIGN_FIELDS` may be written `"76.5%"`; with any other unit,
 * or none, they may not (`else` holds them to plain numbers).
 */
function kpiJson(defs: Map<string, JsonSchema>): JsonSchema {
  const base = kpiFields.toJson(defs);
  const properties = base.properties as Record<string, JsonSchema>;
  const plain: Record<string, JsonSchema> = {};
  const lenient: Record<string, JsonSchema> = {};
  for (const [key, field] of Object.entries(properties)) {
    const percent = PERCENT_SIGN_FIELDS.includes(key);
    if (percent) plain[key] = field;
    lenient[key] = percent ? allowingPercentBeforeFlags(allowingPercentSign(field)) : field;
  }
  const inPercent = {
    type: 'string',
    pattern: textPattern(PERCENT_WORDS.map(escapeRegExp).join('|'), { collapse: true }),
  };
  return {
    ...base,
    properties: lenient,
    if: { properties: { unit: inPercent }, required: ['unit'] },
    else: { properties: plain },
  };
}

export const kpi: typeof kpiFields = {
  ...kpiFields,
  read: (value, path, ctx) => kpiFields.read(readPercentAsWritten(value), path, ctx),
  toJson: kpiJson,
};

export const kpiDocument = object(
  { kpis: array(kpi) },
  { description: 'Many indicators; a sparkline picks one with its `ref` attribute.' },
);

export type KpiData = Infer<typeof kpi>;
export type KpiPoint = Infer<typeof point>;
export type KpiComparator = Infer<typeof comparator>;
export type KpiDocument = Infer<typeof kpiDocument>;

export function isKpiEmpty(data: KpiData): boolean {
  return data.series.length === 0;
}

/**
 * A KPI sheet's columns, with the headers performance reports give them (header-aliases.ts): an alias is read
 * only where the column's own header is absent.
 */
const KPI_COLUMNS: Aliases<
  'ref' | 'title' | 'period' | 'value' | 'target' | 'polarity' | 'unit' | 'provisional' | 'tolerance'
> = {
  ref: { say: 'alias.reference', also: ['Reference', 'PI', 'PI ref', 'Code'] },
  title: { say: 'alias.title', also: ['Indicator', 'Measure', 'Description'] },
  period: { say: 'alias.period', also: ['Quarter', 'Month', 'Year'] },
  value: { say: 'alias.value', also: ['Actual', 'Outturn', 'Result'] },
  target: { also: [] },
  polarity: { also: [] },
  unit: { also: [] },
  provisional: { also: [] },
  tolerance: { also: [] },
};

/**
 * Builds `{ kpis: [...] }` from a sheet with one line per point: `ref,title,period,value,target,polarity,unit,
 * provisional`. Lines group by `ref` (or `title`); a target that differs between lines makes a stepped target.
 * An Explore Education Statistics file is read for the sparkline's `ref` instead (ees.ts).
 */
export function kpisFromSheet(sheet: Sheet, ref?: string): FromSheet {
  if (isEesSheet(sheet)) return kpisFromEes(sheet, ref);
  const wrong = wrongSheet('kpi', sheet);
  if (wrong) return { value: { kpis: [] }, origins: new Map(), problems: [wrong] };
  const found = findColumns(sheet, KPI_COLUMNS);
  const col = found.index;
  const problems = [...found.problems];
  for (const need of ['period', 'value'] as const) {
    if (col[need] < 0 && !found.ambiguous.has(need))
      problems.push({
        path: place(sheet, 1),
        ...said((l) =>
          t(l, 'kpi.noColumn', {
            name: JSON.stringify(need),
            column: need,
            headers: headerList(sheet.header, l),
          }),
        ),
      });
  }
  if (col.period < 0 || col.value < 0) return { value: { kpis: [] }, origins: new Map(), problems };
  interface Built {
    kpi: Record<string, unknown>;
    points: Record<string, unknown>[];
    targets: { period: string; value: string; at: string }[];
    pointAt: string[];
    at: string;
  }
  const byKey = new Map<string, Built>();
  for (const r of sheet.rows) {
    // A row of one cell across a pasted table is a section heading, not an indicator or a point.
    if (r.heading) continue;
    const ref = cellAt(r, col.ref);
    const title = cellAt(r, col.title);
    const key = JSON.stringify([ref ?? '', ref === undefined ? (title ?? '') : '']);
    let b = byKey.get(key);
    if (!b) {
      b = { kpi: {}, points: [], targets: [], pointAt: [], at: place(sheet, r.row) };
      if (ref !== undefined) b.kpi.ref = ref;
      byKey.set(key, b);
    }
    for (const [field, index] of [
      ['title', col.title],
      ['polarity', col.polarity],
      ['tolerance', col.tolerance],
    ] as const) {
      const text = cellAt(r, index);
      if (text !== undefined && b.kpi[field] === undefined) b.kpi[field] = text;
    }
    const unitText = cellAt(r, col.unit);
    if (unitText !== undefined && b.kpi.unit === undefined) b.kpi.unit = readUnit(unitText);
    const periodText = cellAt(r, col.period) ?? '';
    const valueText = cellAt(r, col.value);
    const p: Record<string, unknown> = { period: periodText, value: valueText ?? null };
    const provisional = cellAt(r, col.provisional);
    if (provisional !== undefined) p.provisional = provisional;
    b.points.push(p);
    b.pointAt.push(place(sheet, r.row));
    const target = cellAt(r, col.target);
    if (target !== undefined)
      b.targets.push({ period: periodText, value: target, at: place(sheet, r.row, 'target') });
  }
  const origins = new Map<string, string>();
  const kpis = [...byKey.values()].map((b, i) => {
    const path = joinIndex('kpis', i);
    origins.set(path, b.at);
    b.pointAt.forEach((at, j) => {
      origins.set(joinIndex(joinKey(path, 'series'), j), at);
    });
    const distinct = new Set(b.targets.map((t) => t.value));
    if (distinct.size === 1) {
      b.kpi.target = b.targets[0]!.value;
      origins.set(joinKey(path, 'target'), b.targets[0]!.at);
    } else if (distinct.size > 1) {
      b.kpi.target = b.targets.map((t) => ({ period: t.period, value: t.value }));
      b.targets.forEach((t, j) => {
        origins.set(joinIndex(joinKey(path, 'target'), j), t.at);
      });
    }
    return { ...b.kpi, series: b.points };
  });
  return { value: { kpis }, origins, problems };
}

/** The words of a per cent unit (any case, spaces aside). */
const PERCENT_WORDS = ['percent', '%', 'percentage', 'per cent'] as const;

/**
 * Reads a unit written as text, as spreadsheets and the source documents write it: `percent`, `%` →
 * percent; `count`, `number` → count; `per 10,000`, `rate per 10000` → a rate; `out of 15`,
 * `score out of 15` → a score; anything else is a free-text suffix.
 */
export function readUnit(text: string): Unit {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if ((PERCENT_WORDS as readonly string[]).includes(t)) return 'percent';
  if (t === 'count' || t === 'number' || t === 'no.' || t === '') return 'count';
  const rate = /^(?:rate )?per ([\d,]+)$/.exec(t);
  if (rate) return { rate: Number(rate[1]!.replace(/,/g, '')) };
  const score = /^(?:score )?out of ([\d,.]+)$/.exec(t);
  if (score) return { outOf: Number(score[1]!.replace(/,/g, '')) };
  return text.trim();
}

/**
 * Picks one KPI from a document: by `ref` (spaces and case aside) from `{ kpis: [...] }`; with no ref, the
 * only indicator of such a document, or the document itself when it is one indicator.
 */
export function pickRef(doc: unknown, ref: string | undefined, basePath: string): Picked {
  const kpisPath = joinKey(basePath, 'kpis');
  if (ref === undefined || ref.trim() === '') {
    if (!isPlainObject(doc) || !Array.isArray(doc.kpis)) return { ok: true, value: doc, path: basePath };
    if (doc.kpis.length === 1) return { ok: true, value: doc.kpis[0], path: joinIndex(kpisPath, 0) };
    const kpis: unknown[] = doc.kpis;
    return {
      ok: false,
      problem: refProblem((l) =>
        kpis.length === 0
          ? t(l, 'kpi.refNotNeeded')
          : t(l, 'kpi.refNotSet', { n: String(kpis.length), refs: refList(kpis, l) }),
      ),
    };
  }
  const kpis = isPlainObject(doc) && Object.hasOwn(doc, 'kpis') ? doc.kpis : undefined;
  if (!Array.isArray(kpis)) {
    return {
      ok: false,
      problem: refProblem((l) => t(l, 'kpi.refOneIndicator', { value: quote(ref, 60, l) })),
    };
  }
  const want = normalise(ref);
  const index = kpis.findIndex(
    (k) => isPlainObject(k) && typeof k.ref === 'string' && normalise(k.ref) === want,
  );
  if (index < 0) {
    return {
      ok: false,
      problem: refProblem((l) =>
        t(l, 'kpi.refNotFound', { value: quote(ref, 60, l), refs: refList(kpis, l) }),
      ),
    };
  }
  const first = joinIndex(kpisPath, index);
  const problems: Problem[] = [];
  kpis.forEach((k, i) => {
    if (i > index && isPlainObject(k) && typeof k.ref === 'string' && normalise(k.ref) === want) {
      const twice = k.ref;
      problems.push({
        path: joinKey(joinIndex(kpisPath, i), 'ref'),
        ...said((l) => t(l, 'kpi.refTwice', { value: quote(twice, 60, l) })),
      });
    }
  });
  return { ok: true, value: kpis[index], path: first, ...(problems.length ? { problems } : {}) };
}

/** ` ("NI 59", "NI 60" or …)`: the refs a document holds, for messages in `locale`. */
function refList(kpis: unknown[], locale: string): string {
  const refs = kpis.flatMap((k) =>
    isPlainObject(k) && typeof k.ref === 'string' ? [quote(k.ref, 60, locale)] : [],
  );
  if (refs.length === 0) return '';
  return ` (${listWords(refs.slice(0, 20), 'or', locale)}${refs.length > 20 ? ', …' : ''})`;
}
