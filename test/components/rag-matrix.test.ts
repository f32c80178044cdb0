import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/rag-matrix/define.js';
import type { IkRagMatrix, RagSelectDetail } from '../../src/components/rag-matrix/rag-matrix.js';
import { clearFetchCache } from '../../src/core/load/shared.js';
import { problemPaths, problems, text } from '../base/speech.js';
import { expectUnderItsCell } from './note-placement.js';
import { axFocused, cellsUnder, expectClearOfRowHeader, pointAt, shows } from './table-a11y.js';

const leeds = (await (await fetch('/test/fixtures/leeds-report.json')).json()) as {
  progress2009: unknown;
  indicators: {
    kpis: {
      ref: string;
      polarity?: string;
      target: { value: number };
      series: { period: string; value: number }[];
    }[];
  };
};

const root = (el: IkRagMatrix) => el.shadowRoot!;
const itemRows = (el: IkRagMatrix) => Array.from(root(el).querySelectorAll('tbody tr:not(.group)'));
/** A cell's words: its `.cell-text`, or in a plain cell (mark, letter, words) the words straight in the cell. */
const cellText = (td: Element | null): string => {
  const words = td?.querySelector('.cell-text');
  if (words || !td) return text(words);
  const own = Array.from(td.childNodes).filter((n) => n.nodeType === Node.TEXT_NODE);
  return own
    .map((n) => text(n))
    .join(' ')
    .trim();
};
const summaries = (el: IkRagMatrix) => Array.from(root(el).querySelectorAll('tfoot td')).map(text);
async function ready(el: IkRagMatrix) {
  await waitUntil(() => el.state !== 'loading', 'still loading', { timeout: 5000 });
  await el.updateComplete;
  return el;
}
const matrix = (data: unknown) => fixture<IkRagMatrix>(html`<ik-rag-matrix .data=${data}></ik-rag-matrix>`);

afterEach(() => clearFetchCache());

