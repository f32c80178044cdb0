/**
 * Editors' real input (issue 15): tables pasted from a Word board paper into a CMS, and CSV as Excel saves it.
 * The fixtures are byte-exact files under test/fixtures/excel/ (see its README).
 */
import { expect } from '@open-wc/testing';
import '../../src/components/judgement-grid/define.js';
import '../../src/components/deadline-timeline/define.js';
import '../../src/components/rag-matrix/define.js';
import { clearFetchCache } from '../../src/core/load/shared.js';
import { mount, notices, problemPaths, problems, text, unmountAll, type Widget } from '../base/speech.js';

const fixtureText = async (name: string) => (await fetch(`/test/fixtures/excel/${name}`)).text();

afterEach(() => {
  unmountAll();
  clearFetchCache();
});

const shadow = (el: Widget) => el.shadowRoot!;
/** Each body row's header and cells as shown (row label first). */
const rowTexts = (el: Widget) =>
  Array.from(shadow(el).querySelectorAll('tbody tr')).map((tr) =>
    Array.from(tr.querySelectorAll('th, td')).map((c) => text(c.querySelector('.label, .cell-text') ?? c)),
  );

describe('a Word board paper pasted into a CMS: merged cells read as the browser lays them out', () => {
  it('grid: a grade merged down two rows applies to both, and "Service responsiveness" keeps its Safeguarding and LAC grades', async () => {
    const table = await fixtureText('grid-word-board-paper.html');
    const { el, data } = await mount(`<ik-judgement-grid>${table}</ik-judgement-grid>`);
    expect(el.state).to.equal('ready');
    expect(problems(el)).to.deep.equal([]);
    expect(data).to.deep.equal({
      columns: [
        { id: 'Safeguarding', label: 'Safeguarding' },
        { id: 'Looked after children', label: 'Looked after children' },
      ],
      rows: [
        {
          label: 'Overall judgements',
          grades: {},
          children: [
            {
              label: 'Overall effectiveness',
              grades: { Safeguarding: 'Adequate', 'Looked after children': 'Good' },
            },
            {
              label: 'Capacity to improve',
              grades: { Safeguarding: 'Good', 'Looked after children': 'Good' },
            },
            {
              label: 'Service responsiveness',
              grades: { Safeguarding: 'Good', 'Looked after children': 'Outstanding' },
            },
          ],
        },
        {
          label: 'Outcomes for children and young people',
          grades: {},
          children: [
            { label: 'Being healthy', grades: { 'Looked after children': 'Adequate' } },
            {
              label: 'Staying safe',
              grades: { Safeguarding: 'Inadequate', 'Looked after children': 'Adequate' },
            },
          ],
        },
      ],
    });
    const service = rowTexts(el).find((r) => r[0] === 'Service responsiveness');
    expect(service?.slice(1).join(' | ')).to.match(/^Good.* \| Outstanding/);
  });
  it('grid: a row whose one cell spans the table is a parent row, never an invalid grade', async () => {
    const table = await fixtureText('grid-word-board-paper.html');
    const { el } = await mount(`<ik-judgement-grid>${table}</ik-judgement-grid>`);
    const labels = rowTexts(el).map((r) => r[0]);
    expect(labels).to.include('Outcomes for children and young people');
    expect(problems(el).join(' ')).not.to.contain('not a grade');
  });
  it('matrix: a status merged down two rows applies to both, and a full-width heading row is the group of the rows after it', async () => {
    const table = await fixtureText('rag-word-board-paper.html');
    const { el, data } = await mount(`<ik-rag-matrix>${table}</ik-rag-matrix>`);
    expect(el.state).to.equal('ready');
    expect(problems(el)).to.deep.equal([]);
    const march = 'Progress March 2009';
    const june = 'Progress June 2009';
    expect((data as { rows: unknown }).rows).to.deep.equal([
      {
        label: 'Improve the quality of assessments',
        cells: { [march]: 'Amber', [june]: 'Green' },
        group: 'JAR recommendations',
      },
      {
        label: 'Reduce the number of agency social workers',
        cells: { [march]: 'Amber', [june]: 'Red' },
        group: 'JAR recommendations',
      },
      {
        label: 'Attendance of looked after children',
        cells: { [march]: 'Green', [june]: 'Green' },
        group: 'APA recommendations',
      },
    ]);
    const groups = Array.from(shadow(el).querySelectorAll('tbody tr.group')).map(text);
    expect(groups.length).to.equal(2);
    expect(groups[0]).to.contain('JAR recommendations');
    expect(groups[1]).to.contain('APA recommendations');
  });
});

describe('an action plan pasted from Word: heading rows across the table', () => {
  it('timeline: a row of one cell across the table is the theme of the actions after it, not an action', async () => {
    const { el, data } = await mount(`<ik-deadline-timeline as-of="2010-02-01"><table>
      <thead><tr><th>Title</th><th>Due</th><th>Owner</th></tr></thead><tbody>
      <tr><td colspan="3"><p><b>Safeguarding</b></p></td></tr>
      <tr><td><p>Audit child protection plans</p></td><td>2010-03-31</td><td>Head of Service</td></tr>
      <tr><td colspan="3"><p><b>Looked after children</b></p></td></tr>
      <tr><td><p>Review placement stability</p></td><td>2010-06-30</td><td>&nbsp;</td></tr>
      </tbody></table></ik-deadline-timeline>`);
    expect(problems(el)).to.deep.equal([]);
    expect(el.state).to.equal('ready');
    expect((data as { actions: unknown }).actions).to.deep.equal([
      {
        theme: 'Safeguarding',
        title: 'Audit child protection plans',
        due: '2010-03-31',
        owner: 'Head of Service',
      },
      { theme: 'Looked after children', title: 'Review placement stability', due: '2010-06-30' },
    ]);
  });
});

