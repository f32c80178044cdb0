/**
 * The shapes area's problems in Welsh (i18n/areas/shapes.ts): every message key is produced by a reader of a
 * widget's data shape (core/shapes/), and each problem, shown in `cy`, is in Welsh (not the English, no
 * `{hole}` left), its English as it was. A place the kit writes itself (the ref attribute) is in Welsh too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { parseCsv, type Sheet } from '../../src/core/csv.js';
import { EN } from '../../src/core/i18n/areas/shapes.js';
import { eesPeriod, parsePeriod } from '../../src/core/periods.js';
import { type Problem, problemIn, sayIn } from '../../src/core/problems.js';
import { expectedIn, readContext, readWith } from '../../src/core/schema.js';
import { checkColumnKeys, period } from '../../src/core/shapes/common.js';
import { judgementCell, judgementGridFromSheet, scaleRef } from '../../src/core/shapes/judgements.js';
import { kpi, kpisFromSheet, pickRef, point, unit } from '../../src/core/shapes/kpi.js';
import { ragCell, ragMatrixFromSheet, ratingMapAttribute } from '../../src/core/shapes/rag.js';
import { wrongShape } from '../../src/core/shapes/recognise.js';
import { timelineFromSheet } from '../../src/core/shapes/timeline.js';
import { itSaysEachInWelsh, type WelshCase } from '../setup/welsh-case.js';

type Key = keyof typeof EN;

const root = join(import.meta.dirname, '..', '..');
const cin = parseCsv(
  readFileSync(join(root, 'test/fixtures/ees/children-in-need-referrals-2013-to-2025.csv'), 'utf8'),
);
const absence = parseCsv(
  [
    'time_period,time_identifier,geographic_level,country_code,country_name,school_type,sex,sess_overall_percent',
    '202324,Academic year,National,E92000001,England,Total,Total,7.1',
    '202324,Academic year,National,E92000001,England,Total,Boys,7.2',
    '202223,Academic year,National,E92000001,England,Total,Total,7.4',
    '202223,Academic year,National,E92000001,England,Total,Boys,7.5',
  ].join('\n'),
);
const EES_HEADER = 'time_period,time_identifier,geographic_level,country_code,country_name';
/** An EES file with no filter columns, England's pupils in two years (or the rows given). */
const pupils = (rows = ['202324,Academic year,National,E92000001,England,10']) =>
  parseCsv([`${EES_HEADER},pupils`, ...rows].join('\n'));
/** An EES file of 22 local authorities: more areas than a message names. */
const many = parseCsv(
  [
    'time_period,time_identifier,geographic_level,la_name,pupils',
    ...Array.from({ length: 22 }, (_, i) => `202324,Academic year,Local authority,Area ${i + 1},${i}`),
  ].join('\n'),
);
/** England as a country and as a local authority's name. */
const twoLevels = parseCsv(
  [
    'time_period,time_identifier,geographic_level,country_name,la_name,pupils',
    '202324,Academic year,National,England,,10',
    '202324,Academic year,Local authority,,England,4',
  ].join('\n'),
);

const ees = (sheet: Sheet, ref: string | undefined) => kpisFromSheet(sheet, ref).problems;
const kpiCsv = (text: string) => kpisFromSheet(parseCsv(text)).problems;
const timelineCsv = (text: string) => timelineFromSheet(parseCsv(text)).problems;
const gridCsv = (text: string, columns?: string[]) =>
  judgementGridFromSheet(parseCsv(text), columns ? { columns } : {}).problems;

function refPicked(doc: unknown, ref: string | undefined): Problem[] {
  const r = pickRef(doc, ref, '');
  return r.ok ? (r.problems ?? []) : [r.problem];
}

function mapProblems(value: unknown): Problem[] {
  const ctx = readContext();
  ratingMapAttribute().read(value, 'map', ctx);
  return ctx.problems;
}

function columnKeyProblems(): Problem[] {
  const problems: Problem[] = [];
  checkColumnKeys({ zz: 'green' }, new Set(['q1', 'q2']), 'rows[0].cells', problems);
  return problems;
}

