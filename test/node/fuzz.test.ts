/**
 * Fuzzing the four widgets' parse and validation paths (fast-check, seeded so a failure reproduces): random
 * JSON values, values shaped like each widget's data, and random CSV text. Whatever comes in, reading and
 * layout never throw, never pollute a prototype, and every problem has a place and a message.
 *
 * `npm test` runs a share of the runs; `npm run fuzz` runs the full count (FUZZ_RUNS, 10,000 per widget).
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { layoutTimeline } from '../../src/components/deadline-timeline/deadline-timeline.layout.js';
import { layoutJudgementGrid } from '../../src/components/judgement-grid/judgement-grid.layout.js';
import { layoutKpi } from '../../src/components/kpi-sparkline/kpi-sparkline.layout.js';
import { layoutRagMatrix } from '../../src/components/rag-matrix/rag-matrix.layout.js';
import { type FromSheet, parseCsv, relocate, type Sheet } from '../../src/core/csv.js';
import { parseJson } from '../../src/core/load/json.js';
import { capProblems, MAX_PROBLEMS, type Problem } from '../../src/core/problems.js';
import { MAX_ITEMS, readWith, type Schema } from '../../src/core/schema.js';
import { judgementGrid, judgementGridFromSheet } from '../../src/core/shapes/judgements.js';
import { kpi, kpiDocument, kpisFromSheet } from '../../src/core/shapes/kpi.js';
import { ragMatrix, ragMatrixFromSheet } from '../../src/core/shapes/rag.js';
import { timeline, timelineFromSheet } from '../../src/core/shapes/timeline.js';

const TOTAL = Number(process.env.FUZZ_RUNS) || 2000;
const SEED = 20101207;

interface Target {
  name: string;
  /** Values with the widget's structure and random, hostile or wrong leaves: these reach the layout. */
  structured: () => fc.Arbitrary<unknown>;
  schema: Schema<unknown>;
  layout: (value: never, path: string) => { problems: Problem[] };
  fromSheet: (sheet: Sheet) => FromSheet;
  words: string[];
}

const PERIODS = [
  '2010-03-31',
  '2010-03',
  'March 2010',
  '2009/10',
  'Q4 2009/10',
  'Q4',
  '2024-02-30',
  '2009-10',
  'FY2009/10',
  '',
];
const VALUES = [
  'Adequate',
  'Grade 3 (Adequate)',
  'adequte',
  '3',
  '3333',
  'Good',
  'Amber',
  'R',
  'n/a',
  'Rise',
  'Bell Shaped',
];
const DANGER = [
  '__proto__',
  'constructor',
  'prototype',
  'onmouseover',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
];

/** Every name Object.prototype has (`toString`, `valueOf`, `__lookupGetter__` …): as values, they are just words. */
const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype);
const IDS = ['a', 'b', 'sg', 'lac', 'Q1 2010/11', ...PROTO_NAMES];
const leafArb = () =>
  fc.oneof(
    fc.constantFrom(
      ...PERIODS,
      ...VALUES,
      ...DANGER,
      ...PROTO_NAMES,
      null,
      true,
      0,
      -1,
      1e308,
      80,
      59.7,
      '1,234.5',
      '12%',
      'NaN',
    ),
    fc.string({ maxLength: 12 }),
    fc.double(),
    fc.integer({ min: -5, max: 20 }),
  );
const opt = <T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }) => fc.record(model, { requiredKeys: [] });
const columnsArb = () =>
  fc.array(opt({ id: fc.constantFrom(...IDS), label: leafArb(), date: fc.constantFrom(...PERIODS) }), {
    maxLength: 4,
  });
const gradeCell = () =>
  fc.oneof(
    leafArb(),
    opt({ grade: leafArb(), note: leafArb(), href: fc.constantFrom(...DANGER, 'https://x.example', '#p1') }),
  );
const gridRow: fc.Arbitrary<unknown> = fc.letrec<{ row: unknown }>((tie) => ({
  row: opt({
    id: leafArb(),
    label: leafArb(),
    grades: fc.dictionary(fc.constantFrom(...IDS), gradeCell(), { maxKeys: 4 }),
    children: fc.array(tie('row'), { maxLength: 2, depthIdentifier: 'rows' }),
  }),
})).row;
const ragCell = () =>
  fc.oneof(
    leafArb(),
    opt({
      status: leafArb(),
      rating: leafArb(),
      value: leafArb(),
      target: leafArb(),
      polarity: leafArb(),
      tolerance: leafArb(),
      note: leafArb(),
    }),
  );
const pointArb = () =>
  opt({
    period: fc.constantFrom(...PERIODS, 'Q1 2010/11', 'Q2 2010/11'),
    value: leafArb(),
    provisional: leafArb(),
  });
