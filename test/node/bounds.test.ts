/**
 * Bounded work, whatever the input (issue 19): what a widget reads in all, how many problems it lists and how
 * long its messages are; data that contains itself or is not plain data; words that are Object.prototype's names.
 * Counts and sizes are asserted, never times.
 */
import { expect } from 'chai';
import { layoutTimeline } from '../../src/components/deadline-timeline/deadline-timeline.layout.js';
import { layoutJudgementGrid } from '../../src/components/judgement-grid/judgement-grid.layout.js';
import { layoutKpi } from '../../src/components/kpi-sparkline/kpi-sparkline.layout.js';
import { layoutRagMatrix } from '../../src/components/rag-matrix/rag-matrix.layout.js';
import { relocate } from '../../src/core/csv.js';
import { parsePeriod } from '../../src/core/periods.js';
import { placed } from '../../src/core/place.js';
import { capProblems, listWords, MAX_PROBLEMS, type Problem } from '../../src/core/problems.js';
import { builtInScale, readGrade, SCALES } from '../../src/core/scales.js';
import { MAX_ITEMS, MAX_VALUES, readWith, type Schema } from '../../src/core/schema.js';
import { judgementGrid } from '../../src/core/shapes/judgements.js';
import { kpi, readPolarity } from '../../src/core/shapes/kpi.js';
import { ragMatrix } from '../../src/core/shapes/rag.js';
import { timeline } from '../../src/core/shapes/timeline.js';
import { ratingMap, readStatus } from '../../src/core/status.js';
import { dueFromTimescale } from '../../src/core/timescales.js';
import { plain } from '../setup/plain.js';

const STOPPED = /is where reading stopped/;

/** Reads and lays out a document as a widget does, with the places the panel shows. */
function widget(
  schema: Schema<unknown>,
  layout: (value: never, path: string) => { problems: Problem[] },
  doc: unknown,
): Problem[] {
  const read = readWith(schema, doc);
  const built = read.value === undefined ? [] : layout(read.value as never, '').problems;
  return capProblems(placed([...read.problems, ...built], doc, ''));
}
const grid = (doc: unknown) =>
  widget(judgementGrid as Schema<unknown>, (v, p) => layoutJudgementGrid(v, p, { compare: true }), doc);
const rag = (doc: unknown) => widget(ragMatrix as Schema<unknown>, (v, p) => layoutRagMatrix(v, p), doc);
const sparkline = (doc: unknown) => widget(kpi as Schema<unknown>, (v, p) => layoutKpi(v, p), doc);
const actions = (doc: unknown) =>
  widget(timeline as Schema<unknown>, (v, p) => layoutTimeline(v, p, { asOf: '2010-06-01' }), doc);

/** Every problem's text, as the panel writes it. */
const texts = (problems: Problem[]) => problems.map((p) => `${p.where ?? p.path}: ${p.message}`);

describe('a widget reads a bounded amount, however the data is nested', () => {
  it('reads at most 10,000 values in all, so 500 rows of 500 children are not 250,000 rows, and says once where it stopped', () => {
    const children = Array.from({ length: MAX_ITEMS }, (_, i) => ({
      label: `Child ${i}`,
      grades: { a: 'Good' },
    }));
    const rows = Array.from({ length: MAX_ITEMS }, (_, i) => ({ label: `Row ${i}`, children }));
    const read = readWith(judgementGrid as Schema<unknown>, { columns: [{ id: 'a', label: 'A' }], rows });
    const stopped = read.problems.filter((p) => STOPPED.test(p.message));
    expect(stopped.map((p) => p.message)).to.deep.equal([
      'is where reading stopped: the data holds more than 10,000 values in all, more than a widget can show, so the rest is not read: split the data into smaller files, or pick part of it with select',
    ]);
    const value = read.value as { rows: { children?: unknown[] }[] };
    const count = value.rows.length + value.rows.reduce((n, r) => n + (r.children?.length ?? 0), 0);
    expect(count).to.be.at.most(MAX_VALUES);
    expect(read.problems.length).to.be.below(5);
  });

  it('reads at most 500 names of a map (grades, cells, map), so 10,000 columns give a short list of problems', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `c${i}`);
    const cells = Object.fromEntries(ids.map((id) => [id, 'Amber']));
    const problems = rag({
      columns: ids.map((id) => ({ id, label: id.toUpperCase() })),
      rows: [{ label: 'Only row', cells }],
      map: Object.fromEntries(ids.map((id) => [id, 'red'])),
    });
    expect(problems.length).to.be.below(10);
    const lines = texts(problems);
    expect(lines.some((l) => /holds 10,000 names: only the first 500 are read/.test(l))).to.equal(true);
    expect(Math.max(...lines.map((l) => l.length))).to.be.below(1000);
  });

  it('reads at most 2,000,000 characters of text in all', () => {
    const label = 'x'.repeat(10_000);
    const rows = Array.from({ length: MAX_ITEMS }, () => ({ label, grades: {} }));
    const read = readWith(judgementGrid as Schema<unknown>, { columns: [{ id: 'a', label: 'A' }], rows });
    expect(read.problems.filter((p) => STOPPED.test(p.message)).map((p) => p.path)).to.deep.equal([
      'rows[199].label',
    ]);
  });

  it('draws 500 comparators of 500 points each without a fault: reading stops at the budget', () => {
    const points = Array.from({ length: MAX_ITEMS }, (_, i) => ({
      period: String(1901 + (i % 199)),
      value: i,
    }));
    const comparators = Array.from({ length: MAX_ITEMS }, (_, i) => ({ label: `Area ${i}`, series: points }));
    const problems = sparkline({ label: 'Rate', series: points.slice(0, 10), comparators });
    expect(texts(problems).filter((l) => /fault/.test(l))).to.deep.equal([]);
    expect(problems.filter((p) => STOPPED.test(p.message))).to.have.length(1);
  });
});

