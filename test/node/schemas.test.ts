/**
 * The JSON Schemas in `schemas/` accept what the kit accepts: every fixture, each lenient form the readers take,
 * and reject what they reject. Each inline example is also given to the kit's own reader, so the two cannot
 * part silently.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { expect } from 'chai';
import { parsePeriod } from '../../src/core/periods.js';
import { type GradeScale, readGrade, SCALES } from '../../src/core/scales.js';
import { MAX_DEPTH, MAX_ITEMS, MAX_TEXT, MAX_VALUES, readWith, type Schema } from '../../src/core/schema.js';
import { JSON_SCHEMAS } from '../../src/core/schemas.js';
import { judgementGrid } from '../../src/core/shapes/judgements.js';
import { kpi, kpiDocument } from '../../src/core/shapes/kpi.js';
import { ragMatrix } from '../../src/core/shapes/rag.js';
import { timeline } from '../../src/core/shapes/timeline.js';
import { dueFromTimescale } from '../../src/core/timescales.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const schemaDir = join(root, 'schemas');
const files = readdirSync(schemaDir).filter((f) => f.endsWith('.json'));
const shipped = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(schemaDir, file), 'utf8')) as Record<string, unknown>;

const newAjv = () => new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
const ajv = newAjv();
for (const file of files) ajv.addSchema(shipped(file));

type FileName =
  | 'judgement-grid.json'
  | 'rag-matrix.json'
  | 'kpi.json'
  | 'kpis.json'
  | 'deadline-timeline.json';

function validates(file: FileName, value: unknown): { ok: boolean; errors: string } {
  const validate = ajv.getSchema(String(shipped(file).$id));
  if (!validate) throw new Error(`${file} is not compiled`);
  const ok = validate(value) === true;
  return { ok, errors: ajv.errorsText(validate.errors, { separator: '\n' }) };
}

function expectValid(file: FileName, value: unknown, what: string): void {
  const { ok, errors } = validates(file, value);
  expect(ok, `${file} rejects ${what}:\n${errors}`).to.equal(true);
}

function expectInvalid(file: FileName, value: unknown, what: string): void {
  expect(validates(file, value).ok, `${file} accepts ${what}`).to.equal(false);
}

/** Whether the kit's reader takes a document without a problem. */
function reads(shape: Schema<unknown>, value: unknown): boolean {
  return readWith(shape, value).problems.length === 0;
}

describe('schemas/', () => {
  it('holds the five schemas, as the code writes them (run npm run build after changing a shape)', () => {
    expect(files.sort()).to.deep.equal(Object.keys(JSON_SCHEMAS).sort());
    for (const file of files) expect(shipped(file), file).to.deep.equal(JSON_SCHEMAS[file]);
  });

  for (const file of files) {
    it(`${file} compiles with ajv in strict mode`, () => {
      expect(() => newAjv().compile(shipped(file))).not.to.throw();
    });
  }
});

/** Every sub-schema of a schema, with its JSON pointer. */
function* nodes(value: unknown, at = '#'): Generator<[string, Record<string, unknown>]> {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* nodes(v, `${at}/${i}`);
    return;
  }
  const node = value as Record<string, unknown>;
  yield [at, node];
  for (const [key, v] of Object.entries(node))
    if (key !== 'enum' && key !== 'const') yield* nodes(v, `${at}/${key}`);
}

