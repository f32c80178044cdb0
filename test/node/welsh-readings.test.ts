/**
 * The readings area's problems in Welsh (i18n/areas/readings.ts): every message key is produced by a reader
 * (periods, timescales, bank holidays) or a widget's layout, and each problem, shown in `cy`, is in Welsh (not
 * the English, no `{hole}` left), its English as it was; a place the kit writes is in Welsh too.
 */
import { expect } from 'chai';
import { layoutTimeline } from '../../src/components/deadline-timeline/deadline-timeline.layout.js';
import {
  columnScalesAttribute,
  layoutJudgementGrid,
} from '../../src/components/judgement-grid/judgement-grid.layout.js';
import { layoutKpi } from '../../src/components/kpi-sparkline/kpi-sparkline.layout.js';
import { layoutRagMatrix } from '../../src/components/rag-matrix/rag-matrix.layout.js';
import type { HolidayRegion } from '../../src/core/bank-holidays.js';
import { EN } from '../../src/core/i18n/areas/readings.js';
import { CY } from '../../src/core/i18n/index.js';
import { dayNumber, eesPeriod, type PeriodOptions, parsePeriod } from '../../src/core/periods.js';
import { type Problem, problemIn, type Said } from '../../src/core/problems.js';
import { expectedIn, readContext, readWith, type Schema } from '../../src/core/schema.js';
import { judgementGrid } from '../../src/core/shapes/judgements.js';
import { kpi } from '../../src/core/shapes/kpi.js';
import { ragMatrix } from '../../src/core/shapes/rag.js';
import { timeline } from '../../src/core/shapes/timeline.js';
import { dueFromTimescale } from '../../src/core/timescales.js';

type Key = keyof typeof EN;

/** A reading that failed (a period's, a timescale's) as a problem, its words passed on as a layout passes them. */
function asProblem(reading: { ok: boolean } & Partial<Said>): Problem[] {
  if (reading.ok || reading.message === undefined) throw new Error('read');
  return [{ path: 'value', message: reading.message, ...(reading.say ? { say: reading.say } : {}) }];
}

const period = (raw: unknown, opts?: PeriodOptions) => asProblem(parsePeriod(raw, opts));
const ees = (code: string, identifier: string) => asProblem(eesPeriod(code, identifier));
const due = (text: string, published?: number, holidays?: HolidayRegion) =>
  asProblem(dueFromTimescale(text, published, holidays));