const grid = { columns: [], rows: [{ label: 'Overall', grades: {} }] };
const matrix = { columns: [], rows: [{ label: 'Attendance', cells: {} }] };
const onePart = { g: grid, m: matrix };
const twoParts = { g: grid, h: grid, m: matrix };

/** A pasted table (not a CSV) whose columns attribute names a column it lacks. */
const table: Sheet = {
  header: ['Area', 'Safeguarding'],
  rows: [{ cells: ['Overall', 'Good'], row: 2 }],
  source: 'table',
};

/** Each case: the keys it uses, the problems it makes, and words its Welsh holds (the key's own). */
const CASES: WelshCase<Key>[] = [
  // What a reader expects, as the schema's "write … instead" says it.
  {
    keys: ['rag.expectedCell'],
    make: () => readWith(ragCell, true).problems,
    welsh: 'un statws neu sgôr (fel "Green" neu "Good")',
  },
  {
    keys: ['grid.expectedCell'],
    make: () => readWith(judgementCell, true).problems,
    welsh: 'un radd (fel "Good" neu 2)',
  },
  {
    keys: ['grid.expectedScale'],
    make: () => readWith(scaleRef, true).problems,
    welsh: 'enw graddfa (ofsted-4',
  },
  { keys: ['kpi.expectedUnit'], make: () => readWith(unit, true).problems, welsh: 'gair fel "days"' },
  {
    keys: ['kpi.expectedValue'],
    make: () => readWith(point, { period: '2010', value: true }).problems,
    welsh: 'neu ddim byd ar gyfer bwlch',
  },
  {
    keys: ['kpi.expectedTarget'],
    make: () => readWith(kpi, { series: [], target: true }).problems,
    welsh: 'ar gyfer targed fesul cam',
  },
  // Shared parts (common.ts).
  {
    keys: ['shape.notColumnId'],
    make: columnKeyProblems,
    welsh: '"zz": nid yw’n id colofn: defnyddiwch "q1" neu "q2", neu ychwanegwch golofn',
  },
  // The rating map attribute (rag.ts).
  { keys: ['rag.notMap', 'rag.mapHow'], make: () => mapProblems(3), welsh: '3: nid yw’n fap: ysgrifennwch' },
  {
    keys: ['rag.notRatingAndStatus', 'rag.mapHow'],
    make: () => mapProblems('lg'),
    welsh: '"lg": nid yw’n sgôr a’i statws: ysgrifennwch bob gair sgôr',
  },
  {
    keys: ['rag.notStatus'],
    make: () => mapProblems('lg:purple'),
    welsh: 'mae’n rhoi’r statws "purple" i "lg", ond nid statws yw hwnnw: defnyddiwch "red", "amber"',
  },
  // Data for another widget, or a select on the wrong part (recognise.ts).
  {
    keys: ['shape.otherWidget', 'shape.why.grades', 'shape.widget.grid', 'shape.widget.matrix'],
    make: () => [wrongShape('matrix', { g: grid }, grid, 'g')!],
    welsh: 'mae’n edrych fel data ar gyfer grid barnau (mae graddau yn ei rhesi), nid matrics RAG',
  },
  {
    keys: ['shape.otherWidget', 'shape.why.cells'],
    make: () => [wrongShape('grid', matrix, matrix, '')!],
    welsh: '(mae celloedd â statws yn ei rhesi)',
  },
  {
    keys: ['shape.otherWidget', 'shape.why.actions', 'shape.widget.timeline'],
    make: () => [wrongShape('grid', { actions: [] }, { actions: [] }, '')!],
    welsh: 'llinell amser dyddiadau cau (mae camau gweithredu ynddo)',
  },
  {
    keys: ['shape.otherWidget', 'shape.why.series', 'shape.widget.kpi'],
    make: () => [wrongShape('grid', { series: [] }, { series: [] }, '')!],
    welsh: 'llinell fach DPA (mae cyfres o werthoedd ynddo)',
  },
  {
    keys: ['shape.otherWidget', 'shape.why.kpis'],
    make: () => [wrongShape('grid', { kpis: [] }, { kpis: [] }, '')!],
    welsh: '(mae dangosyddion ynddo)',
  },
  {
    keys: ['shape.otherWidget', 'shape.orHint', 'shape.changeSelect'],
    make: () => [wrongShape('grid', onePart, matrix, 'm', 'm')!],
    welsh: 'ar ei gyfer; fel arall, newidiwch select="m" i select="g"',
  },
  {
    keys: ['shape.otherWidget', 'shape.orHint', 'shape.changeSelectOneOf'],
    make: () => [wrongShape('grid', twoParts, matrix, 'm', 'm')!],
    welsh: 'newidiwch select="m" i un o select="g" neu select="h"',
  },
  {
    keys: ['shape.otherWidget', 'shape.orHint', 'shape.addSelect'],
    make: () => [wrongShape('grid', onePart, matrix, 'm')!],
    welsh: 'ychwanegwch select="g" at y tag',
  },
  {
    keys: ['shape.wholeReport', 'shape.chooseSelect'],
    make: () => [wrongShape('grid', twoParts, twoParts, '')!],
    welsh:
      'mae’n adroddiad cyfan, nid y data ar gyfer grid barnau unigol: dewiswch ran gyda phriodwedd select y tag: select="g" neu select="h" (mae’r adroddiad yn dal g, h a m)',
  },
  {
    keys: ['shape.notData'],
    make: () => [wrongShape('matrix', { a: 'Leeds', m: matrix }, 'Leeds', 'a', 'a')!],
    welsh: 'nid yw’n ddata ar gyfer matrics RAG: newidiwch select="a" i select="m"',
  },
  // A table for another widget (sheet-shape.ts).
  {
    keys: ['sheet.otherWidget'],
    make: () => gridCsv('row,group,column,status_or_rating,note\nAttendance,LAC,Q1,green,\n'),
    welsh:
      'mae’n edrych fel tabl ar gyfer matrics RAG (ei golofnau yw row, group, column, status_or_rating a note), nid grid barnau',
  },
  // Two aliases of one field (header-aliases.ts), in a KPI's table and a timeline's.
  {
    keys: ['alias.ambiguous', 'alias.reference'],
    make: () => kpiCsv('Reference,PI,period,value\nA,B,2010,1'),
    welsh:
      'gallai pob un o’r colofnau "Reference" a "PI" fod yn golofn y cyfeirnod, felly ni ddarllenir yr un ohonynt: rhowch y pennawd "ref"',
  },
  {
    keys: ['alias.ambiguous', 'alias.title'],
    make: () => kpiCsv('ref,Indicator,Measure,period,value\nA,B,C,2010,1'),
    welsh: 'fod yn golofn y teitl',
  },
  {
    keys: ['alias.ambiguous', 'alias.period'],
    make: () => kpiCsv('ref,Year,Quarter,value\nNI 59,2009/10,Q4,73'),
    welsh: 'fod yn golofn y cyfnod',
  },
  {
    keys: ['alias.ambiguous', 'alias.value'],
    make: () => kpiCsv('ref,period,Actual,Outturn\nNI 59,2010,1,2'),
    welsh: '"Actual" ac "Outturn" fod yn golofn y gwerth',
  },
  {
    keys: ['alias.ambiguous', 'alias.title'],
    make: () => timelineCsv('Action,Recommendation,due\nOne,Two,2010-03-31'),
    welsh: 'fod yn golofn y teitl',
  },
  {
    keys: ['alias.ambiguous', 'alias.due'],
    make: () => timelineCsv('title,Due date,Deadline\nOne,2010-03-31,2010-04-30'),
    welsh: 'fod yn golofn y dyddiad cau',
  },
  {
    keys: ['alias.ambiguous', 'alias.owner'],
    make: () => timelineCsv('title,due,Lead,Officer\nOne,2010-03-31,A,B'),
    welsh: 'fod yn golofn y perchennog',
  },
  {
    keys: ['alias.ambiguous', 'alias.completed'],
    make: () => timelineCsv('title,due,Date completed,Completed on\nOne,2010-03-31,2010-03-01,2010-03-02'),
    welsh: 'fod yn golofn y dyddiad cwblhau',
  },
  // The judgement grid's and the RAG matrix's tables (grid-sheet.ts, judgements.ts).
  {
    keys: ['grid.needsRowAndColumn'],
    make: () => gridCsv('row,column,grade\n,Safeguarding,Good'),
    welsh: 'mae angen "row" a "column" arni',
  },
  {
    keys: ['grid.noHeader'],
    make: () => gridCsv('Area,,Safeguarding\nOverall,x,Good'),
    welsh: 'rhowch bennawd i’r golofn',
  },
  {
    keys: ['grid.notColumn', 'sheet.CSV'],
    make: () => gridCsv('Area,Safeguarding\nOverall,Good', ['Safeguardin']),
    welsh:
      '"Safeguardin": nid yw’n golofn yn y CSV (ai "Safeguarding" oedd dan sylw?): defnyddiwch y pennawd yn union fel y mae wedi’i ysgrifennu (y penawdau yw "Area" a "Safeguarding")',
  },
  {
    keys: ['grid.notColumn', 'sheet.table'],
    make: () => judgementGridFromSheet(table, { columns: ['Leadership'] }).problems,
    welsh: 'nid yw’n golofn yn y tabl:',
  },
  {
    keys: ['grid.noLabel'],
    make: () => ragMatrixFromSheet(parseCsv('Item,Q1\n,green')).problems,
    welsh: 'nid oes label yn ei cholofn gyntaf',
  },
  {
    keys: ['grid.secondGrade'],
    make: () => gridCsv('row,column,grade\nOverall,Safe,Good\nOverall,Safe,Adequate'),
    welsh: 'mae’n rhoi ail radd i "Overall" ar gyfer "Safe"; dangosir y gyntaf (',
  },
  {
    keys: ['grid.parentTwice'],
    make: () => gridCsv('row,parent,column,grade\nA,,c,Good\nA,B,c,Good\nB,,c,Good\nC,A,c,Good'),
    welsh: 'mae ei rhiant "A" yn enwi mwy nag un rhes',
  },
  {
    keys: ['grid.parentMissing', 'sheet.CSV'],
    make: () => gridCsv('row,parent,column,grade\nA,Nowhere,c,Good'),
    welsh: 'nid yw ei rhiant "Nowhere" yn rhes yn y CSV',
  },
  {
    keys: ['grid.parentUnder'],
    make: () => gridCsv('row,parent,column,grade\nA,B,c,Good\nB,A,c,Good'),
    welsh: 'mae ei rhiant "A" oddi tani',
  },
  // A KPI's table and its ref (kpi.ts).
  {
    keys: ['kpi.noColumn'],
    make: () => kpiCsv('ref,period\nNI 59,2010'),
    welsh: 'nid oes colofn "value": ychwanegwch golofn â’r pennawd value (y penawdau yw "ref" a "period")',
  },
  {
    keys: ['kpi.refNotNeeded'],
    make: () => refPicked({ kpis: [] }, undefined),
    welsh: 'nid oes ei hangen',
  },
  {
    keys: ['kpi.refNotSet'],
    make: () => refPicked({ kpis: [{ ref: 'NI 59' }, { ref: 'NI 60' }] }, undefined),
    welsh: 'mae 2 o ddangosyddion yn y data: dewiswch un gyda ref ("NI 59" neu "NI 60")',
  },
  {
    keys: ['kpi.refOneIndicator'],
    make: () => refPicked({ series: [] }, 'NI 59'),
    welsh: '"NI 59": ni ellir ei ddewis',
  },
  {
    keys: ['kpi.refNotFound'],
    make: () => refPicked({ kpis: [{ ref: 'NI 59' }] }, 'NI 99'),
    welsh:
      '"NI 99": nid yw’n gyfeirnod (ref) unrhyw ddangosydd yn y data: defnyddiwch un o’i gyfeirnodau ("NI 59")',
  },
  {
    keys: ['kpi.refTwice'],
    make: () => refPicked({ kpis: [{ ref: 'NI 59' }, { ref: 'ni 59' }] }, 'NI 59'),
    welsh: '"ni 59": dyma gyfeirnod (ref) dangosydd cynharach hefyd',
  },
  // An Explore Education Statistics file (ees.ts).
  {
    keys: ['ees.chooseArea', 'ees.refNotSet'],
    make: () => ees(cin, undefined),
    welsh: 'nid yw wedi’i gosod: ffeil Explore Education Statistics yw hon, felly dewiswch ei hardal',
  },
  {
    keys: ['ees.chooseArea', 'ees.refNotAreaIndicator'],
    make: () => ees(cin, 'rereferral_percent'),
    welsh: '"rereferral_percent": nid yw’n enwi ardal a dangosydd:',
  },
  {
    keys: ['ees.chooseArea', 'ees.refNotSet', 'ees.andMore'],
    make: () => ees(many, undefined),
    welsh: '"Area 10", … (20 i gyd), a 2 arall;',
  },
  {
    keys: ['ees.notColumn'],
    make: () => ees(cin, 'Leeds: rereferal_percent'),
    welsh: '"rereferal_percent": nid yw’n un o golofnau’r ffeil',
  },
  {
    keys: ['ees.notIndicator'],
    make: () => ees(cin, 'Leeds: category'),
    welsh: '"category": nid yw’n golofn dangosydd (geiriau sydd ynddi, nid rhifau)',
  },
  {
    keys: ['ees.notArea'],
    make: () => ees(cin, 'Leds: rereferral_percent'),
    welsh: '"Leds": nid yw’n ardal yn y ffeil',
  },
  {
    keys: ['ees.areaAtLevels'],
    make: () => ees(twoLevels, 'England: pupils'),
    welsh:
      '"England": mae’n ardal ar fwy nag un geographic_level (National a Local authority): ysgrifennwch ei lefel ar ei hôl, fel ref="England (National): pupils"',
  },
  {
    keys: ['ees.notFilter'],
    make: () => ees(absence, 'England: sess_overall_percent, gender = Total'),
    welsh:
      '"gender": nid yw’n golofn hidlo yn y ffeil: defnyddiwch un o "school_type" neu "sex", fel school_type = Total',
  },
  {
    keys: ['ees.noFilters'],
    make: () => ees(pupils(), 'England: pupils, sex = Total'),
    welsh: '"sex": nid yw’n golofn hidlo: nid oes un yn y ffeil, felly tynnwch ", sex = Total"',
  },
  {
    keys: ['ees.notValue'],
    make: () => ees(absence, 'England: sess_overall_percent, sex = All'),
    welsh:
      '"All": nid yw’n un o werthoedd y golofn sex ar gyfer England: defnyddiwch un o "Total" neu "Boys"',
  },
  {
    keys: ['ees.rowsDiffer'],
    make: () => ees(absence, 'England: sess_overall_percent'),
    welsh: 'mae’n dewis rhesi ar gyfer England sy’n wahanol yn y golofn sex ("Total" neu "Boys")',
  },
  {
    keys: ['ees.secondRow'],
    make: () =>
      ees(
        pupils([
          '202324,Academic year,National,E92000001,England,10',
          '202324,Academic year,National,E92000001,England,11',
        ]),
        'England: pupils',
      ),
    welsh: 'mae’n ail res ar gyfer England yn y cyfnod 2023/24 academic year (rhes 2 yw’r gyntaf)',
  },
  // The deadline timeline's table (timeline.ts).
  {
    keys: ['timeline.noTitle'],
    make: () => timelineCsv('due,owner\n2010-03-31,A'),
    welsh: 'nid oes colofn "title": ychwanegwch golofn â’r pennawd title',
  },
];