describe('the schemas state the caps a widget reads to (issue 19), from the constants the readers use', () => {
  for (const [file, schema] of Object.entries(JSON_SCHEMAS)) {
    it(`${file}: every list has maxItems and every map maxProperties at most MAX_ITEMS; the root says the budget`, () => {
      const lists = [...nodes(schema)].filter(([, n]) => n.type === 'array');
      const maps = [...nodes(schema)].filter(
        ([, n]) => n.type === 'object' && typeof n.additionalProperties === 'object',
      );
      expect(lists.length, 'lists').to.be.above(0);
      for (const [at, n] of lists) {
        expect(n.maxItems, `${at} maxItems`).to.be.a('number');
        expect(n.maxItems as number, `${at} maxItems`).to.be.at.most(MAX_ITEMS);
      }
      for (const [at, n] of maps) expect(n.maxProperties, `${at} maxProperties`).to.equal(MAX_ITEMS);
      const description = String(schema.description);
      for (const n of [MAX_ITEMS, MAX_VALUES, MAX_TEXT, MAX_DEPTH])
        expect(description, 'root description').to.contain(n.toLocaleString('en-GB'));
    });
  }

  it('caps the maps an editor writes: grades, cells and the rating map at MAX_ITEMS names', () => {
    const grid = JSON_SCHEMAS['judgement-grid.json'] as {
      $defs: Record<string, { properties: Record<string, { maxProperties?: number }> }>;
    };
    const row = Object.values(grid.$defs).find((d) => d.properties?.grades);
    expect(row?.properties.grades?.maxProperties).to.equal(MAX_ITEMS);
    const rag = JSON_SCHEMAS['rag-matrix.json'] as {
      properties: Record<
        string,
        { maxProperties?: number; items?: { properties: Record<string, { maxProperties?: number }> } }
      >;
    };
    expect(rag.properties.map?.maxProperties).to.equal(MAX_ITEMS);
    expect(rag.properties.rows?.items?.properties.cells?.maxProperties).to.equal(MAX_ITEMS);
    expect(rag.properties.rows).to.include({ maxItems: MAX_ITEMS });
  });
});

describe('the fixtures validate against the schemas their widgets read them with', () => {
  // As the demo pages and stories select them: src="…-report.json" select="<part>".
  const parts: [fixture: string, part: string, file: FileName, shape: Schema<unknown>][] = [
    ['leeds-report.json', 'inspection2010', 'judgement-grid.json', judgementGrid],
    ['leeds-report.json', 'progress2009', 'rag-matrix.json', ragMatrix],
    ['leeds-report.json', 'indicators', 'kpis.json', kpiDocument],
    ['leeds-report.json', 'actions2010', 'deadline-timeline.json', timeline],
    ['derby-report.json', 'inspection2011', 'judgement-grid.json', judgementGrid],
    ['derby-report.json', 'actions2011', 'deadline-timeline.json', timeline],
  ];
  for (const [fixture, part, file, shape] of parts) {
    it(`${fixture} ${part} (${file})`, () => {
      const doc = JSON.parse(readFileSync(join(root, 'test/fixtures', fixture), 'utf8')) as Record<
        string,
        unknown
      >;
      expect(reads(shape, doc[part]), 'the kit reads it').to.equal(true);
      expectValid(file, doc[part], `${fixture} ${part}`);
      if (file === 'kpis.json') {
        for (const one of (doc[part] as { kpis: { ref: string }[] }).kpis) {
          expectValid('kpi.json', one, `${fixture} ${part} ${one.ref}`);
        }
      }
    });
  }
});

/**
 * Each example is checked with the kit first (`kit` says whether it reads it), then with the schema, which must
 * say the same.
 */
function agree(
  file: FileName,
  kit: (value: unknown) => boolean,
  build: (example: unknown) => unknown,
  accepted: unknown[],
  rejected: unknown[],
): void {
  for (const example of accepted) {
    const value = build(example);
    expect(kit(value), `the kit reads ${JSON.stringify(example)}`).to.equal(true);
    expectValid(file, value, JSON.stringify(example));
  }
  for (const example of rejected) {
    const value = build(example);
    expect(kit(value), `the kit rejects ${JSON.stringify(example)}`).to.equal(false);
    expectInvalid(file, value, JSON.stringify(example));
  }
}