const targetArb = () =>
  fc.oneof(
    leafArb(),
    opt({ period: fc.constantFrom(...PERIODS), value: leafArb() }),
    fc.array(opt({ period: fc.constantFrom(...PERIODS), value: leafArb() }), { maxLength: 3 }),
  );

const targets: Target[] = [
  {
    name: 'judgement grid',
    structured: () =>
      opt({
        title: leafArb(),
        scale: fc.constantFrom('ofsted-4', 'ofsted-ri', 'cqc-4', 'progress-4', 'bogus'),
        columns: columnsArb(),
        rows: fc.array(gridRow, { maxLength: 5 }),
      }),
    schema: judgementGrid as Schema<unknown>,
    layout: (v, path) => layoutJudgementGrid(v, path, { compare: true }),
    fromSheet: (s) => judgementGridFromSheet(s),
    words: [
      'title',
      'scale',
      'columns',
      'rows',
      'id',
      'label',
      'date',
      'grades',
      'grade',
      'note',
      'href',
      'children',
      'source',
    ],
  },
  {
    name: 'RAG matrix',
    structured: () =>
      opt({
        map: fc.dictionary(
          fc.constantFrom(...VALUES, ...DANGER),
          fc.constantFrom('red', 'amber', 'green', 'blue', 'grey', 'pink'),
        ),
        columns: columnsArb(),
        rows: fc.array(
          opt({
            label: leafArb(),
            group: leafArb(),
            cells: fc.dictionary(fc.constantFrom(...IDS), ragCell(), { maxKeys: 4 }),
          }),
          { maxLength: 5 },
        ),
      }),
    schema: ragMatrix as Schema<unknown>,
    layout: (v, path) => layoutRagMatrix(v, path),
    fromSheet: (s) => ragMatrixFromSheet(s),
    words: [
      'title',
      'map',
      'columns',
      'rows',
      'id',
      'label',
      'group',
      'cells',
      'status',
      'rating',
      'value',
      'target',
      'polarity',
      'tolerance',
      'note',
      'href',
    ],
  },
  {
    name: 'KPI sparkline',
    structured: () =>
      opt({
        ref: leafArb(),
        unit: fc.oneof(leafArb(), opt({ rate: leafArb() }), opt({ outOf: leafArb() })),
        polarity: fc.constantFrom('up', 'down', 'range', 'Rise', 'Fall', 'Bell Shaped', 'sideways'),
        range: fc.array(leafArb(), { maxLength: 3 }),
        baseline: opt({ period: fc.constantFrom(...PERIODS), value: leafArb() }),
        target: targetArb(),
        tolerance: leafArb(),
        series: fc.array(pointArb(), { maxLength: 8 }),
        comparators: fc.array(opt({ label: leafArb(), series: fc.array(pointArb(), { maxLength: 4 }) }), {
          maxLength: 2,
        }),
      }),
    schema: kpi as Schema<unknown>,
    layout: (v, path) => layoutKpi(v, path),
    fromSheet: (s) => kpisFromSheet(s),
    words: [
      'ref',
      'title',
      'unit',
      'polarity',
      'range',
      'baseline',
      'target',
      'tolerance',
      'series',
      'period',
      'value',
      'provisional',
      'comparators',
      'label',
      'rate',
      'outOf',
      'kpis',
    ],
  },
  {
    name: 'deadline timeline',
    structured: () =>
      opt({
        published: fc.constantFrom(...PERIODS),
        asOf: fc.constantFrom(...PERIODS),
        actions: fc.array(
          opt({
            id: fc.constantFrom('a', 'b', 'c'),
            theme: leafArb(),
            title: leafArb(),
            timescale: fc.constantFrom(
              'Immediately',
              'Within three months',
              'within 2 weeks',
              'within thirteen months',
              'by March 2010',
              'Soonish',
              '',
            ),
            due: fc.constantFrom(...PERIODS),
            status: fc.constantFrom('done', 'in progress', 'not started', 'completed', 'maybe'),
            completed: fc.constantFrom(...PERIODS),
            milestone: leafArb(),
            href: fc.constantFrom(...DANGER, 'https://x.example'),
          }),
          { maxLength: 8 },
        ),
      }),
    schema: timeline as Schema<unknown>,
    layout: (v, path) => layoutTimeline(v, path, { asOf: '2010-05-11' }),
    fromSheet: (s) => timelineFromSheet(s),
    words: [
      'title',
      'published',
      'asOf',
      'actions',
      'id',
      'theme',
      'timescale',
      'due',
      'owner',
      'status',
      'completed',
      'milestone',
      'note',
      'href',
    ],
  },
];