describe('problems are bounded too', () => {
  it('lists at most 1,000 problems, then says how many more of the same kinds there are', () => {
    const many = Array.from({ length: 30_000 }, (_, i) => ({
      path: `rows[${i}]`,
      message: 'is wrong: fix it',
    }));
    const capped = capProblems(many);
    expect(capped).to.have.length(MAX_PROBLEMS + 1);
    expect(plain(capped.at(-1))).to.deep.equal({
      path: 'data',
      message:
        'has 29,000 more problems of the same kinds, not listed: fix those above first, then look again',
    });
  });

  it('names at most ten words of a long vocabulary or a long list of columns, then …', () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
    expect(listWords(words)).to.equal('w0, w1, w2, w3, w4, w5, w6, w7, w8, w9, … (40 in all)');
    expect(listWords(['a', 'b', 'c'])).to.equal('a, b or c');
    const ids = Array.from({ length: 300 }, (_, i) => `column${i}`);
    const problems = grid({
      columns: ids.map((id) => ({ id, label: id })),
      rows: [{ label: 'Overall', grades: { nope: 'Good' } }],
    });
    const line = texts(problems).find((l) => l.includes('is not the id of a column'));
    expect(line).to.equal(
      'Row "Overall", column "nope": "nope" is not the id of a column: use "column0", "column1", "column2", "column3", "column4", "column5", "column6", "column7", "column8", "column9", … (300 in all), or add a column with this id to "columns"',
    );
  });

  it('relocates each problem to its CSV cell by looking its path up, never by going through every cell', () => {
    const origins = new Map([
      ['rows[0]', 'CSV row 2'],
      ['rows[0].grades.sg', 'CSV row 2, column "SG"'],
      ['rows[10]', 'CSV row 12'],
    ]);
    // A map that cannot be listed: relocate may only ask it for a path.
    const lookupOnly: ReadonlyMap<string, string> = {
      size: origins.size,
      has: (k: string) => origins.has(k),
      get: (k: string) => origins.get(k),
      keys: () => {
        throw new Error('listed every origin');
      },
    } as unknown as ReadonlyMap<string, string>;
    const problems = [
      { path: 'rows[0].grades.sg', message: 'a' },
      { path: 'rows[0].grades.sg.note', message: 'b' },
      { path: 'rows[0].label', message: 'c' },
      { path: 'rows[1].label', message: 'd' },
      { path: 'rows[10][2]', message: 'e' },
    ];
    expect(relocate(problems, lookupOnly).map((p) => p.path)).to.deep.equal([
      'CSV row 2, column "SG"',
      'CSV row 2, column "SG" (note)',
      'CSV row 2 (label)',
      'rows[1].label',
      'CSV row 12 ([2])',
    ]);
  });
});