describe('the shapes area’s problems in Welsh', () => {
  itSaysEachInWelsh(CASES);

  it('produces every key of the area', () => {
    const used = new Set<string>(CASES.flatMap((c) => c.keys));
    // What the period and the rating map readers expect (said inside other messages).
    expect(expectedIn(period().expected, 'cy')).to.equal('cyfnod');
    expect(expectedIn(period().expected)).to.equal('a period');
    used.add('shape.aPeriod');
    expect(expectedIn(ratingMapAttribute().expected, 'cy')).to.equal('geiriau sgôr a’u statws');
    expect(expectedIn(ratingMapAttribute().expected)).to.equal('rating words and their statuses');
    used.add('rag.expectedMap');
    // Places, not messages: said in the next test.
    used.add('shape.whereSelect');
    used.add('shape.wherePart');
    expect(Object.keys(EN).filter((k) => !used.has(k))).to.deep.equal([]);
  });

  it('names the places the kit writes itself in Welsh: the ref and columns attributes, a part of the data', () => {
    const where = (p: Problem | undefined) => [p!.where, problemIn(p!, 'cy').where];
    expect(where(refPicked({ kpis: [] }, undefined)[0])).to.deep.equal([
      'The ref attribute',
      'Y briodwedd ref',
    ]);
    expect(where(ees(cin, 'Leds: rereferral_percent')[0])).to.deep.equal([
      'The ref attribute',
      'Y briodwedd ref',
    ]);
    expect(where(gridCsv('Area,Safeguarding\nOverall,Good', ['Nope'])[0])).to.deep.equal([
      'The columns attribute',
      'Y briodwedd columns',
    ]);
    expect(where(wrongShape('grid', onePart, matrix, 'm', 'm'))).to.deep.equal([
      'The part chosen by select="m"',
      'Y rhan a ddewiswyd gan select="m"',
    ]);
    expect(where(wrongShape('grid', onePart, matrix, 'm'))).to.deep.equal([
      'The part of the data at m',
      'Y rhan o’r data ar y llwybr m',
    ]);
    expect(where(wrongShape('grid', matrix, matrix, ''))).to.deep.equal(['The data', 'Y data']);
  });

  it('passes on the words of a period that cannot be read', () => {
    const [inField] = readWith(period(), '2010-13-45').problems;
    const reading = parsePeriod('2010-13-45');
    if (reading.ok) throw new Error('read');
    expect(inField!.message).to.equal(reading.message);
    expect(problemIn(inField!, 'cy').message).to.equal(sayIn(reading, 'cy'));
    const [inFile] = ees(pupils(['2024,Academic year,National,E92000001,England,10']), 'England: pupils');
    const code = eesPeriod('2024', 'Academic year');
    if (code.ok) throw new Error('read');
    expect(inFile!.message).to.equal(code.message);
    expect(problemIn(inFile!, 'cy').message).to.equal(sayIn(code, 'cy'));
  });

  it('says some exactly', () => {
    const cy = (problems: Problem[]) => problemIn(problems[0]!, 'cy').message;
    expect(cy(refPicked({ kpis: [{ ref: 'NI 59' }] }, 'NI 99'))).to.equal(
      '"NI 99": nid yw’n gyfeirnod (ref) unrhyw ddangosydd yn y data: defnyddiwch un o’i gyfeirnodau ("NI 59")',
    );
    expect(cy(mapProblems('lg:purple'))).to.equal(
      '"lg:purple": mae’n rhoi’r statws "purple" i "lg", ond nid statws yw hwnnw: defnyddiwch "red", "amber", "green", "blue" neu "grey"',
    );
    expect(cy(timelineCsv('due,owner\n2010-03-31,A'))).to.equal(
      'nid oes colofn "title": ychwanegwch golofn â’r pennawd title, un cam gweithredu i bob rhes (y penawdau yw "due" ac "owner")',
    );
  });
});