/** Values shaped like the widget's data: its keys, plausible leaves, and hostile keys and text. */
function shaped(words: string[]): fc.Arbitrary<unknown> {
  const leaf = fc.oneof(
    fc.constantFrom(...PERIODS, ...VALUES, ...DANGER, null, true, 0, -1, 1e308, 80, 59.7),
    fc.string({ maxLength: 12 }),
    fc.double(),
  );
  const key = fc.constantFrom(...words, ...DANGER);
  return fc.letrec<{ node: unknown }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(tie('node'), { maxLength: 5 }),
      fc.dictionary(key, tie('node'), { maxKeys: 6 }),
    ),
  })).node;
}

function csvText(words: string[]): fc.Arbitrary<string> {
  const cell = fc.oneof(
    fc.constantFrom(
      ...words,
      'row',
      'column',
      'parent',
      'grade',
      'group',
      'status_or_rating',
      ...PERIODS,
      ...VALUES,
      ...DANGER,
    ),
    fc.string({ maxLength: 10 }),
    fc.constantFrom('"a, b"', '"unterminated', '""', '=SUM(A1:A9)', '\uFEFF'),
  );
  // The line ending is drawn with the rest, from the run's seed, so a failure reproduces.
  return fc
    .tuple(
      fc.array(fc.array(cell, { minLength: 1, maxLength: 7 }), { maxLength: 8 }),
      fc.constantFrom('\n', '\r\n'),
    )
    .map(([rows, eol]) => rows.map((r) => r.join(',')).join(eol));
}

/** Where a fuzzed JSON value sits, as if a page picked it with select="data". */
const ROOT = 'data';
/** The places a problem can name: in the value, in the CSV, or in the JSON text. */
const JSON_PLACE = new RegExp(`^${ROOT}(?:$|[.[])`);
const CSV_PLACE = /^CSV row \d+(?:$|[ ,])/;
const TEXT_PLACE = /^line \d+, column \d+$/;

function check(target: Target, problems: Problem[], place: RegExp): void {
  for (const p of problems) {
    if (
      typeof p.path !== 'string' ||
      typeof p.message !== 'string' ||
      p.message === '' ||
      !place.test(p.path)
    ) {
      throw new Error(`${target.name}: a problem without a place or message: ${JSON.stringify(p)}`);
    }
  }
  const probe = {} as Record<string, unknown>;
  if ('polluted' in probe || Object.keys(Object.prototype).length > 0)
    throw new Error('Object.prototype was polluted');
}

function readJson(target: Target, value: unknown): void {
  const read = readWith(target.schema, value, ROOT);
  const problems = [...read.problems];
  if (read.value !== undefined) problems.push(...target.layout(read.value as never, ROOT).problems);
  check(target, problems, JSON_PLACE);
}

function readCsv(target: Target, text: string): void {
  const built = target.fromSheet(parseCsv(text));
  const schema = target.name === 'KPI sparkline' ? (kpiDocument as Schema<unknown>) : target.schema;
  const read = readWith(schema, built.value);
  const problems = [...built.problems, ...read.problems];
  const value = read.value as { kpis?: unknown[] } | undefined;
  if (value !== undefined) {
    // As a widget lays out what it read: each indicator of a KPI sheet at its place in the list.
    const parts: [unknown, string][] =
      target.name === 'KPI sparkline' ? (value.kpis ?? []).map((k, i) => [k, `kpis[${i}]`]) : [[value, '']];
    for (const [part, path] of parts) problems.push(...target.layout(part as never, path).problems);
  }
  // A widget names places in a sheet by its rows and columns (relocate), as here.
  check(target, relocate(problems, built.origins), CSV_PLACE);
}

describe(`fuzzing (${TOTAL} runs per widget, seed ${SEED})`, function () {
  this.timeout(600000);
  for (const target of targets) {
    it(`${target.name}: random JSON text, JSON values, shaped and structured values and CSV never throw, pollute or lose a place`, () => {
      const share = Math.max(1, Math.floor(TOTAL / 5));
      fc.assert(
        fc.property(fc.string({ maxLength: 60 }), (text) => {
          const parsed = parseJson(text);
          if (parsed.ok) readJson(target, parsed.value);
          else check(target, [parsed.problem], TEXT_PLACE);
        }),
        { seed: SEED, numRuns: share },
      );
      fc.assert(
        fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => readJson(target, v)),
        { seed: SEED + 1, numRuns: share },
      );
      fc.assert(
        fc.property(shaped(target.words), (v) => readJson(target, v)),
        { seed: SEED + 2, numRuns: share },
      );
      fc.assert(
        fc.property(target.structured(), (v) => readJson(target, v)),
        { seed: SEED + 4, numRuns: share },
      );
      fc.assert(
        fc.property(csvText(target.words), (t) => readCsv(target, t)),
        { seed: SEED + 3, numRuns: TOTAL - 4 * share },
      );
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });
  }
});

