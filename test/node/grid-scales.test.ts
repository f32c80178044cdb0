import { existsSync, readFileSync } from 'node:fs';
import { expect } from 'chai';
import {
  type CellModel,
  columnScalesAttribute,
  layoutJudgementGrid,
} from '../../src/components/judgement-grid/judgement-grid.layout.js';
import { viewJudgementGrid } from '../../src/components/judgement-grid/judgement-grid.view.js';
import { layoutRagMatrix } from '../../src/components/rag-matrix/rag-matrix.layout.js';
import { parseCsv } from '../../src/core/csv.js';
import { readWith } from '../../src/core/schema.js';
import { judgementGrid, judgementGridFromSheet } from '../../src/core/shapes/judgements.js';
import { ragMatrix, ragMatrixFromSheet } from '../../src/core/shapes/rag.js';
import { plain } from '../setup/plain.js';
import { fixtureText } from './fixtures.js';

/** The grid's layout of a document, read as the element reads it. */
function grid(doc: unknown, opts: { compare?: boolean; scale?: string } = {}) {
  const read = readWith(judgementGrid, doc);
  expect(read.problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([]);
  return layoutJudgementGrid(read.value!, '', { compare: true, locale: 'en-GB', ...opts });
}
const cmp = (c: CellModel | undefined) => c?.comparison?.words ?? '-';

describe('the grid over a framework change (compare)', () => {
  const doc = {
    columns: [
      { id: 'y2023', label: '2023', date: '2023-03-01', scale: 'ofsted-4' },
      { id: 'y2024', label: '2024', date: '2024-03-01', scale: 'ofsted-4' },
      { id: 'y2026', label: '2026', date: '2026-02-01', scale: 'ofsted-report-card' },
      { id: 'y2027', label: '2027', date: '2027-02-01', scale: 'ofsted-report-card' },
    ],
    rows: [
      {
        label: 'Leadership',
        grades: { y2023: 'Adequate', y2024: 'Good', y2026: 'Needs attention', y2027: 'Strong standard' },
      },
    ],
  };

  it('says "Not comparable: the grading changed" across it, and improved or held on one scale', () => {
    const { model, problems } = grid(doc);
    expect(problems).to.deep.equal([]);
    const cells = model.rows[0]!.cells;
    expect(cells.map(cmp)).to.deep.equal([
      '-',
      'Improved from Adequate (3) in 2023',
      'Not comparable: the grading changed',
      'Improved from Needs attention in 2026',
    ]);
    expect(cells[2]!.details).to.deep.equal([
      { className: 'cmp cmp-not-comparable', text: 'Not comparable: the grading changed' },
    ]);
    expect(cells.map((c) => c.text)).to.deep.equal([
      'Adequate (3)',
      'Good (2)',
      'Needs attention',
      'Strong standard',
    ]);
    expect(model.notComparable).to.equal(1);
  });

  it('keys both scales and says how many were not compared', () => {
    const { model } = grid(doc);
    const view = viewJudgementGrid(model, { collapsed: new Set(), drawnRows: undefined, locale: 'en-GB' });
    expect(view.caption).to.equal('Judgements on the Ofsted 4-point scale and the Ofsted report card scale');
    expect(view.legend.map((e) => e.text)).to.deep.equal([
      'Outstanding (1)',
      'Good (2)',
      'Adequate (3)',
      'Inadequate (4)',
      'Exceptional',
      'Strong standard',
      'Expected standard',
      'Needs attention',
      'Urgent improvement',
      'Not judged',
      'Improved, held or declined since the column before',
      'Not comparable: the grading changed',
    ]);
    expect(view.summary).to.equal('4 judgements: 1 adequate, 1 good, 1 needs attention, 1 strong standard');
  });

  it('a custom scale marked as another framework is not compared with the same scale unmarked', () => {
    const grades = [
      { value: 1, label: 'Met' },
      { value: 2, label: 'Not met' },
    ];
    const { model } = grid({
      columns: [
        { id: 'a', label: '2024', scale: { id: 'self', name: 'self-assessment scale', grades } },
        { id: 'b', label: '2025', scale: { id: 'self', name: 'self-assessment scale', grades } },
        {
          id: 'c',
          label: '2026',
          scale: { id: 'self', name: 'self-assessment scale', framework: 'self-assessment 2026', grades },
        },
      ],
      rows: [{ label: 'Safeguarding', grades: { a: 'Not met', b: 'Met', c: 'Met' } }],
    });
    expect(model.rows[0]!.cells.map(cmp)).to.deep.equal([
      '-',
      'Improved from Not met (2) in 2024',
      'Not comparable: the grading changed',
    ]);
  });

  it('reports a column dated before its scale came in, and does not compare it', () => {
    const { model, problems } = grid({
      scale: 'ofsted-report-card',
      columns: [
        { id: 'a', label: 'March 2025', date: '2025-03-01' },
        { id: 'b', label: 'March 2026', date: '2026-03-01' },
      ],
      rows: [{ label: 'Inclusion', grades: { a: 'Needs attention', b: 'Expected standard' } }],
    });
    expect(plain(problems)).to.deep.equal([
      {
        path: 'columns[0].date',
        message:
          '"2025-03-01" is before the Ofsted report card scale came in, on 10 November 2025: check the date, or give the column the scale it was graded on ("scale")',
      },
    ]);
    expect(model.rows[0]!.cells.map(cmp)).to.deep.equal(['-', 'Not comparable: the grading changed']);
  });

  it('takes a column dated in the month or year a framework began as on it, and compares it', () => {
    for (const date of ['November 2025', '2025']) {
      const { model, problems } = grid({
        scale: 'ofsted-report-card',
        columns: [
          { id: 'a', label: 'Nov 2025', date },
          { id: 'b', label: 'March 2026', date: '2026-03-01' },
        ],
        rows: [{ label: 'Inclusion', grades: { a: 'Needs attention', b: 'Expected standard' } }],
      });
      expect(problems, date).to.deep.equal([]);
      expect(model.rows[0]!.cells[1]!.comparison?.words, date).to.match(/^Improved from Needs attention/);
    }
  });

  it('on the Care Inspectorate scale, 5 after 4 has improved (6 is best)', () => {
    const { model } = grid({
      scale: 'care-inspectorate-6',
      columns: [
        { id: 'a', label: '2024' },
        { id: 'b', label: '2025' },
        { id: 'c', label: '2026' },
      ],
      rows: [
        {
          label: 'How good is our leadership?',
          grades: { a: '4 Good', b: '5 Very Good', c: 'Very good (5)' },
        },
      ],
    });
    expect(model.rows[0]!.cells.map(cmp)).to.deep.equal([
      '-',
      'Improved from Good (4) in 2024',
      'Held since 2025',
    ]);
    expect(model.legend.map((e) => e.text)).to.deep.equal([
      'Excellent (6)',
      'Very good (5)',
      'Good (4)',
      'Adequate (3)',
      'Weak (2)',
      'Unsatisfactory (1)',
    ]);
    // Best first: the best grade has the first shape and tone.
    expect(model.legend[0]!.look).to.deep.equal({ shape: 'star', tone: 'tone-grade-1' });
  });
});

describe('the grid’s other states', () => {
  it('shows CQC’s "Not rated" as its own state, counted apart from "not judged"', () => {
    const { model } = grid(
      {
        scale: 'cqc-4',
        columns: [
          { id: 'safe', label: 'Safe' },
          { id: 'wl', label: 'Well-led' },
          { id: 'c', label: 'Caring' },
        ],
        rows: [{ label: 'Home care', grades: { safe: 'Good', wl: 'Not rated', c: null } }],
      },
      { compare: false },
    );
    const cells = model.rows[0]!.cells;
    expect(cells.map((c) => `${c.kind}: ${c.text}`)).to.deep.equal([
      'grade: Good (2)',
      'state: Not rated',
      'none: Not judged',
    ]);
    const view = viewJudgementGrid(model, { collapsed: new Set(), drawnRows: undefined, locale: 'en-GB' });
    expect(view.summary).to.equal('1 judgement: 1 good; 1 not rated, 1 not judged');
    expect(view.legend.map((e) => `${e.text} ${e.count}`)).to.include('Not rated 1 judgement');
  });

  it('holds a narrative judgement with no grade (Estyn) as its words', () => {
    const { model, problems } = grid(
      {
        columns: [{ id: 'w', label: 'Wellbeing and attitudes to learning' }],
        rows: [{ label: 'Ysgol Example', grades: { w: { narrative: 'Pupils feel safe and are polite.' } } }],
      },
      { compare: false },
    );
    expect(problems).to.deep.equal([]);
    const cell = model.rows[0]!.cells[0]!;
    expect([cell.kind, cell.text, cell.look]).to.deep.equal([
      'narrative',
      'Pupils feel safe and are polite.',
      undefined,
    ]);
    expect(model.notJudged).to.equal(0);
    const view = viewJudgementGrid(model, { collapsed: new Set(), drawnRows: undefined, locale: 'en-GB' });
    expect(view.summary).to.equal('1 judgement in words');
    // No grade to key: the key says what the cells are.
    expect(view.legend.map((e) => `${e.text} ${e.count}`)).to.deep.equal([
      'In words, with no grade 1 judgement',
      'Not judged 0 judgements',
    ]);
    // Nor does it claim a scale it does not use (the default, here).
    expect([view.caption, view.legendLabel]).to.deep.equal([
      'Judgements in words, with no grades',
      'Key to the judgements',
    ]);
  });

  it('needs no overall judgement: ILACS from April 2026 has none', () => {
    const { model, problems } = grid({
      scale: 'ofsted-ri',
      columns: [
        { id: 'lead', label: 'Impact of leaders' },
        { id: 'help', label: 'Help and protection' },
      ],
      rows: [{ label: 'Barnsley', grades: { lead: 'good', help: 'requires improvement to be good' } }],
    });
    expect(problems).to.deep.equal([]);
    expect(model.rows[0]!.cells.map((c) => c.text)).to.deep.equal(['Good (2)', 'Requires improvement (3)']);
  });
});

describe('the national ILACS file through the RAG matrix', () => {
  const shared = new URL('../../../shared/data/ilacs-outcomes-2026-06.csv', import.meta.url);
  const text = existsSync(shared)
    ? readFileSync(shared, 'utf8')
    : fixtureText('ilacs-outcomes-2026-06-sample.csv');
  const columns = [
    'Overall effectiveness',
    'Impact of leaders',
    'Help and protection',
    'In care',
    'Care leavers',
  ];

  it('no longer refuses the "requires improvement" cells: they are amber', () => {
    const built = ragMatrixFromSheet(parseCsv(text), { columns });
    const read = readWith(ragMatrix, built.value);
    const { model, problems } = layoutRagMatrix(read.value!, '', { locale: 'en-GB' });
    expect(problems.filter((p) => /requires improvement/i.test(p.message))).to.deep.equal([]);
    // What is left is the source's own quirks: NaN and "inspection_pre_dates_judgement".
    for (const p of problems)
      expect(p.message).to.match(/^"(NaN|inspection_pre_dates_judgement)" is not a status/);
    const barnsley = model.groups.flatMap((g) => g.rows).find((r) => r.label === 'Barnsley')!;
    expect(barnsley.cells.map((c) => c.status)).to.deep.equal(['green', 'green', 'amber', 'green', 'green']);
  });

  it('reads the source’s codes through a map given as the map attribute would', () => {
    const built = ragMatrixFromSheet(parseCsv(text), { columns });
    const read = readWith(ragMatrix, built.value);
    const { problems } = layoutRagMatrix(read.value!, '', {
      locale: 'en-GB',
      map: { NaN: 'grey', inspection_pre_dates_judgement: 'grey' },
    });
    expect(problems).to.deep.equal([]);
  });
});

describe('a custom scale’s own states', () => {
  it('shows a state the data’s scale names as itself, not as not judged', () => {
    const { model, problems } = grid(
      {
        scale: {
          id: 'audit',
          name: 'audit scale',
          grades: [
            { value: 1, label: 'Met' },
            { value: 2, label: 'Not met' },
          ],
          states: [{ label: 'Not audited', aliases: ['Not seen'] }],
        },
        columns: [{ id: 'q1', label: 'Q1' }],
        rows: [
          { label: 'Case files', grades: { q1: 'not seen' } },
          { label: 'Supervision', grades: { q1: 'Met' } },
        ],
      },
      { compare: false },
    );
    expect(problems).to.deep.equal([]);
    expect(model.rows.map((r) => `${r.cells[0]!.kind}: ${r.cells[0]!.text}`)).to.deep.equal([
      'state: Not audited',
      'grade: Met (1)',
    ]);
    expect(model.legend.map((e) => `${e.text} ${e.count}`)).to.deep.equal([
      'Met (1) 1',
      'Not met (2) 0',
      'Not audited 1',
    ]);
  });
});

describe('the tones of a scale’s grades', () => {
  const looks = (scale: string) => {
    const { model } = grid(
      { scale, columns: [{ id: 'c', label: 'C' }], rows: [{ label: 'R', grades: { c: null } }] },
      { compare: false },
    );
    return model.legend.filter((e) => e.grade).map((e) => `${e.text}: ${e.look.shape} ${e.look.tone}`);
  };

  it('gives each of the report card’s five grades its own tone and shape (Expected standard is not Needs attention)', () => {
    expect(looks('ofsted-report-card')).to.deep.equal([
      'Exceptional: star tone-grade-1',
      'Strong standard: circle tone-grade-2',
      'Expected standard: triangle tone-grade-middle',
      'Needs attention: square tone-grade-3',
      'Urgent improvement: diamond tone-grade-4',
    ]);
  });

  it('keeps the four tones of a four-grade scale, and the ends of a two-grade one', () => {
    expect(looks('ofsted-4')).to.deep.equal([
      'Outstanding (1): star tone-grade-1',
      'Good (2): circle tone-grade-2',
      'Adequate (3): triangle tone-grade-3',
      'Inadequate (4): square tone-grade-4',
    ]);
    expect(looks('ofsted-safeguarding')).to.deep.equal([
      'Met: star tone-grade-1',
      'Not met: circle tone-grade-4',
    ]);
  });
});

describe('judgements in words from CSV and pasted tables (the "narrative" scale)', () => {
  /** A sheet read as the element reads it, then laid out with the scale attributes. */
  const fromCsv = (csv: string, opts: { scale?: string; columnScales?: string } = {}) => {
    const built = judgementGridFromSheet(parseCsv(csv));
    expect(built.problems).to.deep.equal([]);
    const read = readWith(judgementGrid, built.value);
    expect(read.problems).to.deep.equal([]);
    const columnScales = opts.columnScales
      ? readWith(columnScalesAttribute(), opts.columnScales).value
      : undefined;
    return layoutJudgementGrid(read.value!, '', {
      locale: 'en-GB',
      ...(opts.scale ? { scale: opts.scale } : {}),
      ...(columnScales ? { columnScales } : {}),
    });
  };
  const shown = (c: CellModel) => `${c.kind}: ${c.text}${c.note ? ` [${c.note}]` : ''}`;

  it('reads a wide sheet’s text as the judgement in words when the scale attribute is "narrative"', () => {
    const { model, problems } = fromCsv(
      'School,Standards,Wellbeing and attitudes to learning\n' +
        'Ysgol Example,Most pupils make strong progress.,Pupils feel safe.\n' +
        'Ysgol Arall,,not judged\n',
      { scale: 'narrative' },
    );
    expect(problems).to.deep.equal([]);
    expect(model.rows.map((r) => r.cells.map(shown))).to.deep.equal([
      ['narrative: Most pupils make strong progress.', 'narrative: Pupils feel safe.'],
      ['none: Not judged', 'none: Not judged'],
    ]);
    const view = viewJudgementGrid(model, { collapsed: new Set(), drawnRows: undefined, locale: 'en-GB' });
    expect(view.caption).to.equal('Judgements in words, with no grades');
    expect(view.summary).to.equal('2 judgements in words; 2 not judged');
  });

  it('takes a long sheet’s note as the words where the grade is empty, and keeps a note beside words', () => {
    const { model, problems } = fromCsv(
      'row,column,grade,note\n' +
        'Ysgol Example,Standards,,Most pupils make strong progress.\n' +
        'Ysgol Example,Teaching,Teaching is effective.,From the 2024 report\n',
      { scale: 'narrative' },
    );
    expect(problems).to.deep.equal([]);
    expect(model.rows[0]!.cells.map(shown)).to.deep.equal([
      'narrative: Most pupils make strong progress.',
      'narrative: Teaching is effective. [From the 2024 report]',
    ]);
  });

  it('holds graded and narrative columns side by side (column-scales), naming only the graded scale', () => {
    const { model, problems } = fromCsv(
      'Setting,Care and support,Inspector’s findings\nTŷ Example,Good,Staff know people well.\n',
      { scale: 'ciw', columnScales: 'Inspector’s findings: narrative' },
    );
    expect(problems).to.deep.equal([]);
    expect(model.rows[0]!.cells.map(shown)).to.deep.equal([
      'grade: Good',
      'narrative: Staff know people well.',
    ]);
    const view = viewJudgementGrid(model, { collapsed: new Set(), drawnRows: undefined, locale: 'en-GB' });
    expect(view.caption).to.equal('Judgements on the Care Inspectorate Wales rating scale');
    expect(view.summary).to.equal('1 judgement: 1 good; 1 in words');
  });

  it('never reads a grade, or a mistyped one, as words: it is a problem naming the fix', () => {
    const { model, problems } = fromCsv(
      'School,Findings\nYsgol Un,Good\nYsgol Dau,Goood\nYsgol Tri,Grade 2\n',
      {
        scale: 'narrative',
      },
    );
    expect(model.rows.map((r) => r.cells[0]!.kind)).to.deep.equal(['invalid', 'invalid', 'invalid']);
    expect(problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
      'rows[0].grades.Findings: "Good" reads as a grade, but this column is set to "narrative" (judgements in words, with no grades): write the judgement in words, or give the column its grade scale in the scale or column-scales attribute',
      'rows[1].grades.Findings: "Goood" reads as a grade (did you mean "Good"?), but this column is set to "narrative" (judgements in words, with no grades): write the judgement in words, or give the column its grade scale in the scale or column-scales attribute',
      'rows[2].grades.Findings: "Grade 2" reads as a grade, but this column is set to "narrative" (judgements in words, with no grades): write the judgement in words, or give the column its grade scale in the scale or column-scales attribute',
    ]);
  });

  it('keeps text that is not a grade a problem on a graded column, as before', () => {
    const { model, problems } = fromCsv(
      'School,Standards\nYsgol Example,Most pupils make strong progress.\n',
    );
    expect(model.rows[0]!.cells[0]!.kind).to.equal('invalid');
    expect(problems).to.have.length(1);
  });
});
