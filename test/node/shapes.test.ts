import { expect } from 'chai';
import { parseCsv, relocate } from '../../src/core/csv.js';
import { readWith } from '../../src/core/schema.js';
import { judgementGrid, judgementGridFromSheet } from '../../src/core/shapes/judgements.js';
import { kpi, kpiDocument, kpisFromSheet } from '../../src/core/shapes/kpi.js';
import { ragMatrix, ragMatrixFromSheet } from '../../src/core/shapes/rag.js';
import { shapeOf, type WidgetKind, wrongShape } from '../../src/core/shapes/recognise.js';
import { timeline, timelineFromSheet } from '../../src/core/shapes/timeline.js';
import { plain } from '../setup/plain.js';
import { fixtureJson, fixtureText } from './fixtures.js';

const leeds = fixtureJson('leeds-report.json');
const derby = fixtureJson('derby-report.json');

describe('the seed report files', () => {
  it('read without a problem in every part', () => {
    const parts = [
      readWith(judgementGrid, leeds.inspection2010, 'inspection2010'),
      readWith(ragMatrix, leeds.progress2009, 'progress2009'),
      readWith(kpiDocument, leeds.indicators, 'indicators'),
      readWith(timeline, leeds.actions2010, 'actions2010'),
      readWith(judgementGrid, derby.inspection2011, 'inspection2011'),
      readWith(timeline, derby.actions2011, 'actions2011'),
    ];
    for (const part of parts) expect(part.problems).to.deep.equal([]);
    const [grid, rag, kpis, actions] = parts.map((p) => p.value) as [
      { rows: { children?: unknown[] }[] },
      { rows: unknown[] },
      { kpis: { ref?: string; polarity?: string }[] },
      { actions: unknown[] },
    ];
    expect(grid.rows.some((r) => (r.children?.length ?? 0) > 0)).to.equal(true);
    expect(rag.rows.length).to.equal(23);
    expect(kpis.kpis.find((k) => k.ref === 'NI 65')?.polarity).to.equal('range');
    expect(actions.actions.length).to.be.greaterThan(24);
  });
});