describe('kpi.json accepts the forms the reader takes, and no others', () => {
  const readsKpi = (v: unknown) => reads(kpi, v);
  const withSeries = (fields: Record<string, unknown>) => ({
    series: [{ period: '2009/10', value: 1 }],
    ...fields,
  });

  it('polarity: its words in any case, runs of spaces as one', () => {
    agree(
      'kpi.json',
      readsKpi,
      (polarity) => withSeries({ polarity }),
      ['up', 'Rise', 'FALL', ' Bell   Shaped ', 'bell-shaped', 'Higher is better', 'range'],
      ['sideways', 'ris e', 'risen', '', 3],
    );
  });

  it('numbers: a number, or text holding a plain decimal with comma thousands', () => {
    agree(
      'kpi.json',
      readsKpi,
      (value) => withSeries({ series: [{ period: '2009/10', value }] }),
      [12, -3.25, '1,234.5', ' 12 ', '-3', '.5', '+0.5', '1,000,000', null],
      ['12%', '1e3', '1,23', '1.', 'twelve', '', ' ', true],
    );
  });

  it('numbers with a minimum: tolerance at least 0, rate at least 1, also when given as text', () => {
    agree(
      'kpi.json',
      readsKpi,
      (tolerance) => withSeries({ tolerance }),
      [0, 2.5, '0', '-0', ' 2.5 ', '1,000'],
      [-1, '-1', '-0.5', ' -.5'],
    );
    agree(
      'kpi.json',
      readsKpi,
      (rate) => withSeries({ unit: { rate } }),
      [1, 10000, '10,000', '1', '+1.5', '0,001'],
      [0, 0.5, '0.5', '0', '-2', '.9', '00.5'],
    );
  });

  it('yes/no: true and false, or their words in any case', () => {
    agree(
      'kpi.json',
      readsKpi,
      (provisional) => withSeries({ series: [{ period: '2009/10', value: 1, provisional }] }),
      [true, false, 'Yes', ' n ', 'TRUE', 'no', '1', '0', ''],
      ['maybe', 'yess', 'on', 1],
    );
  });

  it('periods: dates, months, financial years, their quarters and years, in any case', () => {
    agree(
      'kpi.json',
      readsKpi,
      (period) => withSeries({ series: [{ period, value: 1 }] }),
      [
        '2010-03-31',
        '2010-03-31T10:00:00Z',
        '31/03/2010',
        '7 January 2010',
        '7th Jan 2010',
        ' Sept. 2010 ',
        'MARCH 2010',
        '2010-03',
        '2009/10',
        'FY 2009-2010',
        'fy2009/10',
        '2009 to 2010',
        'Q1 2010/11',
        '2010/11 q1',
        'Q4   FY2009/10',
        '2009',
        2009,
        'Mar-10',
        'mar-2010',
        '31-Mar-10',
        '7-Jan-2010',
        '2018/19 academic year',
        'AY 2018/19',
        'academic year 2018/2019',
        'Spring term 2024/25',
        '2024/25 autumn and spring term',
        'As at 31 March 2025',
        'at 31/03/2025',
      ],
      [
        '201819',
        'at 31 March',
        'Spring term',
        'Q1 2010',
        'Q4',
        'March',
        '2010-13',
        '2010-03-32',
        '32/01/2010',
        'Marchember 2010',
        'sometime',
        2009.5,
        20091,
        40268,
        '31-Feb-10x',
      ],
    );
  });

  it('text: a number is taken as text, blank text is not', () => {
    agree('kpi.json', readsKpi, (title) => withSeries({ title }), ['NI 59', 59], ['', '   ']);
  });
});