describe('<ik-rag-matrix> with the Leeds 2009 JAR / APA progress', () => {
  it('groups the items by theme under group header rows', async () => {
    const el = await ready(await matrix(leeds.progress2009));
    expect(el.state).to.equal('ready');
    expect(Array.from(root(el).querySelectorAll('tr.group th[scope="rowgroup"]')).map(text)).to.deep.equal([
      '14-19 Education',
      'Outcomes for vulnerable groups',
      'Health',
      'Safeguarding',
    ]);
    expect(itemRows(el).length).to.equal(23);
    await expect(el).to.be.accessible();
  });

  it('shows each status as shape, letter and word with the rating as written', async () => {
    const el = await ready(await matrix(leeds.progress2009));
    const first = itemRows(el)[0]!.querySelector('td')!;
    expect(cellText(first)).to.equal('Green');
    expect(text(first.querySelector('.letter'))).to.equal('G');
    expect(text(first.querySelector('.rating'))).to.equal('Good');
    expect(first.querySelector('.mark.circle.tone-green')).to.not.equal(null);
  });

  it('shows "Full data unavailable" as a grey cell with its note', async () => {
    const el = await ready(await matrix(leeds.progress2009));
    const grey = Array.from(root(el).querySelectorAll('td')).find((td) => cellText(td) === 'Grey')!;
    expect(text(grey.querySelector('.letter'))).to.equal('–');
    const note = root(el).getElementById(grey.getAttribute('aria-describedby')!)!;
    expect(text(note)).to.equal('Full data unavailable at the time of report publication');
    grey.focus();
    await el.updateComplete;
    expect(getComputedStyle(note).display).to.equal('block');
    expectUnderItsCell(note, grey);
  });

  it('reports the rating typed 3333 with its path, shows it in place as not valid, and draws the rest', async () => {
    const el = await ready(await matrix(leeds.progress2009));
    expect(problems(el)).to.deep.equal([
      'Row "Ensure the electronic case record system (ESCR) p…", column "Executive Board 1st April 2009, Appendix 1": "3333" is not a rating: use poor, satisfactory, adequate, good, excellent, outstanding or inadequate (or a status: red, amber, green, blue or grey)',
    ]);
    expect(problemPaths(el)).to.deep.equal(['Path in the data: rows[8].cells["exb-2009-04-01"].rating']);
    const bad = Array.from(root(el).querySelectorAll('td')).find((td) => cellText(td) === 'Not valid')!;
    expect(text(bad.querySelector('.raw'))).to.equal('Given: "3333"');
    expect(summaries(el)).to.deep.equal([
      '10 green · 11 amber · 1 grey · 1 not valid',
      '11 green · 11 amber · 1 grey',
    ]);
  });

  it('filters to one status with pressed buttons and says how many are shown', async () => {
    const el = await ready(await matrix(leeds.progress2009));
    const buttons = Array.from(root(el).querySelectorAll<HTMLButtonElement>('button.filter'));
    expect(buttons.map(text)).to.deep.equal(['Green (11)', 'Amber (11)', 'Grey (1)']);
    expect(text(root(el).querySelector('.shown'))).to.equal('Showing all 23 items');
    buttons[2]!.click();
    await el.updateComplete;
    expect(buttons[2]!.getAttribute('aria-pressed')).to.equal('true');
    expect(itemRows(el).length).to.equal(1);
    expect(root(el).querySelectorAll('tr.group').length).to.equal(1);
    expect(text(root(el).querySelector('.shown'))).to.equal(
      'Showing 1 of 23 items: the one with a grey status',
    );
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('button.filter:last-of-type')!.click();
    await el.updateComplete;
    expect(itemRows(el).length).to.equal(23);
    expect(buttons[2]!.getAttribute('aria-pressed')).to.equal('false');
  });

  it('moves by keyboard and fires ik-select with the row, column and status', async () => {
    const el = await ready(await matrix(leeds.progress2009));
    root(el).querySelector<HTMLElement>('[tabindex="0"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const detail = (await oneEvent(el, 'ik-select')).detail as RagSelectDetail;
    expect(detail.row.group).to.equal('14-19 Education');
    expect(detail.column).to.deep.equal({
      id: 'exb-2009-04-01',
      label: 'Executive Board 1st April 2009, Appendix 1',
    });
    expect(detail.value).to.deep.equal({ status: 'green', rating: 'Good', text: 'Green (Good)' });
  });
});

describe('<ik-rag-matrix> for screen readers and keyboard (WCAG 1.3.1)', () => {
  const focusedText = (el: IkRagMatrix) => text((root(el).activeElement as HTMLElement | null) ?? null);

  it('lands on each group name with the arrow keys, and says it; up and down keep the column', async () => {
    const el = await ready(await matrix(leeds.progress2009));
    const first = root(el).querySelector<HTMLElement>('[tabindex="0"]')!;
    expect(text(first)).to.equal('14-19 Education');
    first.focus();
    expect(await axFocused()).to.include({ name: '14-19 Education' });
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedText(el)).to.equal('14-19 Education');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    const column = (root(el).activeElement as HTMLTableCellElement).cellIndex;
    expect(column).to.equal(2);
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedText(el)).to.equal('14-19 Education');
    await sendKeys({ press: 'ArrowDown' });
    expect((root(el).activeElement as HTMLTableCellElement).cellIndex).to.equal(2);
    // Down the first group's items, onto the second group's name.
    const groupSize = root(el).querySelectorAll('tbody:first-of-type tr:not(.group)').length;
    for (let i = 0; i < groupSize; i++) await sendKeys({ press: 'ArrowDown' });
    expect(focusedText(el)).to.equal('Outcomes for vulnerable groups');
    expect(await axFocused()).to.include({ name: 'Outcomes for vulnerable groups' });
    expect(root(el).querySelectorAll('[tabindex="0"]').length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('is a tree grid of groups and their items, each row with its level and place', async () => {
    const el = await ready(await matrix(leeds.progress2009));
    expect(root(el).querySelector('table')!.getAttribute('role')).to.equal('treegrid');
    const rows = Array.from(root(el).querySelectorAll<HTMLTableRowElement>('tbody tr')).slice(0, 3);
    expect(
      rows.map((tr) => [
        tr.classList.contains('group'),
        tr.getAttribute('aria-level'),
        tr.getAttribute('aria-posinset'),
        tr.getAttribute('aria-setsize'),
      ]),
    ).to.deep.equal([
      [true, '1', '1', '4'],
      [false, '2', '1', String(root(el).querySelectorAll('tbody:first-of-type tr:not(.group)').length)],
      [false, '2', '2', String(root(el).querySelectorAll('tbody:first-of-type tr:not(.group)').length)],
    ]);
    rows[1]!.tabIndex = -1;
    rows[1]!.focus();
    expect(await axFocused()).to.include({ role: 'row', level: 2 });
  });

  it('is a plain grid, with no levels, when no item has a group', async () => {
    const el = await ready(
      await matrix({ columns: [{ id: 'q', label: 'Q' }], rows: [{ label: 'a', cells: { q: 'red' } }] }),
    );
    expect(root(el).querySelector('table')!.getAttribute('role')).to.equal('grid');
    expect(root(el).querySelector('tbody tr')!.hasAttribute('aria-level')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('is named once, by its title, and says its source once', async () => {
    const el = await ready(await matrix(leeds.progress2009));
    const table = root(el).querySelector('table')!;
    expect(table.hasAttribute('aria-labelledby')).to.equal(false);
    table.tabIndex = -1;
    table.focus();
    const node = await axFocused();
    expect(node?.name).to.equal(text(table.querySelector('caption')));
    expect(node?.name.length).to.be.below(120);
    expect(node?.description ?? '').to.equal('');
  });

  it('counts in each filter button the items the filter shows, not the cells', async () => {
    const el = await ready(await matrix(leeds.progress2009));
    const buttons = () => Array.from(root(el).querySelectorAll<HTMLButtonElement>('button.filter'));
    const labels = buttons().map(text);
    for (const [i, label] of labels.entries()) {
      buttons()[i]!.click();
      await el.updateComplete;
      const count = Number(/\((\d+)\)/.exec(label)![1]);
      expect(itemRows(el).length, label).to.equal(count);
      expect(text(root(el).querySelector('.shown'))).to.contain(`Showing ${count} of 23 items`);
      buttons()[i]!.click();
      await el.updateComplete;
    }
  });

  it('sums the items up by latest status in one line, and again when filtered', async () => {
    const el = await ready(await matrix(leeds.progress2009));
    const summary = () => text(root(el).querySelector('[part="summary"]'));
    expect(summary()).to.match(/^23 items by latest status: \d+ green, \d+ amber/);
    [...root(el).querySelectorAll<HTMLButtonElement>('button.filter')]
      .find((b) => b.textContent!.includes('Grey'))!
      .click();
    await el.updateComplete;
    expect(summary()).to.match(/^1 item of 23 shown, by latest status: 1 /);
  });
});

describe('<ik-rag-matrix> notes and focus at 400% zoom (WCAG 1.4.13, 2.4.11)', () => {
  afterEach(async () => {
    await resetMouse();
    await setViewport({ width: 800, height: 600 });
  });

  it('hides a note opened by the pointer on Escape, wherever focus is, and shows it while over the note', async () => {
    const el = await ready(await matrix(leeds.progress2009));
    const start = root(el).querySelector<HTMLElement>('[tabindex="0"]')!;
    start.focus();
    const grey = root(el).querySelector<HTMLTableCellElement>('td[aria-describedby]')!;
    const note = root(el).getElementById(grey.getAttribute('aria-describedby')!)!;
    await pointAt(grey);
    expect(shows(note)).to.equal(true);
    expect(cellsUnder(root(el), note, grey).every((c) => c.cellIndex === grey.cellIndex)).to.equal(true);
    await pointAt(note, 0.5, 0.8);
    expect(shows(note)).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(shows(note)).to.equal(false);
    expect(root(el).activeElement).to.equal(start);
  });

  it('keeps a focused first-column cell clear of the sticky item names at 320 px, down the column', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await ready(await matrix(leeds.progress2009));
    const scroll = root(el).querySelector('.scroll')!;
    root(el).querySelector<HTMLElement>('[tabindex="0"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    scroll.scrollLeft = scroll.scrollWidth;
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    for (let i = 0; i < 4; i++) {
      const cell = root(el).activeElement!.closest('td')!;
      expect(cell.cellIndex).to.equal(1);
      expectClearOfRowHeader(root(el), cell);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
    }
  });
});

describe('<ik-rag-matrix> plain status cells', () => {
  it('lays out mark, letter and word side by side, clear of each other, at 320 px too', async () => {
    const data = {
      columns: [{ id: 'q1', label: 'Q1' }],
      rows: [
        { label: 'Timely assessments', cells: { q1: 'red' } },
        { label: 'Placement stability', cells: { q1: 'green' } },
      ],
    };
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 320px"><ik-rag-matrix .data=${data}></ik-rag-matrix></div>`,
    );
    const el = await ready(wrapper.querySelector('ik-rag-matrix')!);
    for (const td of Array.from(root(el).querySelectorAll('tbody td'))) {
      expect(td.classList.contains('plain')).to.equal(true);
      const mark = td.querySelector('.mark')!.getBoundingClientRect();
      // The letter's own text, not its box: an inline block takes the cell's text-indent inside itself.
      const letterText = document.createRange();
      letterText.selectNodeContents(td.querySelector('.letter')!);
      const letter = letterText.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(td);
      range.setStartAfter(td.querySelector('.letter')!);
      const word = range.getBoundingClientRect();
      expect(letter.left, 'letter after the mark').to.be.at.least(mark.right);
      expect(word.left, 'word after the letter').to.be.at.least(letter.right);
      expect(Math.abs(letter.top - word.top), 'on one line').to.be.below(8);
    }
    expect(itemRows(el).map((tr) => cellText(tr.querySelector('td')))).to.deep.equal(['Red', 'Green']);
  });
});

describe('<ik-rag-matrix> by pointer', () => {
  it('fires ik-select for a click on a cell or on its word, with the cell clicked', async () => {
    const el = await ready(await matrix(leeds.progress2009));
    const selected: RagSelectDetail[] = [];
    el.addEventListener('ik-select', (e) => selected.push((e as CustomEvent<RagSelectDetail>).detail));
    const row = root(el).querySelector<HTMLTableRowElement>('tbody tr[data-r="1"]')!;
    row.cells[1]!.click();
    row.cells[1]!.querySelector<HTMLElement>('.cell-text')!.click();
    row.cells[0]!.click();
    expect(selected.length).to.equal(2);
    expect(selected[0]!.row.key).to.be.a('string').and.equal(selected[1]!.row.key);
    expect(selected[0]!.column?.id).to.equal('exb-2009-04-01');
  });
});

describe('<ik-rag-matrix> from value and target', () => {
  // The Leeds May 2010 indicators as a KPI × period matrix; a tolerance of 5 (in each indicator's units) is
  // this test's choice, to exercise amber.
  const kpis = leeds.indicators.kpis;
  const periods = [...new Set(kpis.flatMap((k) => k.series.map((p) => p.period)))];
  const data = {
    title: 'Indicators against target',
    columns: periods.map((p) => ({ id: p, label: p })),
    rows: kpis.map((k) => ({
      id: k.ref,
      label: k.ref,
      cells: Object.fromEntries(
        k.series.map((p) => [
          p.period,
          { value: p.value, target: k.target.value, polarity: k.polarity, tolerance: 5 },
        ]),
      ),
    })),
  };

  it('gives each value a status by polarity and tolerance, and counts them per column', async () => {
    const el = await ready(await matrix(data));
    expect(problems(el)).to.deep.equal([]);
    const row = (ref: string) => itemRows(el).find((tr) => text(tr.querySelector('th')) === ref)!;
    const cells = (ref: string) => Array.from(row(ref).querySelectorAll('td')).map(cellText);
    expect(periods).to.deep.equal(['2008/09', '2009/10', 'Q3 2009/10', 'Q4 2009/10', 'March 2010']);
    expect(cells('NI 59')).to.deep.equal(['Amber', 'No entry', 'Red', 'Red', 'Red']);
    expect(cells('NI 64')).to.deep.equal(['Green', 'Green', 'No entry', 'No entry', 'No entry']);
    expect(cells('NI 65')).to.deep.equal(['Amber', 'Amber', 'No entry', 'No entry', 'No entry']);
    expect(cells('NI 68')).to.deep.equal(['Red', 'Amber', 'No entry', 'No entry', 'No entry']);
    expect(text(row('NI 59').querySelector('td .measure'))).to.equal('76.5 against a target of 80');
    expect(summaries(el).slice(0, 2)).to.deep.equal([
      '2 green · 4 amber · 3 red',
      '2 green · 4 amber · 3 red',
    ]);
    await expect(el).to.be.accessible();
  });

  it('reports a value with no target, a cell with nothing to go on, and a value and target with no polarity (never judged as if higher were better)', async () => {
    const el = await ready(
      await matrix({
        columns: [{ id: 'q1', label: 'Q1' }],
        rows: [
          { label: 'a', cells: { q1: { value: 3 } } },
          { label: 'b', cells: { q1: { note: 'x' } } },
          { label: 'c', cells: { q1: { value: 73, target: 80 } } },
          { label: 'd', cells: { q1: { value: 73, target: 80, polarity: 'No judgement' } } },
        ],
      }),
    );
    expect(problems(el)).to.deep.equal([
      'Row "a", column "Q1": has a value but no target, so it has no status: give a target, a status or a rating',
      'Row "b", column "Q1": has no status it can show: give a status or a rating, or a value and a target that can be read',
      'Row "c", column "Q1": has a value and a target but does not say which way is better, so it has no status: give a polarity, up (higher is better) or down (lower is better), or a status or a rating',
      'Row "d", column "Q1": has a value and a target, but its polarity says nothing is judged, so it has no status: give a polarity up or down, or a status or a rating',
    ]);
    expect(problemPaths(el)).to.deep.equal([
      'Path in the data: rows[0].cells.q1',
      'Path in the data: rows[1].cells.q1',
      'Path in the data: rows[2].cells.q1',
      'Path in the data: rows[3].cells.q1',
    ]);
  });
});

describe('<ik-rag-matrix> sources, states and safety', () => {
  it('reads long CSV: a note with no status is grey, ratings map through the defaults', async () => {
    const el = await ready(
      await fixture<IkRagMatrix>(html`<ik-rag-matrix><script type="text/csv">
row,group,column,status_or_rating,note
Level 3 by 19,14-19 Education,April 2009,,Full data unavailable at the time of report publication
Fixed-term exclusions,Vulnerable groups,April 2009,Satisfactory,
ESCR,Safeguarding,April 2009,3333,
</script></ik-rag-matrix>`),
    );
    expect(itemRows(el).map((tr) => cellText(tr.querySelector('td')))).to.deep.equal([
      'Grey',
      'Amber',
      'Not valid',
    ]);
    expect(problems(el)[0]).to.match(/^Row "ESCR", column "April 2009": "3333" is not a status/);
    expect(problemPaths(el)[0]).to.equal('CSV row 4, column "status_or_rating"');
  });

  it('reads a pasted wide table with a group column', async () => {
    const el = await ready(
      await fixture<IkRagMatrix>(html`<ik-rag-matrix>
      <table>
        <thead><tr><th>Indicator</th><th>Group</th><th>Q1 2010/11</th><th>Q2 2010/11</th></tr></thead>
        <tbody>
          <tr><td>NI 59</td><td>Social care</td><td>G</td><td>A</td></tr>
          <tr><td>NI 60</td><td>Social care</td><td>R</td><td>B</td></tr>
        </tbody>
      </table>
    </ik-rag-matrix>`),
    );
    expect(itemRows(el).map((tr) => Array.from(tr.querySelectorAll('td')).map(cellText))).to.deep.equal([
      ['Green', 'Amber'],
      ['Red', 'Blue'],
    ]);
    expect(summaries(el)).to.deep.equal(['1 green · 1 red', '1 blue · 1 amber']);
    await expect(el).to.be.accessible();
  });

  it('keeps the editor\'s own header over the item labels of a pasted table ("Indicator", not "Item")', async () => {
    const el = await ready(
      await fixture<IkRagMatrix>(html`<ik-rag-matrix>
      <table>
        <tr><th>Indicator</th><th>Q1 2010/11</th></tr>
        <tr><td>NI 59</td><td>G</td></tr>
      </table>
    </ik-rag-matrix>`),
    );
    expect(text(root(el).querySelector('thead th'))).to.equal('Indicator');
    el.data = { columns: [{ id: 'q1', label: 'Q1' }], rows: [{ label: 'NI 59', cells: { q1: 'Green' } }] };
    await waitUntil(
      () => text(root(el).querySelector('thead th')) === 'Item',
      'the corner kept the old header',
    );
  });

  it('keeps only the columns named in the columns attribute from a wide spreadsheet', async () => {
    const el = await ready(
      await fixture<IkRagMatrix>(html`<ik-rag-matrix columns="Q1 2010/11">
      <table>
        <tr><th>Indicator</th><th>Code</th><th>Q1 2010/11</th></tr>
        <tr><td>NI 59</td><td>SC-01</td><td>G</td></tr>
      </table>
    </ik-rag-matrix>`),
    );
    expect(problems(el)).to.deep.equal([]);
    expect(Array.from(root(el).querySelectorAll('thead th')).map(text)).to.deep.equal([
      'Indicator',
      'Q1 2010/11',
    ]);
  });

  it('shows text from data as text and links only safe addresses', async () => {
    const el = await ready(
      await matrix({
        title: '<script>alert(1)</script>',
        map: { '<b>ok</b>': 'green' },
        columns: [{ id: 'c', label: '<img src=x onerror=alert(1)>' }],
        rows: [
          { label: '<i>a</i>', cells: { c: { rating: '<b>ok</b>', href: 'javascript:alert(1)' } } },
          { label: 'b', cells: { c: { status: 'red', href: 'https://example.org/report' } } },
        ],
      }),
    );
    expect(root(el).querySelector('img, i, b, script')).to.equal(null);
    expect(text(root(el).querySelector('thead th:nth-child(2)'))).to.equal('<img src=x onerror=alert(1)>');
    expect(Array.from(root(el).querySelectorAll('tbody a')).map((a) => a.getAttribute('href'))).to.deep.equal(
      ['https://example.org/report'],
    );
    expect(problems(el)[0]).to.contain('is not linked');
  });

  it('loads from src with select, and shows loading, error with Retry and empty accessibly', async () => {
    const loading = await fixture<IkRagMatrix>(
      html`<ik-rag-matrix src="/test/fixtures/leeds-report.json" select="progress2009"></ik-rag-matrix>`,
    );
    expect(loading.state).to.equal('loading');
    await expect(loading).to.be.accessible();
    await ready(loading);
    expect(itemRows(loading).length).to.equal(23);

    const failed = await ready(
      await fixture<IkRagMatrix>(html`<ik-rag-matrix src="/test-api/status?code=500"></ik-rag-matrix>`),
    );
    expect(failed.state).to.equal('error');
    expect(root(failed).querySelector('button.retry')).to.not.equal(null);
    await expect(failed).to.be.accessible();

    const empty = await ready(await matrix({ columns: [], rows: [] }));
    expect(empty.state).to.equal('empty');
    await expect(empty).to.be.accessible();
  });
});

describe('<ik-rag-matrix> height: full by default, a cap opt-in and said in words', () => {
  const more = (el: IkRagMatrix) => text(root(el).querySelector('[part="more"]'));
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows every item of the Leeds progress matrix at 1366×768, with no box to scroll and no cue', async () => {
    await setViewport({ width: 1366, height: 768 });
    const el = await ready(await matrix(leeds.progress2009));
    const scroll = root(el).querySelector<HTMLElement>('.scroll')!;
    await waitUntil(() => scroll.hasAttribute('data-open'), 'the box stays a scroll container');
    expect(scroll.scrollHeight <= scroll.clientHeight + 1).to.equal(true);
    const last = itemRows(el).at(-1)!.getBoundingClientRect();
    expect(last.bottom <= scroll.getBoundingClientRect().bottom + 1).to.equal(true);
    expect(more(el)).to.equal('');
  });

  it('with --ik-max-height says in words how many rows are below the box', async () => {
    const el = await ready(
      await fixture<IkRagMatrix>(
        html`<ik-rag-matrix style="--ik-max-height: 200px" .data=${leeds.progress2009}></ik-rag-matrix>`,
      ),
    );
    const scroll = root(el).querySelector<HTMLElement>('.scroll')!;
    const bottom = scroll.getBoundingClientRect().top + scroll.clientTop + scroll.clientHeight;
    await waitUntil(() => more(el) !== '', 'no cue under the capped box');
    const below = Array.from(root(el).querySelectorAll('tbody tr')).filter(
      (tr) => tr.getBoundingClientRect().top >= bottom - 1,
    ).length;
    expect(below).to.be.greaterThan(1);
    expect(more(el)).to.equal(`Scroll for ${below} more rows`);
  });
});