describe('judgementGridFromSheet(sheet)', () => {
  it('reads the long layout, nesting rows under their parent', () => {
    const sheet = parseCsv(`row,parent,column,grade,note
Overall effectiveness,,Safeguarding,Inadequate,
Quality of provision,,Safeguarding,4,
Service responsiveness,Quality of provision,Safeguarding,Inadequate,Slow to respond
Service responsiveness,Quality of provision,Looked after children,Adequate,`);
    const built = judgementGridFromSheet(sheet);
    expect(built.problems).to.deep.equal([]);
    const read = readWith(judgementGrid, built.value);
    expect(read.problems).to.deep.equal([]);
    expect(read.value!.columns.map((c) => c.label)).to.deep.equal(['Safeguarding', 'Looked after children']);
    const quality = read.value!.rows[1]!;
    expect(quality.children![0]!.label).to.equal('Service responsiveness');
    expect({ ...quality.children![0]!.grades }).to.deep.equal({
      Safeguarding: { grade: 'Inadequate', note: 'Slow to respond' },
      'Looked after children': 'Adequate',
    });
    expect(built.origins.get('rows[1].children[0].grades.Safeguarding')).to.equal(
      'CSV row 4, column "grade"',
    );
  });

  it('reads the wide layout, keeping only the named columns', () => {
    const sheet = parseCsv(`Local authority,Region,Overall effectiveness,In care,Report
Barnsley,YH,good,good,https://example.org/1
Bedford,E,requires improvement,,https://example.org/2`);
    const built = judgementGridFromSheet(sheet, { columns: ['Overall effectiveness', 'In care'] });
    const read = readWith(judgementGrid, built.value);
    expect(read.value!.columns.map((c) => c.id)).to.deep.equal(['Overall effectiveness', 'In care']);
    expect({ ...read.value!.rows[1]!.grades }).to.deep.equal({
      'Overall effectiveness': 'requires improvement',
    });
    expect(built.origins.get('rows[0].grades["In care"]')).to.equal('CSV row 2, column "In care"');
  });

  it('reports a named column that is not there, and an unknown or circular parent, keeping every row', () => {
    const sheet = parseCsv('Area,parent,Safeguarding\nA,B,Good\nB,A,Good\nC,Nowhere,Good');
    const built = judgementGridFromSheet(sheet, { columns: ['Safeguarding', 'Care leavers'] });
    expect(plain(built.problems)).to.deep.equal([
      {
        path: 'columns',
        where: 'The columns attribute',
        message:
          '"Care leavers" is not a column in the CSV: use its header as written (the headers are "Area", "parent" and "Safeguarding")',
      },
      {
        path: 'CSV row 3',
        message: 'its parent "A" sits under it, so it is shown at the top level: check the parent column',
      },
      {
        path: 'CSV row 4',
        message:
          'its parent "Nowhere" is not a row in the CSV, so it is shown at the top level: check the spelling, or add that row',
      },
    ]);
    const rows = (built.value as { rows: { label: string; children?: { label: string }[] }[] }).rows;
    expect(rows.map((r) => r.label)).to.deep.equal(['B', 'C']);
    expect(rows[0]!.children!.map((r) => r.label)).to.deep.equal(['A']);
  });

  it('never writes a __proto__ column header into an object', () => {
    const built = judgementGridFromSheet(parseCsv('Area,__proto__,constructor\nA,Good,Good'));
    const read = readWith(judgementGrid, built.value);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.keys(read.value!.rows[0]!.grades!)).to.deep.equal([]);
    expect(relocate(read.problems, built.origins).map((p) => p.path)).to.deep.equal([
      'CSV row 2, column "__proto__"',
      'CSV row 2, column "constructor"',
    ]);
  });

  it('reads rows of the national ILACS spreadsheet as published, quirks kept as written', () => {
    const sheet = parseCsv(fixtureText('ilacs-outcomes-2026-06-sample.csv'));
    const columns = [
      'Overall effectiveness',
      'Impact of leaders',
      'Help and protection',
      'In care',
      'Care leavers',
    ];
    const built = judgementGridFromSheet(sheet, { columns });
    expect(built.problems).to.deep.equal([]);
    const read = readWith(judgementGrid, built.value);
    expect(read.problems).to.deep.equal([]);
    const rows = read.value!.rows;
    expect(rows.map((r) => r.label)).to.deep.equal([
      'Barnsley',
      'Bath And North East Somerset',
      'Blackpool',
      'Brighton And Hove',
      'Brent',
      'Medway',
      'Nottingham',
      'Somerset',
    ]);
    expect(read.value!.columns.map((c) => c.id)).to.deep.equal(columns);
    const grade = (label: string, column: string) => rows.find((r) => r.label === label)?.grades?.[column];
    expect(grade('Barnsley', 'Help and protection')).to.equal('requires improvement');
    expect(grade('Brent', 'Overall effectiveness')).to.equal('NaN');
    expect(grade('Blackpool', 'Care leavers')).to.equal('inspection_pre_dates_judgement');
    expect(grade('Nottingham', 'Care leavers')).to.equal('inadequate');
  });
});

describe('ragMatrixFromSheet(sheet)', () => {
  it('reads the long layout; a note with no status is a grey cell', () => {
    const sheet = parseCsv(`row,group,column,status_or_rating,note
Reduce NEET,14-19 Education,April 2009,Good,
Level 3 by 19,14-19 Education,April 2009,,Full data unavailable at the time of report publication
ESCR,Safeguarding,April 2009,3333,`);
    const built = ragMatrixFromSheet(sheet);
    const read = readWith(ragMatrix, built.value);
    expect(read.problems).to.deep.equal([]);
    const rows = read.value!.rows;
    expect(rows.map((r) => r.group)).to.deep.equal(['14-19 Education', '14-19 Education', 'Safeguarding']);
    expect(rows[1]!.cells['April 2009']).to.deep.equal({
      status: 'grey',
      note: 'Full data unavailable at the time of report publication',
    });
    expect(rows[2]!.cells['April 2009']).to.equal('3333');
    expect(built.origins.get('rows[2].cells["April 2009"]')).to.equal('CSV row 4, column "status_or_rating"');
  });

  it('reads the wide layout with a group column', () => {
    const sheet = parseCsv('Item,group,Q1 2010/11,Q2 2010/11\nNI 59,Social care,G,A\nNI 60,Social care,,R');
    const read = readWith(ragMatrix, ragMatrixFromSheet(sheet).value);
    expect(read.value!.columns.map((c) => c.label)).to.deep.equal(['Q1 2010/11', 'Q2 2010/11']);
    expect({ ...read.value!.rows[1]!.cells }).to.deep.equal({ 'Q2 2010/11': 'R' });
  });
});