describe('judgement-grid.json accepts the grade forms, on a built-in scale or the data’s own', () => {
  const grid = (grade: unknown, scale?: unknown) => ({
    ...(scale === undefined ? {} : { scale }),
    columns: [{ id: 'sg', label: 'Safeguarding' }],
    rows: [{ label: 'Overall', grades: {}, children: [{ label: 'Leadership', grades: { sg: grade } }] }],
  });
  // The grid reads a grade on the data's scale, or on the built-in scale its `scale` attribute names.
  const onScale = (scales: GradeScale[]) => (doc: unknown) => {
    const read = readWith(judgementGrid, doc);
    const cell = read.value?.rows[0]?.children?.[0]?.grades?.sg;
    if (cell !== null && typeof cell === 'object' && 'narrative' in cell) return read.problems.length === 0;
    const grade = cell !== null && typeof cell === 'object' ? cell.grade : cell;
    return read.problems.length === 0 && scales.some((s) => readGrade(s, grade ?? null).kind !== 'invalid');
  };
  const builtIn = Object.values(SCALES);

  it('a label in any case, the number, both (which must agree), or no judgement', () => {
    for (const scale of [undefined, 'ofsted-4', 'CQC-4']) {
      agree(
        'judgement-grid.json',
        onScale(builtIn),
        (grade) => grid(grade, scale),
        [
          'Adequate',
          'ADEQUATE',
          ' requires   improvement ',
          'Requires improvement to be good',
          3,
          '3',
          'grade  3',
          'Grade 03',
          'Grade 3 (Adequate)',
          '3 - Adequate',
          '3 – requires improvement',
          '2: Good',
          'Adequate (3)',
          'Satisfactory (Grade 3)',
          '5 Very Good',
          'Grade 5 - Very good',
          'Very Good (5)',
          6,
          'Needs attention',
          'not met',
          'Requires significant improvement',
          'Not rated',
          { grade: 'Good', note: 'rated as good' },
          { narrative: 'Estyn gives no grade: this is what the report says.' },
          null,
          '',
          '  ',
          'n/a',
          'Not Judged',
          'not applicable',
          // In Welsh (issue 22): a grade's Welsh word, with its number, and no judgement.
          'Da',
          'rhaid gwella',
          '2 (Da)',
          'Annigonol (4)',
          'Heb ei farnu',
          'amh.',
        ],
        [
          'Adequte',
          7,
          0,
          2.5,
          '7',
          'Grade 2 (Adequate)',
          'Good (3)',
          'Grade',
          { grade: 'Adequte' },
          'amhX',
          'Daa',
          '3 (Da)',
        ],
      );
    }
  });

  it('a grade on the data’s own scale', () => {
    const custom = {
      id: 'medals',
      name: 'medal scale',
      grades: [
        { value: 1, label: 'Gold' },
        { value: 2, label: 'Silver', aliases: ['Argent'] },
      ],
    };
    // With its own scale, the data's labels are the grades: the schema cannot know them, so it takes any text.
    const readsCustom = onScale([{ ...custom, grades: custom.grades.map((g) => ({ ...g })) }]);
    agree(
      'judgement-grid.json',
      readsCustom,
      (grade) => grid(grade, custom),
      ['Gold', 'argent', '2 (Silver)'],
      [],
    );
  });

  it('scale: a built-in scale id in any case', () => {
    agree(
      'judgement-grid.json',
      (doc) => reads(judgementGrid, doc),
      (scale) => grid('Good', scale),
      ['ofsted-4', ' OFSTED-RI ', 'progress-4'],
      ['ofsted-5', 'ofsted 4', ''],
    );
  });
});

describe('rag-matrix.json', () => {
  it('map: status words in any case', () => {
    agree(
      'rag-matrix.json',
      (doc) => reads(ragMatrix, doc),
      (status) => ({ map: { Sound: status }, columns: [{ id: 'a', label: 'A' }], rows: [] }),
      ['amber', 'AMBER', ' Grey '],
      ['orange', 'A', ''],
    );
  });
});

