import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/components/judgement-grid/define.js';
import type {
  IkJudgementGrid,
  JudgementSelectDetail,
} from '../../src/components/judgement-grid/judgement-grid.js';
import { clearFetchCache } from '../../src/core/load/shared.js';
import { problemPaths, problems, text } from '../base/speech.js';
import { expectUnderItsCell } from './note-placement.js';
import { axFocused, axNodes, cellsUnder, expectClearOfRowHeader, pointAt, shows } from './table-a11y.js';

const leeds = (await (await fetch('/test/fixtures/leeds-report.json')).json()) as Record<string, unknown>;
const derby = (await (await fetch('/test/fixtures/derby-report.json')).json()) as Record<string, unknown>;

const root = (el: IkJudgementGrid) => el.shadowRoot!;
const bodyRows = (el: IkJudgementGrid) =>
  Array.from(root(el).querySelectorAll<HTMLTableRowElement>('tbody tr'));
/** A cell's own words: the row label, or the grade (a plain cell holds only its mark and the words). */
const cellText = (c: Element | null | undefined) => text(c?.querySelector('.label, .cell-text') ?? c);
const rowTexts = (el: IkJudgementGrid) =>
  bodyRows(el).map((tr) => Array.from(tr.querySelectorAll('th, td')).map(cellText));
async function ready(el: IkJudgementGrid) {
  await waitUntil(() => el.state !== 'loading', 'still loading', { timeout: 5000 });
  await el.updateComplete;
  return el;
}
const grid = (data: unknown) =>
  fixture<IkJudgementGrid>(html`<ik-judgement-grid .data=${data}></ik-judgement-grid>`);
const focused = (el: IkJudgementGrid) => root(el).activeElement as HTMLElement | null;
/** [row, column] of the focused cell. */
const position = (el: IkJudgementGrid) => {
  const cell = focused(el)?.closest('td, th') as HTMLTableCellElement | null;
  return [Number((cell?.parentElement as HTMLElement | null)?.dataset.r), cell?.cellIndex];
};

afterEach(() => clearFetchCache());