describe('kpisFromSheet(sheet)', () => {
  it('groups lines by ref, reads units and polarity words, and makes varying targets stepped', () => {
    const sheet = parseCsv(`ref,title,period,value,target,polarity,unit,provisional
NI 59,Initial assessments within 7 days,Q3 2009/10,58.3,80,Rise,%,
NI 59,,Q4 2009/10,59.7,80,,,yes
NI 59,,March 2010,73,80,,,
NI 65,Repeat child protection plans,2008/09,14.1,12,Bell Shaped,percent,
NI 65,,2009/10,13.2,13,,,
NI 71,Looked after children missing,2009/10,,,Fall,out of 15,`);
    const built = kpisFromSheet(sheet);
    const read = readWith(kpiDocument, built.value);
    expect(read.problems).to.deep.equal([]);
    const [ni59, ni65, ni71] = read.value!.kpis;
    expect(ni59!.unit).to.equal('percent');
    expect(ni59!.polarity).to.equal('up');
    expect(ni59!.target).to.equal(80);
    expect(ni59!.series.map((p) => [p.period, p.value, p.provisional ?? false])).to.deep.equal([
      ['Q3 2009/10', 58.3, false],
      ['Q4 2009/10', 59.7, true],
      ['March 2010', 73, false],
    ]);
    expect(ni65!.polarity).to.equal('range');
    expect(ni65!.target).to.deep.equal([
      { period: '2008/09', value: 12 },
      { period: '2009/10', value: 13 },
    ]);
    expect(ni71!.unit).to.deep.equal({ outOf: 15 });
    expect(ni71!.series[0]!.value).to.equal(null);
  });

  it('places problems on CSV rows and says which columns are missing', () => {
    const built = kpisFromSheet(parseCsv('ref,period,value\nNI 59,Q4,58.3\nNI 59,2010-03,lots'));
    const read = readWith(kpiDocument, built.value);
    expect(plain(relocate(read.problems, built.origins))).to.deep.equal([
      {
        path: 'CSV row 2 (period)',
        message: '"Q4" has no year: write it with its financial year, e.g. "Q4 2009/10"',
      },
      {
        path: 'CSV row 3 (value)',
        message: '"lots" is not a number: write a plain number, such as 76.5 or 1234',
      },
    ]);
    expect(plain(kpisFromSheet(parseCsv('ref,title\nNI 59,x')).problems)).to.deep.equal([
      {
        path: 'CSV row 1',
        message: 'has no "period" column: add a column headed period (the headers are "ref" and "title")',
      },
      {
        path: 'CSV row 1',
        message: 'has no "value" column: add a column headed value (the headers are "ref" and "title")',
      },
    ]);
  });
});

describe('timelineFromSheet(sheet)', () => {
  it('reads actions with their timescales and statuses', () => {
    const sheet = parseCsv(`id,theme,title,timescale,due,owner,status,completed
sg-i-1,Safeguarding,Refresh the improvement plan,Immediately,,Interim Director,in progress,
sg-3-1,Safeguarding,Information on complaints,Within three months,,,Completed,2010-03-30
,,,Within six months,,,,`);
    const built = timelineFromSheet(sheet);
    const read = readWith(timeline, built.value);
    expect(read.value!.actions.map((a) => [a.id, a.status])).to.deep.equal([
      ['sg-i-1', 'in progress'],
      ['sg-3-1', 'done'],
    ]);
    expect(plain(relocate(read.problems, built.origins))).to.deep.equal([
      { path: 'CSV row 4 (title)', message: 'is missing: add it' },
    ]);
  });
});

describe('judgementGridFromSheet(sheet): rows with the same label', () => {
  it('keeps a label under two parents as two rows, and reports a grade given twice', () => {
    const sheet = parseCsv(`row,parent,column,grade
Safeguarding,,Grade,Adequate
Looked after,,Grade,Adequate
Leadership,Safeguarding,Grade,Inadequate
Leadership,Looked after,Grade,Good
Leadership,Looked after,Grade,Outstanding`);
    const built = judgementGridFromSheet(sheet);
    const rows = (
      built.value as {
        rows: { label: string; children?: { label: string; grades: Record<string, unknown> }[] }[];
      }
    ).rows;
    expect(rows.map((r) => [r.label, r.children?.map((c) => c.grades.Grade)])).to.deep.equal([
      ['Safeguarding', ['Inadequate']],
      ['Looked after', ['Good']],
    ]);
    expect(plain(built.problems)).to.deep.equal([
      {
        path: 'CSV row 6, column "grade"',
        message:
          'gives "Leadership" a second grade for "Grade"; the first, at CSV row 5, column "grade", is shown: remove the one that is wrong',
      },
    ]);
  });
});