describe('deadline-timeline.json', () => {
  const published = parsePeriod('2010-01-07');
  if (!published.ok) throw new Error(published.message);
  // The timeline counts a timescale only when the action has no `due`.
  const readsTimeline = (doc: unknown) => {
    const read = readWith(timeline, doc);
    const action = read.value?.actions[0];
    if (read.problems.length || !action) return false;
    if (action.due !== undefined) return true;
    return action.timescale !== undefined && dueFromTimescale(action.timescale, published.period.start).ok;
  };
  const withAction = (fields: Record<string, unknown>) => ({
    published: '2010-01-07',
    actions: [{ title: 'Refresh the plan', ...fields }],
  });

  it('timescales it can count, when there is no due date', () => {
    agree(
      'deadline-timeline.json',
      readsTimeline,
      (timescale) => withAction({ timescale }),
      [
        'Immediately',
        ' IMMEDIATE ',
        'Within three months',
        'within 6 weeks of the report',
        'Within a month of the inspection',
        'Within 10 days',
        'By March 2010',
        'by 31/03/2010',
        'by  Q4 2009/10',
      ],
      ['Within thirteen months', 'within 0 days', 'Within three years', 'soon', 'by Q4', 'by', ''],
    );
  });

  it('any timescale with a due date; neither is not placed', () => {
    expect(readsTimeline(withAction({ timescale: 'soon', due: '2010-03-31' }))).to.equal(true);
    expectValid('deadline-timeline.json', withAction({ timescale: 'soon', due: '2010-03-31' }), 'a due date');
    expect(readsTimeline(withAction({}))).to.equal(false);
    expectInvalid('deadline-timeline.json', withAction({}), 'an action with no due date or timescale');
  });

  it('due dates: periods, Excel’s d-mmm-yy, and Excel serial numbers (a date field only)', () => {
    agree(
      'deadline-timeline.json',
      readsTimeline,
      (due) => withAction({ due }),
      ['2010-03-31', '31-Mar-10', 'Mar-10', '31 Mawrth 2010', 'Medi 2009', 40268, ' 40268 ', 2010],
      [402680, 40268.5, '4026x', 'Q4', 'Mawr 2010'],
    );
  });

  it('status words in any case, runs of spaces as one; milestone as yes/no', () => {
    agree(
      'deadline-timeline.json',
      readsTimeline,
      (status) => withAction({ due: '2010-03-31', status }),
      ['done', 'Completed', ' in   progress ', 'ONGOING', 'Not Started'],
      ['finished', 'inprogress', ''],
    );
    agree(
      'deadline-timeline.json',
      readsTimeline,
      (milestone) => withAction({ due: '2010-03-31', milestone }),
      [true, 'yes', 'N'],
      ['sometimes'],
    );
  });
});

describe('kpi.json: symbols and flags in a point’s value, as the reader takes them (symbols.ts)', () => {
  const readsKpi = (v: unknown) => reads(kpi, v);
  const withValue = (unit: string) => (value: unknown) => ({ unit, series: [{ period: '2009/10', value }] });

  it('symbols: bare or bracketed, any case, space around; the seed’s "Full data unavailable" words', () => {
    agree(
      'kpi.json',
      readsKpi,
      withValue('count'),
      [
        'c',
        '[C]',
        ' [ low ] ',
        'LOW',
        'x',
        'z',
        'k',
        'u',
        ':',
        '..',
        '[..]',
        'Full data unavailable at the time of report publication',
      ],
      ['cc', '[c', 'c x', '...', 'n/a', '[full data unavailable]', 'lower'],
    );
  });

  it('flags after a number: p, r, e, bare or bracketed; in a per cent KPI the sign may come before them', () => {
    agree(
      'kpi.json',
      readsKpi,
      withValue('count'),
      ['12.3p', '12.3 [p]', '45 [r]', '7e', '7 [E]', '1,234 [p] [r]', '-0.5 [e][p]'],
      ['12.3pe', '12 per', 'p', '[r]', '76.5% [p]', '1e5'],
    );
    agree(
      'kpi.json',
      readsKpi,
      withValue('percent'),
      ['76.5% [p]', '76.5%p', '76.5 [r]'],
      ['76.5%% [p]', '%p'],
    );
  });
});
