/**
 * The inspectorates' scales in the widgets: a compare across a framework change, CQC's "Not rated", a
 * Care Inspectorate grid, and the RAG matrix's `map` attribute for CSV.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/judgement-grid/define.js';
import '../../src/components/rag-matrix/define.js';
import type { IkJudgementGrid } from '../../src/components/judgement-grid/judgement-grid.js';
import type { IkRagMatrix } from '../../src/components/rag-matrix/rag-matrix.js';
import { heard, problems, ready, text } from '../base/speech.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const cells = (el: HTMLElement) => Array.from(root(el).querySelectorAll<HTMLTableCellElement>('tbody td'));

/** Leadership graded under ILACS, then on Ofsted's report card: the grades cannot be compared. */
const acrossTheChange = {
  title: 'Leadership, before and after the report cards',
  columns: [
    { id: 'a', label: 'Inspection 2022', date: '2022-05-01', scale: 'ofsted-ri' },
    { id: 'b', label: 'Inspection 2024', date: '2024-05-01', scale: 'ofsted-ri' },
    { id: 'c', label: 'Report card 2026', date: '2026-01-20', scale: 'ofsted-report-card' },
  ],
  rows: [
    {
      label: 'Leadership and governance',
      grades: { a: 'Requires improvement to be good', b: 'Good', c: 'Expected standard' },
    },
  ],
};

describe('compare across a framework change', () => {
  it('says "Not comparable: the grading changed" with no arrow, and still compares on one scale', async () => {
    const el = await ready(
      await fixture<IkJudgementGrid>(
        html`<ik-judgement-grid compare .data=${acrossTheChange}></ik-judgement-grid>`,
      ),
    );
    expect(problems(el)).to.deep.equal([]);
    const [, second, third] = cells(el);
    expect(text(second)).to.equal('Good (2) ↑ Improved from Requires improvement (3) in Inspection 2022');
    expect(text(third)).to.equal('Expected standard Not comparable: the grading changed');
    // Neither an arrow nor "held": nothing of the comparison is drawn but the words.
    expect(third!.querySelectorAll('.cmp [aria-hidden="true"]').length).to.equal(0);
    expect(text(third)).not.to.contain('Held');
    const legend = Array.from(root(el).querySelectorAll('[part="legend"] li')).map(text);
    expect(legend).to.include('Not comparable: the grading changed 1 judgement');
    expect(root(el).querySelector('[part="legend"]')!.getAttribute('aria-label')).to.equal(
      'Key to the Ofsted 4-point scale and the Ofsted report card scale',
    );
    expect(await heard()).to.contain('Expected standardNot comparable: the grading changed');
    await expect(el).to.be.accessible();
  });

  it('reports a column dated before its scale came in, naming the column', async () => {
    const early = {
      columns: [{ id: 'c', label: 'Report card', date: '2025-06-01', scale: 'ofsted-report-card' }],
      rows: [{ label: 'Inclusion', grades: { c: 'Needs attention' } }],
    };
    const el = await ready(
      await fixture<IkJudgementGrid>(html`<ik-judgement-grid .data=${early}></ik-judgement-grid>`),
    );
    expect(problems(el)).to.deep.equal([
      'Column "Report card", date: "2025-06-01" is before the Ofsted report card scale came in, on 10 November 2025: check the date, or give the column the scale it was graded on ("scale")',
    ]);
  });
});

describe('the inspectorates’ grades in the grid', () => {
  it('shows CQC’s "Not rated" as its own state, in the cell, the key and the summary', async () => {
    const data = {
      scale: 'cqc-4',
      columns: [
        { id: 'safe', label: 'Safe' },
        { id: 'wl', label: 'Well-led' },
      ],
      rows: [{ label: 'Riverside home care', grades: { safe: 'Requires improvement', wl: 'Not rated' } }],
    };
    const el = await ready(
      await fixture<IkJudgementGrid>(html`<ik-judgement-grid .data=${data}></ik-judgement-grid>`),
    );
    expect(cells(el).map(text)).to.deep.equal(['Requires improvement (3)', 'Not rated']);
    expect(text(root(el).querySelector('[part="summary"]'))).to.equal(
      '1 judgement: 1 requires improvement; 1 not rated',
    );
    await expect(el).to.be.accessible();
  });

  it('reads the Care Inspectorate’s printed forms from CSV, 6 best', async () => {
    const el = await ready(
      await fixture<IkJudgementGrid>(html`<ik-judgement-grid scale="care-inspectorate-6" compare
        ><script type="text/csv">
Key question,2024,2025
How well do we support people's wellbeing?,4 Good,5 Very Good
How good is our leadership?,Grade 5 - Very good,5 – Very good
How good is our staff team?,Very Good (5),4
</script></ik-judgement-grid>`),
    );
    expect(problems(el)).to.deep.equal([]);
    expect(cells(el).map(text)).to.deep.equal([
      'Good (4)',
      'Very good (5) ↑ Improved from Good (4) in 2024',
      'Very good (5)',
      'Very good (5) → Held since 2024',
      'Very good (5)',
      'Good (4) ↓ Declined from Very good (5) in 2024',
    ]);
  });
});