// The files are served byte for byte by /test-api/excel (test/server/test-api.mjs): the test runner's static
// server reads text files as UTF-8, which would spoil Windows-1252 and UTF-16 before the widget saw them.
describe('CSV as Excel saves it, fetched by src', () => {
  it('the test server sends the fixtures byte for byte', async () => {
    const bytes = new Uint8Array(
      await (await fetch('/test-api/excel?file=grid-windows-1252.csv')).arrayBuffer(),
    );
    expect(bytes.length).to.equal(245);
    expect(bytes[31]).to.equal(0x92); // the apostrophe of "Children’s"
  });
  const gridData = {
    label: 'Children’s services – overall',
    grades: {
      Safeguarding: { grade: 'Adequate', note: 'Budget £1.2m, 2010–11' },
      'Looked after children': { grade: 'Good', note: 'Carers’ “voice” heard' },
    },
  };
  it('Windows-1252 "CSV (Comma delimited)": £, en dash and curly apostrophe come out right, and the widget says how it read the file', async () => {
    const { el, data } = await mount(
      '<ik-judgement-grid src="/test-api/excel?file=grid-windows-1252.csv"></ik-judgement-grid>',
    );
    expect(el.state).to.equal('ready');
    expect((data as { rows: unknown[] }).rows[0]).to.deep.equal(gridData);
    expect(text(shadow(el))).not.to.contain('\uFFFD');
    expect(notices(el)).to.deep.equal([
      'Read as Windows-1252 text, as Excel saves "CSV (Comma delimited)". If a letter or symbol looks wrong, save the file as "CSV UTF-8".',
    ]);
  });
  it('Windows-1252 with semicolons (European-locale Excel): every column in place, and the guess is said', async () => {
    const { el, data } = await mount(
      '<ik-judgement-grid src="/test-api/excel?file=grid-windows-1252-semicolon.csv"></ik-judgement-grid>',
    );
    expect(el.state).to.equal('ready');
    expect((data as { rows: unknown[] }).rows[0]).to.deep.equal(gridData);
    expect(notices(el)[0]).to.match(
      /^Read as Windows-1252 text with semicolons between columns, as Excel saves CSV in some regions\./,
    );
  });
  it('UTF-16 "Unicode text" with tabs: no NUL characters, and the widget says how it read the file', async () => {
    const { el, data } = await mount(
      '<ik-judgement-grid format="csv" src="/test-api/excel?file=grid-utf16le-unicode-text.txt&amp;type=text/plain"></ik-judgement-grid>',
    );
    expect(el.state).to.equal('ready');
    expect((data as { rows: unknown[] }).rows[0]).to.deep.equal(gridData);
    expect(text(shadow(el))).not.to.contain('\u0000');
    expect(notices(el)).to.deep.equal([
      'Read as UTF-16 text with tabs between columns, as Excel saves "Unicode text".',
    ]);
  });
  it('"CSV UTF-8" (with a byte-order mark) and plain UTF-8: read as written, with no notice', async () => {
    for (const name of ['grid-utf8-bom.csv', 'grid-utf8.csv']) {
      const { el, data } = await mount(
        `<ik-judgement-grid src="/test-api/excel?file=${name}"></ik-judgement-grid>`,
      );
      expect(el.state, name).to.equal('ready');
      expect((data as { rows: unknown[] }).rows[0], name).to.deep.equal(gridData);
      expect(notices(el), name).to.deep.equal([]);
      clearFetchCache();
    }
  });
});

describe('inline CSV: separators', () => {
  it('tab-separated cells pasted from Excel are read, and the widget says so', async () => {
    const { el, data } = await mount(
      '<ik-judgement-grid><script type="text/csv">Area\tSafeguarding\tLooked after children\nHelp, support and protection\tGood\tAdequate\n</script></ik-judgement-grid>',
    );
    expect(el.state).to.equal('ready');
    expect((data as { rows: unknown[] }).rows).to.deep.equal([
      {
        label: 'Help, support and protection',
        grades: { Safeguarding: 'Good', 'Looked after children': 'Adequate' },
      },
    ]);
    expect(notices(el)).to.deep.equal(['Read with tabs between columns, as copying cells from Excel gives.']);
  });
  it('an indented inline script of tab-separated cells keeps an empty first cell as a cell, never shifting the row left', async () => {
    const { el } = await mount(
      '<ik-judgement-grid><script type="text/csv">\n    Area\tSafeguarding\tLooked after children\n    Leadership\tGood\tAdequate\n    \tGood\tOutstanding\n  </script></ik-judgement-grid>',
    );
    expect(problems(el)).to.deep.equal([
      'CSV row 3: has no label in its first column, so it is not read: write the row’s label there',
    ]);
    expect(problemPaths(el)).to.deep.equal(['']);
  });
  it('a row with more cells than the header is named in the problems, not shifted silently', async () => {
    const { el } = await mount(
      '<ik-judgement-grid><script type="text/csv">Area,Safeguarding,Looked after children\nLeadership,Good,Adequate\nHelp, support,Good,Good\n</script></ik-judgement-grid>',
    );
    expect(problems(el)).to.include(
      'CSV row 3: has 4 cells but the header has 3: "Good" is not read. Put quotes round a cell that holds a comma, or add the missing header',
    );
  });
});