describe('data for another widget (recognise.ts)', () => {
  const parts = {
    grid: [leeds.inspection2010, derby.inspection2011],
    matrix: [leeds.progress2009],
    kpi: [(leeds.indicators as { kpis: unknown[] }).kpis[0]],
    timeline: [leeds.actions2010, derby.actions2011],
  } as const;

  it('recognises each part of the seed reports as its own widget’s, and refuses none of them there', () => {
    for (const [kind, values] of Object.entries(parts)) {
      for (const value of values) {
        expect(shapeOf(value)?.kind).to.equal(kind);
        expect(wrongShape(kind as WidgetKind, leeds, value, 'x')).to.equal(undefined);
      }
    }
  });

  it('refuses every other widget’s part, naming that widget and the parts that would suit', () => {
    expect(
      plain(wrongShape('grid', leeds, leeds.progress2009, 'progress2009', 'progress2009')),
    ).to.deep.equal({
      path: 'progress2009',
      where: 'The part chosen by select="progress2009"',
      message:
        'looks like data for a RAG matrix (its rows have cells with statuses), not a judgement grid: use <ik-rag-matrix> for it, or change select="progress2009" to select="inspection2010"',
    });
    expect(wrongShape('matrix', derby, derby.inspection2011, 'inspection2011')?.message).to.equal(
      'looks like data for a judgement grid (its rows have grades), not a RAG matrix: use <ik-judgement-grid> for it',
    );
    expect(wrongShape('timeline', leeds, leeds.indicators, 'indicators', 'indicators')?.message).to.equal(
      'looks like data for a KPI sparkline (it holds indicators), not a deadline timeline: use <ik-kpi-sparkline> for it, or change select="indicators" to select="actions2010"',
    );
    const both = { a: leeds.inspection2010, b: derby.inspection2011, c: leeds.actions2010 };
    expect(wrongShape('grid', both, both.c, 'c', 'c')?.message).to.match(
      /or change select="c" to one of select="a" or select="b"$/,
    );
    // With no select on the tag (a part picked otherwise), the editor is told to add one.
    expect(wrongShape('grid', both, both.c, 'c')?.message).to.match(
      /or choose a part with the tag's select attribute: select="a" or select="b"$/,
    );
  });

  it('names the keys of a whole report and the parts that suit the widget', () => {
    expect(wrongShape('grid', derby, derby, '')?.message).to.equal(
      'is a whole report, not the data for one judgement grid: add select="inspection2011" to the tag (the report holds authority, _comment, inspection2011 and actions2011)',
    );
    expect(wrongShape('kpi', leeds, leeds, '')?.message).to.match(
      /^is a whole report, .*: add select="indicators" to the tag/,
    );
  });

  it('refuses a select that lands inside a part, naming the part that would work', () => {
    const rows = (leeds.inspection2010 as { rows: unknown[] }).rows;
    expect(wrongShape('grid', leeds, rows, 'inspection2010.rows', 'inspection2010.rows')?.message).to.equal(
      'is not data for a judgement grid: change select="inspection2010.rows" to select="inspection2010"',
    );
    expect(wrongShape('matrix', leeds, 'Leeds', 'authority', 'authority')?.message).to.equal(
      'is not data for a RAG matrix: change select="authority" to select="progress2009"',
    );
  });

  it('leaves unusual but readable data, and a bad entry of a list, to the reader', () => {
    const noGrades = { columns: [{ id: 'a', label: 'A' }], rows: [{ label: 'Safeguarding' }] };
    expect(wrongShape('grid', noGrades, noGrades, '')).to.equal(undefined);
    expect(wrongShape('matrix', noGrades, noGrades, '')).to.equal(undefined);
    const mixed = {
      columns: [],
      rows: [
        { label: 'A', grades: {} },
        { label: 'B', cells: {} },
      ],
    };
    expect(wrongShape('matrix', mixed, mixed, '')).to.equal(undefined);
    const kpis = { kpis: [{ ref: 'A' }, { ref: 'B', series: [] }] };
    expect(wrongShape('kpi', kpis, kpis.kpis[0], 'kpis[0]')).to.equal(undefined);
  });
});