describe('data that contains itself, or is not plain data', () => {
  it('refuses a row that contains itself, naming the place, and reads the rest', () => {
    const row: Record<string, unknown> = { label: 'Loop', grades: { a: 'Good' } };
    row.children = [row];
    const problems = grid({
      columns: [{ id: 'a', label: 'A' }],
      rows: [row, { label: 'Fine', grades: { a: 'Good' } }],
    });
    expect(problems.map((p) => [p.path, p.message])).to.deep.equal([
      [
        'rows[0].children[0]',
        'contains itself: it is row "Loop" again, so reading it would never end: give a copy of the part instead',
      ],
    ]);
    // The panel's first line names both places in the editor's words; the path is on the path line only.
    expect(texts(problems)).to.deep.equal([
      'Row "Loop": contains itself: it is row "Loop" again, so reading it would never end: give a copy of the part instead',
    ]);
  });

  it('names the earlier place by its labels under a select, and the whole data when it is the selected part', () => {
    const part: Record<string, unknown> = { columns: [{ id: 'a', label: 'A' }] };
    const row: Record<string, unknown> = { label: 'Outer', grades: {} };
    row.children = [{ label: 'Inner', grades: {}, children: [row] }];
    part.rows = [row];
    const read = readWith(judgementGrid as Schema<unknown>, part, 'inspection2010');
    expect(
      capProblems(placed(read.problems, part, 'inspection2010')).map((p) => [p.where, p.path, p.message]),
    ).to.deep.equal([
      [
        'Row "Outer"',
        'inspection2010.rows[0].children[0].children[0]',
        'contains itself: it is row "Outer" again, so reading it would never end: give a copy of the part instead',
      ],
    ]);
    const whole: Record<string, unknown> = { columns: [] };
    whole.rows = [{ label: 'A', children: [whole] }];
    expect(
      readWith(judgementGrid as Schema<unknown>, whole, 'inspection2010').problems.map((p) => p.message),
    ).to.deep.equal([
      'contains itself: it is the whole data again, so reading it would never end: give a copy of the part instead',
    ]);
  });

  it('refuses a list that contains itself', () => {
    const rows: unknown[] = [];
    rows.push({ label: 'A', children: rows });
    const problems = grid({ columns: [], rows });
    expect(problems.map((p) => p.message)).to.deep.equal([
      'contains itself: it is the rows again, so reading it would never end: give a copy of the part instead',
    ]);
  });

  it('reads an object given twice (not inside itself) as two copies', () => {
    const grades = { a: 'Good' };
    const problems = grid({
      columns: [{ id: 'a', label: 'A' }],
      rows: [
        { label: 'One', grades },
        { label: 'Two', grades },
      ],
    });
    expect(problems).to.deep.equal([]);
  });

  it('says what was found instead of plain data: a Map, a Set, a date, a BigInt, a class instance, Object.create', () => {
    class Report {
      label = 'x';
    }
    const found = [
      new Map(),
      new Set(),
      new Date(2010, 2, 31),
      12n,
      new Report(),
      Object.create({ label: 'x' }),
    ].map((value) =>
      rag({ columns: [{ id: 'a', label: 'A' }], rows: [{ label: 'Row', cells: { a: { status: value } } }] }),
    );
    // What was found, first; the cell then says it has no status to show.
    expect(found.map((problems) => problems[0]?.message)).to.deep.equal([
      'should be text, not a Map (give a group of named values in { } instead): write the words here, in quotes',
      'should be text, not a Set (give several values in [ ] instead): write the words here, in quotes',
      'should be text, not a date (write it as text, for example "2010-03-31"): write the words here, in quotes',
      'should be text, not the BigInt 12n (write it as a plain number): write the words here, in quotes',
      'should be text, not an object made by a class (Report), not plain data: write the words here, in quotes',
      'should be text, not an object made with Object.create, not plain data: write the words here, in quotes',
    ]);
    expect(rag(new Map()).map((p) => p.message)).to.deep.equal([
      'should be a group of named values in { }, not a Map (give a group of named values in { } instead): write it as { "name": value, … }',
    ]);
  });

  it('turns a getter or a Proxy that throws into one problem at its place, and reads the rest', () => {
    const row = { label: 'Second' } as Record<string, unknown>;
    Object.defineProperty(row, 'cells', {
      enumerable: true,
      get() {
        throw new Error('no access');
      },
    });
    const hostile = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error('trap');
        },
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    const problems = rag({
      columns: [{ id: 'a', label: 'A' }],
      rows: [
        { label: 'First', cells: { a: 'Red' } },
        row,
        { label: 'Third', cells: hostile },
        { label: 'Fourth', cells: proxy },
      ],
    });
    expect(problems.map((p) => [p.path, p.message])).to.deep.equal([
      [
        'rows[1].cells',
        'could not be read: reading it raised an error (Error: no access): give plain data (for example JSON.parse(JSON.stringify(data)))',
      ],
      [
        'rows[2].cells',
        'should be a group of named values in { }, not an object that cannot be read (a Proxy or a getter that fails), not plain data: write it as { "name": value, … }',
      ],
      [
        'rows[3].cells',
        'should be a group of named values in { }, not an object that cannot be read (a Proxy or a getter that fails), not plain data: write it as { "name": value, … }',
      ],
    ]);
  });
});