/** The problems of a widget's data: the schema's (none expected) and its layout's. */
function laidOut<T>(schema: Schema<T>, doc: unknown, layout: (value: T) => { problems: Problem[] }) {
  const read = readWith(schema, doc);
  expect(read.problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([]);
  return layout(read.value!).problems;
}

const columns = [
  { id: 'a', label: 'March 2025', date: '2025-03-01' },
  { id: 'b', label: 'March 2026', date: '2026-01-01' },
];
const grid = (doc: object, opts: Parameters<typeof layoutJudgementGrid>[2] = {}) =>
  laidOut(judgementGrid, { columns, rows: [{ label: 'Inclusion', grades: {} }], ...doc }, (v) =>
    layoutJudgementGrid(v, '', { locale: 'en-GB', ...opts }),
  );
function columnScales(value: unknown): Problem[] {
  const ctx = readContext();
  columnScalesAttribute().read(value, 'column-scales', ctx);
  return ctx.problems;
}
const rag = (cell: object) =>
  laidOut(
    ragMatrix,
    { columns: [{ id: 'q1', label: 'Q1' }], rows: [{ label: 'Housing', cells: { q1: cell } }] },
    (v) => layoutRagMatrix(v, '', { locale: 'en-GB' }),
  );
const sparkline = (doc: object) =>
  laidOut(kpi, { title: 'Rent collected', ...doc }, (v) => layoutKpi(v, '', { locale: 'en-GB' }));
const actions = (action: object) =>
  laidOut(timeline, { actions: [{ title: 'Review the plan', ...action }] }, (v) =>
    layoutTimeline(v, 'actions', { width: 720, locale: 'en-GB', asOf: '2026-11-20' }),
  );

/** Each case: the keys it uses, the problems it makes, and words its Welsh holds (the key's own). */
const CASES: { keys: Key[]; make: () => Problem[]; welsh: string }[] = [
  { keys: ['period.value', 'period.notText'], make: () => period(true), welsh: 'true: nid yw’n gyfnod' },
  { keys: ['period.notPeriod'], make: () => period('banana'), welsh: 'neu flwyddyn (2009)' },
  {
    keys: ['period.notAcademicYear'],
    make: () => period('2018/20 academic year'),
    welsh: 'nid yw’n flwyddyn academaidd',
  },
  { keys: ['period.notTerm'], make: () => period('Spring term 2024/26'), welsh: 'nid yw’n dymor' },
  { keys: ['period.notFinancialYear'], make: () => period('2009/11'), welsh: 'nid yw’n flwyddyn ariannol' },
  { keys: ['period.notQuarter'], make: () => period('Q1 2010/12'), welsh: 'nid yw’n chwarter' },
  { keys: ['period.notMonth'], make: () => period('2010-13'), welsh: 'nid yw’n fis' },
  { keys: ['period.unknownMonth'], make: () => period('7 Janvier 2010'), welsh: 'nid yw’r pecyn yn adnabod' },
  { keys: ['period.notRealDate'], make: () => period('2010-02-30'), welsh: 'nid yw’n ddyddiad go iawn' },
  {
    keys: ['period.twoDigitYear'],
    make: () => period('Mar-35'),
    welsh: 'ysgrifennwch y flwyddyn yn llawn (e.e. Mar-2035 neu Mar-1935)',
  },
  {
    keys: ['period.monthOrDay'],
    make: () => period('Mar 10'),
    welsh:
      'ysgrifennwch Mar-10 neu March 2010; ar gyfer y diwrnod, dyddiad gyda’i flwyddyn, e.e. 10 March 2010',
  },
  { keys: ['period.serial'], make: () => period('40268'), welsh: 'neu ysgrifennwch: 2010-03-31' },
  { keys: ['period.monthNoYear'], make: () => period('March'), welsh: 'e.e. "March 2010" neu "2010-03"' },
  { keys: ['period.termNoYear'], make: () => period('Spring term'), welsh: 'e.e. "Spring term 2024/25"' },
  { keys: ['period.quarterNoYear'], make: () => period('Q4'), welsh: 'e.e. "Q4 2009/10"' },
  { keys: ['period.snapshotNoYear'], make: () => period('As at 31 March'), welsh: 'ddyddiad y cipolwg' },
  {
    keys: ['period.notSnapshot'],
    make: () => period('As at March 2025'),
    welsh: 'nid yw’n ddyddiad cipolwg',
  },
  { keys: ['period.calendarQuarter'], make: () => period('Q1 2010'), welsh: 'fel "Q1 2010/11"' },
  {
    keys: ['period.yearCode'],
    make: () => period('201819'),
    welsh: '(Ebrill 2018 i Fawrth 2019)',
  },
  {
    keys: ['period.monthOrAcademicYear'],
    make: () => period('2011-12', { periodType: 'academic-year' }),
    welsh: 'y mis December 2011, y flwyddyn academaidd 2011/12',
  },
  {
    keys: ['period.outOfYears', 'period.outside'],
    make: () => period('1066'),
    welsh: '"1066": mae’r dyddiad y tu allan i’r blynyddoedd y mae’r pecyn yn eu darllen (1900 i 2100)',
  },
  { keys: ['period.ees.empty'], make: () => ees('', 'Academic year'), welsh: 'mae time_period yn wag' },
  {
    keys: ['period.ees.notSix', 'period.ees.academicYear'],
    make: () => ees('2024', 'Academic year'),
    welsh: 'nid yw’n god blwyddyn academaidd: ysgrifennwch chwe digid',
  },
  {
    keys: ['period.ees.notPair', 'period.ees.financialYear'],
    make: () => ees('202426', 'Financial year'),
    welsh: 'nid yw’n god blwyddyn ariannol: rhaid i’r ail flwyddyn',
  },
  { keys: ['period.ees.year'], make: () => ees('20', 'January'), welsh: 'nid yw’n god blwyddyn:' },
  { keys: ['period.ees.notFour'], make: () => ees('202425', 'Calendar year'), welsh: 'flwyddyn galendr' },
  {
    keys: ['period.ees.monthAmbiguous'],
    make: () => ees('202425', 'April'),
    welsh: 'April 2024 (blwyddyn ariannol 2024/25), April 2025 (blwyddyn academaidd 2024/25)',
  },
  {
    keys: ['period.ees.unknownIdentifier', 'period.ees.quarters', 'period.ees.aMonth'],
    make: () => ees('202425', 'Week 5'),
    welsh:
      'defnyddiwch "Academic year", "Financial year", "Calendar year", "Reporting year", "Autumn term", "Spring term", "Summer term", "Autumn and spring term", "Financial year Q1" i "Financial year Q4" neu unrhyw fis ("January" i "December")',
  },
  { keys: ['timescale.needsPublished'], make: () => due('Immediately'), welsh: 'o ddyddiad cyhoeddi' },
  {
    keys: ['timescale.needsInspected'],
    make: () => due('Within 70 working days of the inspection'),
    welsh: 'mae’n cyfrif o’r arolygiad',
  },
  { keys: ['timescale.badNumber'], make: () => due('Within zero days', 14_610), welsh: 'o "one" i "twelve"' },
  {
    keys: ['timescale.outOfYears', 'period.outOfYears'],
    make: () => due('Within 90000 days', 14_610),
    welsh: 'dyddiad cau sydd y tu allan i’r blynyddoedd',
  },
  ...(
    [
      ['england-and-wales', 'Cymru a Lloegr'],
      ['scotland', 'yr Alban'],
      ['northern-ireland', 'Gogledd Iwerddon'],
    ] as const
  ).map(([region, name]) => ({
    keys: ['timescale.holidaysUnknown', `holiday.${region}`] as Key[],
    make: () => due('Within 20 working days', dayNumber(2035, 12, 20), region),
    welsh: `dim ond gwyliau banc ${name} o 2000 i 2035`,
  })),
  {
    keys: ['timescale.notTimescale'],
    make: () => due('Soonish', 14_610),
    welsh: '"Soonish": nid yw’n amserlen',
  },
  {
    keys: ['layout.grid.notColumnScales', 'layout.grid.columnScalesHow'],
    make: () => columnScales(3),
    welsh: '3: nid yw’n rhestr o golofnau a graddfeydd: ysgrifennwch bob colofn',
  },
  {
    keys: ['layout.grid.notColumnScale'],
    make: () => columnScales('Safeguarding'),
    welsh: '"Safeguarding": nid yw’n golofn a’i graddfa',
  },
  {
    keys: ['layout.grid.columnNotScale'],
    make: () => columnScales('Safeguarding: ofsted-safeguardin'),
    welsh:
      'i’r golofn "Safeguarding" (graddfa: "ofsted-safeguardin") (ai "ofsted-safeguarding" oedd dan sylw?)',
  },
  {
    keys: ['layout.grid.valueTwice'],
    make: () =>
      grid({
        scale: {
          id: 'own',
          name: 'pass scale',
          grades: [
            { value: 1, label: 'Pass' },
            { value: 1, label: 'Fail' },
          ],
        },
      }),
    welsh: '1: mae dwy radd yn defnyddio’r rhif hwn',
  },
  {
    keys: ['layout.grid.notColumn'],
    make: () => grid({}, { columnScales: [{ column: 'March 2024', scale: 'ofsted-report-card' }] }),
    welsh: '"March 2024": nid yw’n golofn: defnyddiwch "March 2025" neu "March 2026"',
  },
  {
    keys: ['layout.grid.beforeScale'],
    make: () => grid({ scale: 'ofsted-report-card' }),
    welsh: 'sef 10 Tachwedd 2025',
  },
  {
    keys: ['layout.grid.outOfOrder'],
    make: () =>
      grid(
        {
          columns: [
            { id: 'a', label: '2026', date: '2026-03-01' },
            { id: 'b', label: '2025', date: '2025-03-01' },
          ],
        },
        { compare: true },
      ),
    welsh: 'mae’n gynharach na’r golofn o’i blaen',
  },
  {
    keys: ['layout.rag.noStatus'],
    make: () => rag({ note: 'n/a' }),
    welsh: 'does dim statws y gall ei ddangos',
  },
  { keys: ['layout.rag.noTarget'], make: () => rag({ value: 3 }), welsh: 'mae gwerth ond dim targed' },
  {
    keys: ['layout.rag.noPolarity'],
    make: () => rag({ value: 3, target: 4 }),
    welsh: 'nid yw’n dweud pa ffordd sy’n well',
  },
  {
    keys: ['layout.rag.polarityNone'],
    make: () => rag({ value: 3, target: 4, polarity: 'none' }),
    welsh: 'nad oes dim yn cael ei farnu',
  },
  {
    keys: ['layout.kpi.periodTwice'],
    make: () =>
      sparkline({
        series: [
          { period: '2009/10', value: 1 },
          { period: '2009/10', value: 2 },
        ],
      }),
    welsh: '"2009/10": mae’n ymddangos ddwywaith yn y gyfres',
  },
  {
    keys: ['layout.kpi.rangeWithout'],
    make: () => sparkline({ polarity: 'range', series: [{ period: '2009/10', value: 1 }] }),
    welsh: 'mae’n ystod (Bell Shaped)',
  },
  {
    keys: ['layout.timeline.noDue'],
    make: () => actions({}),
    welsh: 'rhowch ddyddiad ("due") neu amserlen ("timescale") iddo (fel "Within three months")',
  },
  {
    keys: ['layout.timeline.completedNotDone'],
    make: () => actions({ due: '2026-03-31', completed: '2026-03-30', status: 'in progress' }),
    welsh: 'statws y cam gweithredu yw: "in progress"',
  },
];

describe('the readings area in Welsh', () => {
  it('every message key of the area is produced by a case', () => {
    const covered = new Set<string>(CASES.flatMap((c) => c.keys));
    // What the column-scales attribute expects, said inside other messages.
    expect(expectedIn(columnScalesAttribute().expected, 'cy')).to.equal('colofnau a’u graddfeydd');
    covered.add('layout.grid.columnScalesExpected');
    expect(Object.keys(EN).filter((k) => !covered.has(k as Key))).to.deep.equal([]);
  });

  for (const c of CASES) {
    it(`${c.keys.join(', ')}: in Welsh, its English as it was`, () => {
      const problems = c.make();
      expect(problems, 'problems').to.have.length.greaterThan(0);
      const welsh = problems.map((p) => problemIn(p, 'cy').message);
      for (const [i, p] of problems.entries()) {
        expect(p.say, p.message).to.be.a('function');
        expect(problemIn(p, 'en-GB').message).to.equal(p.message);
        expect(welsh[i], p.message).to.not.equal(p.message);
        expect(welsh[i]).to.not.match(/\{\w+\}/);
        if (p.sayWhere) expect(problemIn(p, 'cy').where).to.not.equal(p.where);
      }
      expect(welsh.join('\n')).to.include(c.welsh);
      // The key's own Welsh, its words apart from the holes, is in the message.
      for (const key of c.keys) {
        // The area has no plurals: each entry is one text.
        const parts = (CY[key] as string)
          .split(/\{\w+\}/)
          .map((part) => part.trim())
          .filter((part) => part.length > 3);
        for (const part of parts) expect(welsh.join('\n'), key).to.include(part);
      }
    });
  }

  it('a period an attribute gives keeps its words, and its place is in Welsh', () => {
    const read = readWith(timeline, { actions: [{ title: 'Review the plan', due: '2026-03-31' }] });
    const [p] = layoutTimeline(read.value!, 'actions', { locale: 'en-GB', asOf: '2009/11' }).problems;
    expect(p!.where).to.equal('The as-of attribute');
    expect(problemIn(p!, 'cy')).to.deep.include({
      where: 'Y briodwedd as-of',
      message:
        '"2009/11": nid yw’n flwyddyn ariannol: rhaid i’r ail flwyddyn ddilyn y gyntaf, fel yn 2009/10',
    });
  });

  it('a place the kit writes, an attribute, is in Welsh', () => {
    const problems = grid({}, { scale: 'ofsted-4-pont' });
    const cy = problemIn(problems[0]!, 'cy');
    expect(problems[0]!.where).to.equal('The scale attribute');
    expect(cy.where).to.equal('Y briodwedd scale');
    expect(cy.message).to.include('nid yw’n raddfa');
  });
});