describe('Excel’s cell formats in indicators and actions', () => {
  it('reads 76.5% as 76.5 in a per cent indicator, in values, targets, baselines and comparators', () => {
    const read = readWith(
      kpi,
      {
        unit: 'percent',
        target: '80%',
        baseline: { period: 'Mar-09', value: '79.9 %' },
        tolerance: '5%',
        series: [{ period: 'Mar-10', value: '76.5%' }],
        comparators: [{ label: 'England', series: [{ period: 'Mar-10', value: '70%' }] }],
      },
      'kpi',
    );
    expect(read.problems).to.deep.equal([]);
    expect(read.value).to.deep.include({
      target: 80,
      baseline: { period: 'Mar-09', value: 79.9 },
      tolerance: 5,
    });
    expect(read.value?.series).to.deep.equal([{ period: 'Mar-10', value: 76.5 }]);
    expect(read.value?.comparators?.[0]?.series[0]?.value).to.equal(70);
  });

  it('refuses 76.5% in an indicator that is not in per cent, saying what to write', () => {
    const read = readWith(kpi, { unit: 'count', series: [{ period: '2010', value: '76.5%' }] }, 'kpi');
    expect(plain(read.problems)).to.deep.equal([
      {
        path: 'kpi.series[0].value',
        message:
          '"76.5%" has a per cent sign: write the number alone, 76.5 (a KPI in per cent says "unit": "percent")',
      },
    ]);
  });

  it('reads a CSV of Excel’s own formats: %, Mar-10, 31-Mar-10 and 1,234', () => {
    const built = kpisFromSheet(
      parseCsv('ref,period,value,target,unit\nNI 59,Mar-10,76.5%,80%,%\nNI 59,31-Mar-11,"1,234",80%,%\n'),
    );
    const read = readWith(kpiDocument, built.value, '');
    expect(read.problems).to.deep.equal([]);
    expect(read.value?.kpis[0]?.series).to.deep.equal([
      { period: 'Mar-10', value: 76.5 },
      { period: '31-Mar-11', value: 1234 },
    ]);
    expect(read.value?.kpis[0]?.target).to.equal(80);
  });

  it('reads a timeline CSV whose due column Excel wrote as serial numbers or d-mmm-yy', () => {
    const built = timelineFromSheet(parseCsv('title,due\nPlan to board,40268\nReview,30-Apr-10\n'));
    const read = readWith(timeline, built.value, '');
    expect(read.problems).to.deep.equal([]);
    expect(read.value?.actions.map((a) => a.due)).to.deep.equal(['2010-03-31', '30-Apr-10']);
  });

  it('reads Excel serial dates in the date fields of the timeline, as ISO dates', () => {
    const read = readWith(
      timeline,
      {
        published: 40185,
        asOf: '40309',
        actions: [{ title: 'Plan', due: 40268, status: 'done', completed: '40267' }],
      },
      '',
    );
    expect(read.problems).to.deep.equal([]);
    expect(read.value).to.deep.include({ published: '2010-01-07', asOf: '2010-05-11' });
    expect(read.value?.actions[0]).to.deep.include({ due: '2010-03-31', completed: '2010-03-30' });
  });
});

describe('a table laid out for another widget', () => {
  const ragCsv = parseCsv('row,group,column,status_or_rating,note\nAttendance,LAC,Q1,green,\n');
  const gridCsv = parseCsv('row,parent,column,grade,note\nOverall,,Ofsted,Adequate,\n');
  const kpiCsv = parseCsv('ref,period,value\nNI 59,2010-03,73\n');
  const actionsCsv = parseCsv('id,title,due\na,Plan,2010-03-31\n');

  it('is refused with the widget it suits, by its header, for every pair', () => {
    expect(plain(judgementGridFromSheet(ragCsv).problems)).to.deep.equal([
      {
        path: 'CSV row 1',
        message:
          'looks like a table for a RAG matrix (its columns are row, group, column, status_or_rating and note), not a judgement grid: use <ik-rag-matrix> for it',
      },
    ]);
    expect(ragMatrixFromSheet(gridCsv).problems[0]?.message).to.match(
      /^looks like a table for a judgement grid .* not a RAG matrix: use <ik-judgement-grid> for it$/,
    );
    expect(timelineFromSheet(kpiCsv).problems[0]?.message).to.match(
      /a KPI sparkline .* use <ik-kpi-sparkline> for it$/,
    );
    expect(kpisFromSheet(actionsCsv).problems[0]?.message).to.match(
      /a deadline timeline .* use <ik-deadline-timeline> for it$/,
    );
    expect(judgementGridFromSheet(kpiCsv).problems[0]?.message).to.contain('a KPI sparkline');
  });

  it('leaves every widget’s own tables, wide ones too, as they were', () => {
    expect(judgementGridFromSheet(gridCsv).problems).to.deep.equal([]);
    expect(ragMatrixFromSheet(ragCsv).problems).to.deep.equal([]);
    expect(kpisFromSheet(kpiCsv).problems).to.deep.equal([]);
    expect(timelineFromSheet(actionsCsv).problems).to.deep.equal([]);
    const wide = parseCsv('Area,Safeguarding,Looked after children\nOverall,Adequate,Good\n');
    expect(judgementGridFromSheet(wide).problems).to.deep.equal([]);
    expect(ragMatrixFromSheet(parseCsv('Item,Q1 2010/11\nReferrals,green\n')).problems).to.deep.equal([]);
  });
});