describe('prototype words are just words', () => {
  const NAMES = Object.getOwnPropertyNames(Object.prototype);
  const native = /native code|function|\[object/;

  /** Every problem has a place and a message of words, never a function's text. */
  function inPlace(problems: Problem[], path: string): void {
    expect(
      problems.some((p) => p.path.startsWith(path)),
      `a problem at ${path}`,
    ).to.equal(true);
    for (const line of texts(problems)) expect(line).to.not.match(native);
  }

  for (const name of NAMES) {
    it(`reads ${JSON.stringify(name)} as an ordinary unknown word everywhere`, () => {
      expect(readStatus(name).kind).to.equal('invalid');
      expect(readStatus(name, ratingMap({ Good: 'green' })).kind).to.equal('invalid');
      expect(readPolarity(name)).to.equal(undefined);
      expect(builtInScale(name)).to.equal(undefined);
      for (const scale of Object.values(SCALES)) expect(readGrade(scale, name).kind).to.equal('invalid');
      expect(dueFromTimescale(name, 14_610).ok).to.equal(false);
      expect(dueFromTimescale(`Within ${name} days`, 14_610).ok).to.equal(false);
      expect(parsePeriod(name).ok).to.equal(false);
      const columns = [{ id: 'a', label: 'A' }];
      inPlace(grid({ columns, rows: [{ label: 'Row', grades: { a: name } }] }), 'rows[0].grades');
      inPlace(grid({ columns, rows: [{ label: 'Row', grades: { [name]: 'Good' } }] }), 'rows[0].grades');
      inPlace(grid({ scale: name, columns, rows: [{ label: 'Row', grades: { a: 'Good' } }] }), 'scale');
      inPlace(rag({ columns, rows: [{ label: 'Row', cells: { a: name } }] }), 'rows[0].cells.a');
      inPlace(rag({ columns, rows: [{ label: 'Row', cells: { a: { rating: name } } }] }), 'rows[0].cells.a');
      inPlace(rag({ columns, rows: [{ label: 'Row', cells: { [name]: 'Red' } }] }), 'rows[0].cells');
      inPlace(rag({ columns, map: { Good: name }, rows: [{ label: 'Row', cells: { a: 'Good' } }] }), 'map');
      const series = [{ period: '2010', value: 1 }];
      inPlace(sparkline({ label: 'KPI', polarity: name, series }), 'polarity');
      inPlace(sparkline({ label: 'KPI', series: [{ period: name, value: 1 }] }), 'series[0]');
      const action = (a: Record<string, unknown>) =>
        actions({ published: '2010-01-01', actions: [{ title: 'Do it', timescale: 'Within 3 days', ...a }] });
      inPlace(action({ timescale: name }), 'actions[0]');
      inPlace(action({ timescale: `Within ${name} days` }), 'actions[0]');
      inPlace(action({ status: name }), 'actions[0]');
    });
  }
});

describe('one bad action is one bad action', () => {
  for (const timescale of [
    'Within 999999999 days',
    'Within 999999999 months',
    'Within 999999999 working days',
    'Within constructor days',
  ]) {
    it(`refuses ${JSON.stringify(timescale)} at its action, and draws the rest`, () => {
      const problems = actions({
        published: '2010-01-01',
        actions: [
          { title: 'Bad', timescale },
          { title: 'Good', timescale: 'Within 3 days' },
        ],
      });
      expect(problems.map((p) => p.path)).to.deep.equal(['actions[0].timescale']);
    });
  }

  it('refuses dates outside 1900 to 2100, saying so', () => {
    expect(plain(dueFromTimescale('Within 90000 days', 14_610))).to.deep.equal({
      ok: false,
      message:
        '"Within 90000 days" gives a due date that is outside the years the kit reads (1900 to 2100): check the year and the number',
    });
    for (const text of ['31 March 9999', '1066', '1899-12-31', '2101-01-01']) {
      const reading = parsePeriod(text);
      expect(reading.ok ? 'read' : reading.message).to.equal(
        `${JSON.stringify(text)} is outside the years the kit reads (1900 to 2100): check the year`,
      );
    }
    expect(parsePeriod('1900-01-01').ok).to.equal(true);
    expect(parsePeriod('2100-12-31').ok).to.equal(true);
  });
});

describe('a KPI whose points carry thousands of other keys', () => {
  it('reads a point by its own fields, never by listing every key it has (the work would grow with the keys it ignores)', () => {
    let listed = 0;
    const extra: Record<string, number> = {};
    for (let k = 0; k < 2000; k++) extra[`k${k}`] = k;
    const series = Array.from(
      { length: 600 },
      (_, i) =>
        new Proxy(
          { ...extra, period: `Q${(i % 4) + 1} 2009/10`, value: `${i}%` },
          {
            ownKeys(target) {
              listed++;
              return Reflect.ownKeys(target);
            },
          },
        ),
    );
    const read = readWith(kpi, { ref: 'X', unit: 'percent', series }, '');
    expect(read.value!.series.length).to.equal(500);
    expect(read.value!.series[1]!.value).to.equal(1);
    expect(listed).to.equal(0);
  });
});