describe('<ik-judgement-grid column-scales>', () => {
  it('puts a CSV’s columns on their scales, and compare says where the grading changed', async () => {
    const el = await ready(
      await fixture<IkJudgementGrid>(html`<ik-judgement-grid
        compare
        scale="ofsted-ri"
        column-scales="Safeguarding: ofsted-safeguarding, 2026: ofsted-report-card"
        ><script type="text/csv">
School,2023,2026,Safeguarding
Hillside Primary,Good,Strong standard,Met
</script></ik-judgement-grid>`),
    );
    expect(problems(el)).to.deep.equal([]);
    expect(cells(el).map(text)).to.deep.equal([
      'Good (2)',
      'Strong standard Not comparable: the grading changed',
      'Met Not comparable: the grading changed',
    ]);
  });

  it('names an entry that is not a column, or a scale that is not one', async () => {
    const el = await ready(
      await fixture<IkJudgementGrid>(html`<ik-judgement-grid column-scales="Safegarding: ofsted-safeguarding"
        ><script type="text/csv">
School,Safeguarding
Hillside Primary,Good
</script></ik-judgement-grid>`),
    );
    expect(problems(el)).to.deep.equal([
      'The column-scales attribute: "Safegarding" is not a column (did you mean "Safeguarding"?): use "Safeguarding"',
    ]);
    const wrong = await ready(
      await fixture<IkJudgementGrid>(html`<ik-judgement-grid column-scales="Safeguarding: ofsted-safe"
        ><script type="text/csv">
School,Safeguarding
Hillside Primary,Good
</script></ik-judgement-grid>`),
    );
    expect(problems(wrong)[0]).to.match(
      /^The column-scales attribute: "Safeguarding: ofsted-safe" gives "Safeguarding" the scale "ofsted-safe", which is not a scale: use "ofsted-4", .*\. Until then, each column is on its own scale, or the grid's$/,
    );
  });
});

describe('judgements in words from a pasted table (the narrative scale)', () => {
  it('shows a narrative column’s text as its words beside a graded column, and keys only the grades', async () => {
    const el = await ready(
      await fixture<IkJudgementGrid>(html`<ik-judgement-grid scale="ciw" column-scales="Findings: narrative"
        ><table>
          <tr><th>Setting</th><th>Care and support</th><th>Findings</th></tr>
          <tr><td>Tŷ Example</td><td>Good</td><td>Staff know people well and support them kindly.</td></tr>
          <tr><td>Tŷ Arall</td><td>Excellent</td><td>Excelent</td></tr>
        </table></ik-judgement-grid>`),
    );
    expect(problems(el)).to.deep.equal([
      'Row "Tŷ Arall", column "Findings": "Excelent" reads as a grade (did you mean "Excellent"?), but this column is set to "narrative" (judgements in words, with no grades): write the judgement in words, or give the column its grade scale in the scale or column-scales attribute',
    ]);
    expect(cells(el).map(text)).to.deep.equal([
      'Good',
      'Staff know people well and support them kindly.',
      'Excellent',
      'Not valid Given: "Excelent"',
    ]);
    expect(root(el).querySelector('[part="legend"]')!.getAttribute('aria-label')).to.equal(
      'Key to the Care Inspectorate Wales rating scale',
    );
    expect(text(root(el).querySelector('[part="summary"]'))).to.equal(
      '2 judgements: 1 good, 1 excellent; 1 in words, 1 not valid',
    );
    await expect(el).to.be.accessible();
  });
});

describe('<ik-rag-matrix map>', () => {
  it('reads a CSV’s own codes through the map attribute', async () => {
    const el = await ready(
      await fixture<IkRagMatrix>(html`<ik-rag-matrix map="lg:green, la:amber, lr:red, lu:grey"
        ><script type="text/csv">
Action,Q1,Q2
Recruit social workers,la,lg
Audit case files,lr,lu
</script></ik-rag-matrix>`),
    );
    expect(problems(el)).to.deep.equal([]);
    expect(cells(el).map((td) => text(td.querySelector('.cell-text') ?? td))).to.deep.equal([
      'Amber',
      'Green',
      'Red',
      'Grey',
    ]);
  });

  it('names a wrong entry of the map attribute, and says how to write it', async () => {
    const el = await ready(
      await fixture<IkRagMatrix>(html`<ik-rag-matrix map="lg:green, lu:gray"
        ><script type="text/csv">
Action,Q1
Recruit social workers,lg
</script></ik-rag-matrix>`),
    );
    expect(problems(el)[0]).to.equal(
      'The map attribute: "lu:gray" gives "lu" the status "gray", which is not a status: use red, amber, green, blue or grey. Until then, the data\'s map and the default words are used',
    );
  });

  it('reads ILACS outcomes as written: "requires improvement to be good" is amber', async () => {
    const el = await ready(
      await fixture<IkRagMatrix>(html`<ik-rag-matrix columns="Help and protection,In care"
        ><script type="text/csv">
Local authority,Help and protection,In care
Barnsley,requires improvement to be good,good
Blackpool,requires improvement,outstanding
</script></ik-rag-matrix>`),
    );
    expect(problems(el)).to.deep.equal([]);
    expect(cells(el).map((td) => text(td.querySelector('.cell-text') ?? td))).to.deep.equal([
      'Amber',
      'Green',
      'Amber',
      'Blue',
    ]);
  });
});