describe('<ik-judgement-grid> with the Leeds 2010 inspection', () => {
  it('draws a real table: caption, column headers, row headers and each grade as word and number', async () => {
    const el = await ready(await grid(leeds.inspection2010));
    expect(el.state).to.equal('ready');
    const table = root(el).querySelector('table')!;
    expect(table.getAttribute('role')).to.equal('treegrid');
    expect(text(table.querySelector('caption'))).to.contain(
      'Inspection of Safeguarding and Looked After Children',
    );
    expect(Array.from(table.querySelectorAll('thead th')).map(text)).to.deep.equal([
      'Area',
      'Safeguarding',
      'Looked after children',
    ]);
    expect(rowTexts(el)[0]).to.deep.equal(['Overall effectiveness', 'Inadequate (4)', 'Adequate (3)']);
    expect(rowTexts(el)[4]).to.deep.equal(['Outcomes for looked after children and care leavers', '', '']);
    expect(table.querySelectorAll('tbody th[scope="row"]').length).to.equal(21);
    expect(problems(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('nests child rows under their parent with an expanded disclosure button', async () => {
    const el = await ready(await grid(leeds.inspection2010));
    const rows = bodyRows(el);
    const quality = rows.find((tr) => text(tr.querySelector('th')).includes('Quality of Provision'))!;
    expect(quality.dataset.depth).to.equal('0');
    expect(rows[rows.indexOf(quality) + 1]!.dataset.depth).to.equal('1');
    const button = quality.querySelector('button.toggle')!;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(text(button)).to.equal('Quality of Provision');
    (button as HTMLButtonElement).click();
    await el.updateComplete;
    expect(bodyRows(el).length).to.equal(18);
    expect(root(el).querySelector('tbody tr:nth-child(11) button')!.getAttribute('aria-expanded')).to.equal(
      'false',
    );
    await expect(el).to.be.accessible();
  });

  it('shows a legend of the scale with counts, and the no-judgement entry', async () => {
    const el = await ready(await grid(leeds.inspection2010));
    const legend = Array.from(root(el).querySelectorAll('[part="legend"] li')).map(text);
    expect(legend).to.deep.equal([
      'Outstanding (1) 0 judgements',
      'Good (2) 6 judgements',
      'Adequate (3) 17 judgements',
      'Inadequate (4) 10 judgements',
      'Not judged 7 judgements',
    ]);
  });

  it('lays out a plain cell as a cell with a note: words that wrap stay clear of the mark', async () => {
    const data = {
      scale: 'ofsted-ri',
      columns: [{ id: 'a', label: 'A' }],
      rows: [
        { label: 'Plain', grades: { a: 'Requires improvement' } },
        { label: 'With a note', grades: { a: { grade: 'Requires improvement', note: 'n' } } },
      ],
    };
    const wrap = await fixture<HTMLElement>(
      html`<div style="width: 240px"><ik-judgement-grid .data=${data}></ik-judgement-grid></div>`,
    );
    const el = await ready(wrap.querySelector('ik-judgement-grid')!);
    /** The left edge of each line of a cell's words, and of its mark. */
    const lines = (td: HTMLTableCellElement) => {
      const words = td.querySelector('.cell-text') ?? td;
      const range = document.createRange();
      range.selectNodeContents(words.lastChild!);
      return {
        mark: Math.round(td.querySelector('[part="mark"]')!.getBoundingClientRect().right),
        lefts: Array.from(range.getClientRects(), (r) => Math.round(r.left)),
      };
    };
    const [plain, noted] = bodyRows(el).map((tr) => lines(tr.cells[1]!));
    expect(plain!.lefts.length).to.be.greaterThan(1);
    expect(new Set(plain!.lefts).size).to.equal(1);
    expect(plain!.lefts[0]).to.be.greaterThan(plain!.mark);
    expect(plain!.lefts).to.deep.equal(noted!.lefts);
  });

  it('gives every grade its own shape, so meaning does not rest on colour', async () => {
    const el = await ready(await grid(leeds.inspection2010));
    const shapes = Array.from(root(el).querySelectorAll('[part="legend"] .mark')).map((m) => m.classList[1]);
    expect(shapes).to.deep.equal(['star', 'circle', 'triangle', 'square', 'dash']);
    expect(new Set(shapes).size).to.equal(shapes.length);
  });

  it('opens a note as a tooltip tied to its cell, and Escape dismisses it', async () => {
    const el = await ready(await grid(leeds.inspection2010));
    const cell = root(el).querySelector<HTMLElement>('td[aria-describedby]')!;
    const note = root(el).getElementById(cell.getAttribute('aria-describedby')!)!;
    expect(note.getAttribute('role')).to.equal('tooltip');
    expect(text(note)).to.contain('rated as adequate');
    expect(getComputedStyle(note).display).to.equal('none');
    cell.focus();
    await el.updateComplete;
    expect(getComputedStyle(note).display).to.equal('block');
    expectUnderItsCell(note, cell);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(getComputedStyle(note).display).to.equal('none');
  });
});

describe('<ik-judgement-grid> for screen readers (WCAG 1.3.1, 4.1.2)', () => {
  it('names a parent row by its label once: the disclosure button is the label, its state only aria-expanded', async () => {
    const el = await ready(await grid(leeds.inspection2010));
    const quality = bodyRows(el).find((tr) => text(tr.cells[0]).includes('Quality of Provision'))!;
    const button = quality.querySelector<HTMLButtonElement>('button.toggle')!;
    // The row header is not focusable itself; made so here, the snapshot shows the name it gives its cells.
    quality.cells[0]!.tabIndex = -1;
    const spoken = async () => (await axNodes()).filter((n) => n.name.includes('Quality of Provision'));
    expect((await spoken()).map((n) => [n.role, n.name, n.expanded])).to.deep.equal([
      ['rowheader', 'Quality of Provision', undefined],
      ['button', 'Quality of Provision', true],
    ]);
    button.click();
    await el.updateComplete;
    expect((await spoken()).map((n) => [n.role, n.name, n.expanded])).to.deep.equal([
      ['rowheader', 'Quality of Provision', undefined],
      ['button', 'Quality of Provision', false],
    ]);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('is a tree grid: each row has its level, its place among its siblings and, for a parent, whether it is expanded', async () => {
    const el = await ready(await grid(leeds.inspection2010));
    const table = root(el).querySelector('table')!;
    expect(table.getAttribute('role')).to.equal('treegrid');
    const tree = () =>
      bodyRows(el).map((tr) => [
        cellText(tr.cells[0]),
        tr.getAttribute('aria-level'),
        tr.getAttribute('aria-posinset'),
        tr.getAttribute('aria-setsize'),
        tr.getAttribute('aria-expanded'),
      ]);
    expect(tree().slice(3, 7)).to.deep.equal([
      ['Children and young people feel safe', '1', '4', '7', null],
      ['Outcomes for looked after children and care leavers', '1', '5', '7', 'true'],
      ['Being Healthy', '2', '1', '5', null],
      ['Staying safe', '2', '2', '5', null],
    ]);
    // A row made focusable for the snapshot: its role and level as assistive technology gets them.
    const child = bodyRows(el)[5]!;
    child.tabIndex = -1;
    child.focus();
    expect(await axFocused()).to.include({ role: 'row', level: 2 });
    // The keyboard still moves cell by cell, and Enter on a parent's label collapses it.
    root(el).querySelector<HTMLButtonElement>('tr[data-r="4"] button.toggle')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(text(focused(el))).to.equal('Being Healthy');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(bodyRows(el)[4]!.getAttribute('aria-expanded')).to.equal('false');
    expect(cellText(bodyRows(el)[5]!.cells[0])).to.equal('Quality of Provision');
    await expect(el).to.be.accessible();
  });

  it('is named once, by its title: the caption, not repeated as a description; the source is said once', async () => {
    const el = await ready(await grid(leeds.inspection2010));
    const table = root(el).querySelector('table')!;
    expect(table.hasAttribute('aria-labelledby')).to.equal(false);
    // Made focusable for the snapshot, which leaves out a table that is not.
    table.tabIndex = -1;
    table.focus();
    const node = await axFocused();
    expect(node?.name).to.equal(
      "The Ofsted and Care Quality Commission Inspection of Safeguarding and Looked After Children's services in Leeds",
    );
    expect(node?.description ?? '').to.equal('');
    const all = (await axNodes()).map((n) => `${n.name} ${n.description ?? ''}`).join(' ');
    expect(all.split('Report of the Interim Director').length - 1).to.equal(1);
  });

  it('says a focused note once, as the description of its cell', async () => {
    const el = await ready(await grid(leeds.inspection2010));
    root(el).querySelector<HTMLElement>('td[aria-describedby]')!.focus();
    await el.updateComplete;
    const node = await axFocused();
    expect(node?.name).to.equal('Adequate (3)');
    expect(node?.description).to.contain('Leeds has been rated as adequate');
  });

  it('sums the grid up in one line above the table, and again when the data change', async () => {
    const el = await ready(await grid(leeds.inspection2010));
    const summary = () => text(root(el).querySelector('[part="summary"]'));
    expect(summary()).to.equal('33 judgements: 10 inadequate, 17 adequate, 6 good; 7 not judged');
    const first = root(el).querySelector('[part="summary"]')!;
    expect(first.compareDocumentPosition(root(el).querySelector('table')!)).to.equal(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    el.data = {
      columns: [{ id: 'a', label: 'A' }],
      rows: [
        { label: 'x', grades: { a: 'Good' } },
        { label: 'y', grades: { a: 'Inadequate' } },
      ],
    };
    await ready(el);
    await waitUntil(() => summary() === '2 judgements: 1 inadequate, 1 good', summary());
  });
});

describe('<ik-judgement-grid> notes opened by the pointer (WCAG 1.4.13)', () => {
  afterEach(() => resetMouse());

  it('shows a note while the pointer is over its cell or the note, hides it on Escape where focus is, and covers only its own column', async () => {
    const el = await ready(await grid(leeds.inspection2010));
    const corner = root(el).querySelector<HTMLElement>('[tabindex="0"]')!;
    corner.focus();
    const cell = root(el).querySelector<HTMLElement>('td[aria-describedby]')!;
    const note = root(el).getElementById(cell.getAttribute('aria-describedby')!)!;
    expect(shows(note)).to.equal(false);
    await pointAt(cell);
    expect(shows(note)).to.equal(true);
    expectUnderItsCell(note, cell);
    // It covers as little as it can: only cells below it in its own column, and few of them.
    const under = cellsUnder(root(el), note, cell);
    expect(under.length).to.be.at.most(4);
    expect(new Set(under.map((c) => c.cellIndex))).to.deep.equal(new Set(under.length ? [1] : []));
    // Hoverable: the pointer moves onto the note and it stays.
    await pointAt(note, 0.5, 0.8);
    expect(shows(note)).to.equal(true);
    // Dismissible without moving the pointer or focus.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(shows(note)).to.equal(false);
    expect(focused(el)).to.equal(corner);
    // Once the pointer has left, the note shows again next time, and goes when the pointer leaves both.
    await pointAt(corner);
    await el.updateComplete;
    await pointAt(cell);
    expect(shows(note)).to.equal(true);
    await pointAt(corner);
    expect(shows(note)).to.equal(false);
  });
});

describe('<ik-judgement-grid> focus under the sticky header row (WCAG 2.4.11)', () => {
  it('scrolls a cell reached by the up arrow clear of the sticky column headers', async () => {
    const columns = Array.from({ length: 6 }, (_, i) => ({ id: `j${i}`, label: `Judgement ${i + 1}` }));
    const rows = Array.from({ length: 60 }, (_, r) => ({
      label: `Authority ${r + 1}`,
      grades: Object.fromEntries(columns.map((c) => [c.id, 'Good'])),
    }));
    const el = await ready(
      await fixture<IkJudgementGrid>(
        html`<ik-judgement-grid style="--ik-max-height: 300px" .data=${{ columns, rows }}></ik-judgement-grid>`,
      ),
    );
    const scroll = root(el).querySelector<HTMLElement>('.scroll')!;
    expect(scroll.scrollHeight).to.be.greaterThan(scroll.clientHeight);
    const row = (r: number) => root(el).querySelector<HTMLTableRowElement>(`tr[data-r="${r}"]`)!;
    row(30).cells[2]!.focus();
    // As a reader who scrolled the focused row up to just under the header row would have it.
    // The column headers are sticky (the thead itself scrolls away).
    const head = root(el).querySelector('thead th')!.getBoundingClientRect();
    scroll.scrollTop += row(30).getBoundingClientRect().top - head.bottom;
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    const cell = row(29).cells[2]!;
    expect(focused(el)).to.equal(cell);
    expect(cell.getBoundingClientRect().top).to.be.at.least(
      root(el).querySelector('thead th')!.getBoundingClientRect().bottom - 1,
    );
  });
});

describe('<ik-judgement-grid> height: full by default, a cap opt-in and said in words', () => {
  const long = () => {
    const columns = Array.from({ length: 4 }, (_, i) => ({ id: `j${i}`, label: `Judgement ${i + 1}` }));
    const rows = Array.from({ length: 60 }, (_, r) => ({
      label: `Authority ${r + 1}`,
      grades: Object.fromEntries(columns.map((c) => [c.id, 'Good'])),
    }));
    return { columns, rows };
  };
  const more = (el: IkJudgementGrid) => text(root(el).querySelector('[part="more"]'));
  afterEach(() => window.scrollTo(0, 0));

  it('draws every row of a long table at 1366×768 with no box to scroll and no cue', async () => {
    await setViewport({ width: 1366, height: 768 });
    try {
      const el = await ready(await grid(long()));
      const scroll = root(el).querySelector<HTMLElement>('.scroll')!;
      await waitUntil(() => scroll.hasAttribute('data-open'), 'the box stays a scroll container');
      expect(scroll.getBoundingClientRect().height).to.be.greaterThan(768);
      expect(scroll.scrollHeight <= scroll.clientHeight + 1).to.equal(true);
      const last = bodyRows(el).at(-1)!.getBoundingClientRect();
      expect(last.bottom <= scroll.getBoundingClientRect().bottom + 1).to.equal(true);
      expect(more(el)).to.equal('');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('keeps the column headers in view as the page scrolls past an uncapped table', async () => {
    const el = await ready(await grid(long()));
    const scroll = root(el).querySelector<HTMLElement>('.scroll')!;
    await waitUntil(() => scroll.hasAttribute('data-open'), 'the box stays a scroll container');
    const row30 = bodyRows(el)[30]!;
    window.scrollBy(0, row30.getBoundingClientRect().top - 100);
    const head = root(el).querySelector('thead th')!.getBoundingClientRect();
    expect(Math.round(head.top)).to.equal(0);
    expect(row30.getBoundingClientRect().top).to.be.greaterThan(head.bottom - 1);
  });

  it('scrolls the page, not the box, to keep a cell reached by the up arrow clear of the sticky headers (WCAG 2.4.11)', async () => {
    const el = await ready(await grid(long()));
    const scroll = root(el).querySelector<HTMLElement>('.scroll')!;
    await waitUntil(() => scroll.hasAttribute('data-open'), 'the box stays a scroll container');
    const row = (r: number) => root(el).querySelector<HTMLTableRowElement>(`tr[data-r="${r}"]`)!;
    row(30).cells[2]!.focus();
    const head = () => root(el).querySelector('thead th')!.getBoundingClientRect();
    // As a reader who scrolled the page to put the focused row just under the sticky header row.
    window.scrollBy(0, row(30).getBoundingClientRect().top - head().height);
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    const cell = row(29).cells[2]!;
    expect(focused(el)).to.equal(cell);
    expect(cell.getBoundingClientRect().top).to.be.at.least(head().bottom - 1);
  });

  it('with --ik-max-height still updates the cue after the widget is moved in the page', async () => {
    const el = await ready(
      await fixture<IkJudgementGrid>(
        html`<ik-judgement-grid style="--ik-max-height: 300px" .data=${long()}></ik-judgement-grid>`,
      ),
    );
    await waitUntil(() => more(el) !== '', 'no cue under the capped box');
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    const scroll = root(el).querySelector<HTMLElement>('.scroll')!;
    scroll.scrollTop = scroll.scrollHeight;
    await waitUntil(() => more(el) === '', `the cue still says "${more(el)}" at the end`);
  });

  it('with --ik-max-height says how many rows are below, and again as the box scrolls', async () => {
    const el = await ready(
      await fixture<IkJudgementGrid>(
        html`<ik-judgement-grid style="--ik-max-height: 300px" .data=${long()}></ik-judgement-grid>`,
      ),
    );
    const scroll = root(el).querySelector<HTMLElement>('.scroll')!;
    const bottom = () => scroll.getBoundingClientRect().top + scroll.clientTop + scroll.clientHeight;
    const below = () => bodyRows(el).filter((tr) => tr.getBoundingClientRect().top >= bottom() - 1).length;
    await waitUntil(() => more(el) !== '', 'no cue under the capped box');
    expect(below()).to.be.greaterThan(40);
    expect(more(el)).to.equal(`Scroll for ${below()} more rows`);
    scroll.scrollTop = scroll.scrollHeight;
    await waitUntil(() => more(el) === '', `the cue still says "${more(el)}" at the end`);
    scroll.scrollTop = 0;
    await waitUntil(() => more(el) !== '', 'no cue once scrolled back');
    expect(more(el)).to.equal(`Scroll for ${below()} more rows`);
  });
});

describe('<ik-judgement-grid> at 320 CSS px, 400% zoom (WCAG 2.4.11)', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('does not scroll the box under the pointer when a half-hidden cell is clicked', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await ready(await grid(leeds.inspection2010));
    const selected: string[] = [];
    el.addEventListener('ik-select', (e) =>
      selected.push(String((e as CustomEvent<JudgementSelectDetail>).detail.column?.id)),
    );
    const scroll = root(el).querySelector('.scroll')!;
    scroll.scrollLeft = scroll.scrollWidth;
    const at = scroll.scrollLeft;
    const row = root(el).querySelector<HTMLTableRowElement>('tr[data-r="1"]')!;
    const cell = row.cells[1]!.getBoundingClientRect();
    const left = Math.max(cell.left, row.cells[0]!.getBoundingClientRect().right);
    await sendMouse({
      type: 'click',
      position: [Math.round((left + cell.right) / 2), Math.round(cell.top + cell.height / 2)],
    });
    await new Promise((r) => requestAnimationFrame(r));
    expect(selected).to.deep.equal(['sg']);
    expect(scroll.scrollLeft).to.equal(at);
    await resetMouse();
  });

  it('keeps a focused cell in the first data column clear of the sticky row headers, down the column', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await ready(await grid(leeds.inspection2010));
    const scroll = root(el).querySelector('.scroll')!;
    expect(scroll.scrollWidth).to.be.greaterThan(scroll.clientWidth);
    // The sticky row headers leave most of the box to the cells beside them.
    const header = root(el).querySelector('tbody .row-header')!.getBoundingClientRect();
    expect(header.width).to.be.at.most(scroll.clientWidth * 0.41);
    root(el).querySelector<HTMLElement>('[tabindex="0"]')!.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(position(el)[1]).to.equal(2);
    // The last column is brought wholly into the box, not left a sliver at its edge.
    const last = focused(el)!.closest('td')!.getBoundingClientRect();
    expect(last.right).to.be.at.most(scroll.getBoundingClientRect().right + 1);
    // As a reader who scrolled the box to its end would have it.
    scroll.scrollLeft = scroll.scrollWidth;
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    for (let r = 0; r < 4; r++) {
      expect(position(el)).to.deep.equal([r, 1]);
      expectClearOfRowHeader(root(el), focused(el)!.closest('td')!);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
    }
  });
});

describe('<ik-judgement-grid> keyboard', () => {
  it('has one cell in the tab order and moves by arrow keys, Home, End and Ctrl+End', async () => {
    const el = await ready(await grid(leeds.inspection2010));
    const tabbable = root(el).querySelectorAll('[tabindex="0"]');
    expect(tabbable.length).to.equal(1);
    (tabbable[0] as HTMLElement).focus();
    expect(text(focused(el))).to.equal('Overall effectiveness');
    await sendKeys({ press: 'ArrowRight' });
    expect(cellText(focused(el))).to.equal('Inadequate (4)');
    await sendKeys({ press: 'ArrowDown' });
    expect(cellText(focused(el))).to.equal('Adequate (3)');
    await sendKeys({ press: 'End' });
    expect(position(el)[1]).to.equal(2);
    await sendKeys({ press: 'Home' });
    expect(position(el)[1]).to.equal(0);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'End' });
    await sendKeys({ up: 'Control' });
    expect(position(el)).to.deep.equal([20, 2]);
    expect(root(el).querySelectorAll('[tabindex="0"]').length).to.equal(1);
  });

  it('fires ik-select on Enter and Space with the row, column and grade', async () => {
    const el = await ready(await grid(leeds.inspection2010));
    root(el).querySelector<HTMLTableRowElement>('tr[data-r="0"]')!.cells[1]!.focus();
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const event = await oneEvent(el, 'ik-select');
    const detail = event.detail as JudgementSelectDetail;
    expect(detail).to.deep.equal({
      row: { id: 'overall', label: 'Overall effectiveness', key: 'rows[0]' },
      column: { id: 'sg', label: 'Safeguarding' },
      value: { grade: 'Inadequate', value: 4, text: 'Inadequate (4)' },
    });
    expect(event.bubbles && event.composed).to.equal(true);
    setTimeout(() => sendKeys({ press: 'Space' }));
    expect((await oneEvent(el, 'ik-select')).detail.column.id).to.equal('sg');
  });

  it('fires ik-select for a click on a cell or on its mark, and not for a click on a row header', async () => {
    const el = await ready(await grid(leeds.inspection2010));
    const selected: JudgementSelectDetail[] = [];
    el.addEventListener('ik-select', (e) => selected.push((e as CustomEvent<JudgementSelectDetail>).detail));
    const row1 = root(el).querySelector<HTMLTableRowElement>('tr[data-r="1"]')!;
    row1.cells[2]!.click();
    row1.cells[1]!.querySelector<HTMLElement>('[part="mark"]')!.click();
    row1.cells[0]!.click();
    expect(selected.map((d) => [d.row.key, d.column?.id])).to.deep.equal([
      ['rows[1]', 'lac'],
      ['rows[1]', 'sg'],
    ]);
  });

  it('collapses and expands a parent row with Enter on its disclosure button', async () => {
    const el = await ready(await grid(leeds.inspection2010));
    const button = root(el).querySelector<HTMLButtonElement>('button.toggle')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(bodyRows(el).length).to.equal(16);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(bodyRows(el).length).to.equal(21);
  });
});

describe('<ik-judgement-grid> compare', () => {
  const data = {
    title: 'Two inspections (test data)',
    columns: [
      { id: 'jul', label: 'July 2009', date: '2009-07' },
      { id: 'dec', label: 'December 2009', date: '2009-12' },
    ],
    rows: [
      { label: 'Improved', grades: { jul: 'Inadequate', dec: 'Adequate' } },
      { label: 'Held', grades: { jul: 'Good', dec: 2 } },
      { label: 'Declined', grades: { jul: 'Grade 2 (Good)', dec: 'inadequate' } },
      { label: 'Only later', grades: { dec: 'Good' } },
    ],
  };
  it('says in words, with an arrow, whether each later judgement improved, held or declined', async () => {
    const el = await ready(
      await fixture<IkJudgementGrid>(html`<ik-judgement-grid compare .data=${data}></ik-judgement-grid>`),
    );
    const cmp = Array.from(root(el).querySelectorAll('tbody tr')).map((tr) => text(tr.querySelector('.cmp')));
    expect(cmp).to.deep.equal([
      '↑ Improved from Inadequate (4) in July 2009',
      '→ Held since July 2009',
      '↓ Declined from Good (2) in July 2009',
      '',
    ]);
    expect(root(el).querySelector('.cmp [aria-hidden="true"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
  it('says nothing of change without compare', async () => {
    const el = await ready(await grid(data));
    expect(root(el).querySelector('.cmp')).to.equal(null);
  });
});

describe('<ik-judgement-grid> bad data', () => {
  it('reports a grade not on the scale with its path and the scale, and draws the rest', async () => {
    const data = {
      columns: [
        { id: 'sg', label: 'Safeguarding' },
        { id: 'lac', label: 'Looked after children' },
      ],
      rows: [
        { label: 'A', grades: { sg: 'Good', lac: 'Good' } },
        { label: 'B', grades: { sg: 'Good' } },
        { label: 'C', grades: { sg: 'Good' } },
        { label: 'D', grades: { sg: 'Adequate', lac: 'Adequte' } },
        { label: 'E', grades: { sg: 'Grade 2 (Adequate)', lac: '<img src=x onerror=alert(1)>' } },
      ],
    };
    const el = await ready(await grid(data));
    expect(el.state).to.equal('ready');
    expect(problems(el)).to.deep.equal([
      'Row "D", column "Looked after children": "Adequte" is not a grade on the Ofsted 4-point scale (did you mean "Adequate"?): use Outstanding, Good, Adequate or Inadequate, or a number from 1 to 4; leave it empty or write "not judged" for no judgement',
      'Row "E", column "Safeguarding": "Grade 2 (Adequate)" gives two grades: 2 is Good on the Ofsted 4-point scale, not Adequate. Check the report and write one of them, "Good" or "Adequate"',
      'Row "E", column "Looked after children": "<img src=x onerror=alert(1)>" is not a grade on the Ofsted 4-point scale: use Outstanding, Good, Adequate or Inadequate, or a number from 1 to 4; leave it empty or write "not judged" for no judgement',
    ]);
    expect(problemPaths(el)).to.deep.equal([
      'Path in the data: rows[3].grades.lac',
      'Path in the data: rows[4].grades.sg',
      'Path in the data: rows[4].grades.lac',
    ]);
    expect(rowTexts(el)[3]).to.deep.equal(['D', 'Adequate (3)', 'Not valid']);
    expect(text(bodyRows(el)[3]!.querySelector('.raw'))).to.equal('Given: "Adequte"');
    expect(root(el).querySelector('img')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('reads the same grade however the documents write it', async () => {
    const data = {
      columns: [{ id: 'a', label: 'A' }],
      rows: ['Grade 3 (Adequate)', 'adequate', 3, '3', 'ADEQUATE '].map((g, i) => ({
        label: `r${i}`,
        grades: { a: g },
      })),
    };
    const el = await ready(await grid(data));
    expect(rowTexts(el).map((r) => r[1])).to.deep.equal(Array(5).fill('Adequate (3)'));
  });

  it('links only https, http and relative addresses', async () => {
    const data = {
      columns: [{ id: 'a', label: 'A' }],
      rows: [
        { label: 'safe', grades: { a: { grade: 'Good', href: 'https://reports.ofsted.gov.uk/x' } } },
        { label: 'relative', grades: { a: { grade: 'Good', href: '#p31' } } },
        { label: 'script', grades: { a: { grade: 'Good', href: 'JavaScript:alert(1)' } } },
        { label: 'data', grades: { a: { grade: 'Good', href: 'data:text/html,x' } } },
      ],
    };
    const el = await ready(await grid(data));
    const links = Array.from(root(el).querySelectorAll('tbody a')).map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['https://reports.ofsted.gov.uk/x', '#p31']);
    expect(problems(el)).to.deep.equal([
      'Row "script", column "A", link: "JavaScript:alert(1)" is not linked, to keep the page safe: use an https, http or relative link',
      'Row "data", column "A", link: "data:text/html,x" is not linked, to keep the page safe: use an https, http or relative link',
    ]);
    expect(problemPaths(el)).to.deep.equal([
      'Path in the data: rows[2].grades.a.href',
      'Path in the data: rows[3].grades.a.href',
    ]);
    await expect(el).to.be.accessible();
  });

  it('fires ik-select once when Enter follows a link in a cell', async () => {
    const data = {
      columns: [{ id: 'a', label: 'A' }],
      rows: [{ label: 'r', grades: { a: { grade: 'Good', href: '#p31' } } }],
    };
    const el = await ready(await grid(data));
    let count = 0;
    el.addEventListener('ik-select', () => count++);
    root(el).querySelector<HTMLAnchorElement>('td a')!.focus();
    await sendKeys({ press: 'Enter' });
    await new Promise((r) => setTimeout(r, 50));
    expect(count).to.equal(1);
  });

  it('reports an unknown scale attribute and a grade keyed to no column', async () => {
    const data = {
      columns: [{ id: 'a', label: 'A' }],
      rows: [{ label: 'r', grades: { a: 'Good', b: 'Good' } }],
    };
    const el = await ready(
      await fixture<IkJudgementGrid>(
        html`<ik-judgement-grid scale="ofsted-5" .data=${data}></ik-judgement-grid>`,
      ),
    );
    expect(problems(el)).to.deep.equal([
      'The scale attribute: "ofsted-5" is not a word this takes (did you mean "ofsted-4"?): use ofsted-4, ofsted-ri, ofsted-report-card, ofsted-safeguarding, care-inspectorate-6, ciw, cqc-4, progress-4 or narrative. Until then, the data\'s scale is used',
      'Row "r", column "b": "b" is not the id of a column: use "a", or add a column with this id to "columns"',
    ]);
    expect(problemPaths(el)).to.deep.equal(['', 'Path in the data: rows[0].grades.b']);
  });

  it('is in the error state when the data has no rows list', async () => {
    const el = await ready(await grid({ columns: [] }));
    expect(el.state).to.equal('error');
    expect(problems(el)).to.deep.equal(['Rows: is missing: add it']);
    await expect(el).to.be.accessible();
  });
});

describe('<ik-judgement-grid> sources and states', () => {
  it('draws the Derby 2011 record of main findings from its report file with select', async () => {
    const el = await ready(
      await fixture<IkJudgementGrid>(
        html`<ik-judgement-grid src="/test/fixtures/derby-report.json" select="inspection2011"></ik-judgement-grid>`,
      ),
    );
    expect(el.state).to.equal('ready');
    expect(problems(el)).to.deep.equal([]);
    expect(bodyRows(el).length).to.equal(27);
    expect(rowTexts(el).some((r) => r.includes('Adequate (3)'))).to.equal(true);
    await expect(el).to.be.accessible();
    expect(derby.inspection2011).to.be.an('object');
  });

  it('does not count the Derby heading rows (children, no grades of their own) as "Not judged" judgements', async () => {
    const el = await ready(await grid(derby.inspection2011));
    const summary = text(root(el).querySelector('[part="summary"]'));
    expect(summary).to.contain('; 1 not judged');
    const legend = Array.from(root(el).querySelectorAll('[part="legend"] li')).map(text);
    expect(legend.at(-1)).to.equal('Not judged 1 judgement');
    const headings = bodyRows(el).filter((tr) => tr.querySelector('button.toggle'));
    expect(headings.length).to.equal(6);
    for (const tr of headings) {
      expect(Array.from(tr.querySelectorAll('td')).map(cellText)).to.deep.equal(['', '']);
    }
  });

  it('reads a pasted table (wide) with the scale attribute, keeping only the named columns', async () => {
    const el = await ready(
      await fixture<IkJudgementGrid>(html`<ik-judgement-grid scale="ofsted-ri" columns="Overall effectiveness,In care">
      <table>
        <tr><th>Local authority</th><th>Region</th><th>Overall effectiveness</th><th>In care</th></tr>
        <tr><td>Barnsley</td><td>YH</td><td>good</td><td>requires improvement to be good</td></tr>
        <tr><td>Bedford</td><td>E</td><td>outstanding</td><td></td></tr>
      </table>
    </ik-judgement-grid>`),
    );
    expect(rowTexts(el)).to.deep.equal([
      ['Barnsley', 'Good (2)', 'Requires improvement (3)'],
      ['Bedford', 'Outstanding (1)', 'Not judged'],
    ]);
    expect(el.querySelector('table')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps the editor\'s own header over the row labels of a pasted table ("Judgement", not "Area")', async () => {
    const el = await ready(
      await fixture<IkJudgementGrid>(html`<ik-judgement-grid>
      <table>
        <tr><th>Judgement</th><th>Safeguarding</th><th>Looked after children</th></tr>
        <tr><td>Overall effectiveness</td><td>Inadequate</td><td>Adequate</td></tr>
      </table>
    </ik-judgement-grid>`),
    );
    const corner = () => text(root(el).querySelector('thead th'));
    expect(corner()).to.equal('Judgement');
    expect(rowTexts(el)).to.deep.equal([['Overall effectiveness', 'Inadequate (4)', 'Adequate (3)']]);
    // The same widget given JSON later: no header of the editor's, so "Area".
    el.data = {
      columns: [{ id: 'sg', label: 'Safeguarding' }],
      rows: [{ label: 'Overall', grades: { sg: 'Good' } }],
    };
    await waitUntil(() => corner() === 'Area', `the corner still says "${corner()}"`);
  });

  it('says "Area" over the row labels of long CSV (its first header is the "row" column)', async () => {
    const el = await ready(
      await fixture<IkJudgementGrid>(html`<ik-judgement-grid><script type="text/csv">
row,column,grade
Overall effectiveness,Safeguarding,Inadequate
</script></ik-judgement-grid>`),
    );
    expect(text(root(el).querySelector('thead th'))).to.equal('Area');
  });

  it('reads long CSV with parents, and names CSV rows in problems', async () => {
    const el = await ready(
      await fixture<IkJudgementGrid>(html`<ik-judgement-grid><script type="text/csv">
row,parent,column,grade,note
Quality of provision,,Safeguarding,4,
Service responsiveness,Quality of provision,Safeguarding,Inadequte,
</script></ik-judgement-grid>`),
    );
    expect(rowTexts(el)).to.deep.equal([
      ['Quality of provision', 'Inadequate (4)'],
      ['Service responsiveness', 'Not valid'],
    ]);
    expect(problems(el)).to.deep.equal([
      'Row "Service responsiveness", column "Safeguarding": "Inadequte" is not a grade on the Ofsted 4-point scale (did you mean "Inadequate"?): use Outstanding, Good, Adequate or Inadequate, or a number from 1 to 4; leave it empty or write "not judged" for no judgement',
    ]);
    expect(problemPaths(el)).to.deep.equal(['CSV row 3, column "grade"']);
  });

  it('shows loading, then a failed fetch with Retry, accessibly', async () => {
    const el = await fixture<IkJudgementGrid>(
      html`<ik-judgement-grid src="/test-api/status?code=404"></ik-judgement-grid>`,
    );
    expect(el.state).to.equal('loading');
    await expect(el).to.be.accessible();
    await ready(el);
    expect(el.state).to.equal('error');
    expect(root(el).querySelector('button.retry')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is empty for a grid with no rows, and says so', async () => {
    const el = await ready(await grid({ columns: [{ id: 'a', label: 'A' }], rows: [] }));
    expect(el.state).to.equal('empty');
    expect(text(root(el))).to.contain('There are no judgements to show');
    await expect(el).to.be.accessible();
  });

  it('draws a national grid of 152 authorities × 24 judgements in a capped box with a sticky header row and first column', async () => {
    const columns = Array.from({ length: 24 }, (_, i) => ({ id: `j${i}`, label: `Judgement ${i + 1}` }));
    const grades = ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'];
    const rows = Array.from({ length: 152 }, (_, r) => ({
      label: `Authority ${r + 1}`,
      grades: Object.fromEntries(columns.map((c, i) => [c.id, grades[(r + i) % 4]])),
    }));
    const el = await ready(
      await fixture<IkJudgementGrid>(
        html`<ik-judgement-grid scale="ofsted-ri" style="--ik-max-height: 80vh" .data=${{ columns, rows }}></ik-judgement-grid>`,
      ),
    );
    expect(bodyRows(el).length).to.equal(152);
    expect(root(el).querySelectorAll('td').length).to.equal(152 * 24);
    expect(getComputedStyle(root(el).querySelector('thead th')!).position).to.equal('sticky');
    expect(getComputedStyle(root(el).querySelector('.row-header')!).position).to.equal('sticky');
    const scroll = root(el).querySelector('.scroll')!;
    expect(scroll.scrollHeight).to.be.greaterThan(scroll.clientHeight);
  });
});