/** The longest message a problem may have: a place, ten words of a vocabulary and what to do. */
const MAX_MESSAGE = 1500;

/** Every list made `n` long and every map given `n` more keys, sharing the values already there. */
function widen(value: unknown, n: number, done = new Map<object, unknown>()): unknown {
  if (value === null || typeof value !== 'object') return value;
  const seen = done.get(value);
  if (seen !== undefined) return seen;
  if (Array.isArray(value)) {
    const items = value.map((v) => widen(v, n, done));
    const out = items.length ? Array.from({ length: n }, (_, i) => items[i % items.length]) : items;
    done.set(value, out);
    return out;
  }
  const out: Record<string, unknown> = {};
  done.set(value, out);
  const entries = Object.entries(value).map(([k, v]) => [k, widen(v, n, done)] as const);
  for (const [k, v] of entries) out[k] = v;
  for (let i = 0; i < n && entries.length; i++) {
    const [k, v] = entries[i % entries.length]!;
    out[`${k}${i}`] = v;
  }
  return out;
}

/**
 * Every group with a label given, `depth` times over, 40 children that are the whole value so far (shared, as
 * a careless page might): nesting that multiplies the per-list cap.
 */
function deepen(value: unknown, depth: number): unknown {
  let out = value;
  for (let d = 0; d < depth; d++)
    out = withChildren(
      out,
      Array.from({ length: 40 }, () => out),
      new Map(),
    );
  return out;
}
function withChildren(value: unknown, children: unknown[], done: Map<object, unknown>): unknown {
  if (value === null || typeof value !== 'object') return value;
  const seen = done.get(value);
  if (seen !== undefined) return seen;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    done.set(value, out);
    for (const v of value) out.push(withChildren(v, children, done));
    return out;
  }
  const out: Record<string, unknown> = {};
  done.set(value, out);
  for (const [k, v] of Object.entries(value)) out[k] = withChildren(v, children, done);
  if ('label' in out) out.children = children;
  return out;
}

/** The first group or list inside the value made to hold an ancestor (or itself): a cycle. */
function cyclic(value: unknown, pick: number): unknown {
  const stack: object[] = [];
  const walk = (v: unknown): boolean => {
    if (v === null || typeof v !== 'object') return false;
    stack.push(v);
    const target = stack[pick % stack.length]!;
    if (Array.isArray(v)) {
      for (const item of v) if (walk(item)) return true;
      if (stack.length > 1) {
        v.push(target);
        return true;
      }
    } else {
      for (const item of Object.values(v)) if (walk(item)) return true;
      if (stack.length > 1) {
        (v as Record<string, unknown>).children = [target];
        (v as Record<string, unknown>).grades = target;
        return true;
      }
    }
    stack.pop();
    return false;
  };
  walk(value);
  return value;
}

/** Reads as a widget does, and checks the bounds: problems listed and the length of every message. */
function readBounded(target: Target, value: unknown): void {
  const read = readWith(target.schema, value, ROOT);
  const problems = [...read.problems];
  if (read.value !== undefined) problems.push(...target.layout(read.value as never, ROOT).problems);
  check(target, problems, JSON_PLACE);
  const listed = capProblems(problems);
  if (listed.length > MAX_PROBLEMS + 1) throw new Error(`${target.name}: ${listed.length} problems listed`);
  const longest = Math.max(0, ...listed.map((p) => p.message.length + p.path.length));
  if (longest > MAX_MESSAGE) throw new Error(`${target.name}: a message of ${longest} characters`);
}

describe('fuzzing nested, wide and cyclic data, and prototype names as values', function () {
  this.timeout(600000);
  const runs = Math.max(10, Math.floor(TOTAL / 40));
  for (const target of targets) {
    it(`${target.name}: wide, deeply nested and self-containing data stays within the bounds of work, problems and message size`, () => {
      fc.assert(
        fc.property(target.structured(), fc.constantFrom('wide', 'deep', 'cycle'), fc.nat(), (v, how, n) => {
          const value =
            how === 'wide'
              ? widen(v, MAX_ITEMS + (n % 3) * 4000)
              : how === 'deep'
                ? deepen(v, 1 + (n % 3))
                : cyclic(v, n);
          readBounded(target, value);
        }),
        { seed: SEED + 5, numRuns: runs },
      );
    });
  }
});
