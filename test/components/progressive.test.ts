import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/judgement-grid/define.js';
import '../../src/components/rag-matrix/define.js';
import type { IkJudgementGrid } from '../../src/components/judgement-grid/judgement-grid.js';
import type { IkRagMatrix } from '../../src/components/rag-matrix/rag-matrix.js';

/** A national grid: `rows` authorities by `columns` judgements. */
function nationalGrid(rows: number, columns: number, grade = 'Good') {
  const ids = Array.from({ length: columns }, (_, i) => `j${i}`);
  return {
    columns: ids.map((id, i) => ({ id, label: `Judgement ${i + 1}` })),
    rows: Array.from({ length: rows }, (_, r) => ({
      label: `Authority ${r + 1}`,
      grades: Object.fromEntries(ids.map((id) => [id, grade])),
    })),
  };
}

/**
 * The body cells (row headers and judgements) present after each drawing of the element, as a
 * MutationObserver sees them: each part is an update of its own, so each part is one record here.
 */
function watchParts(el: HTMLElement): { parts: number[]; stop(): void } {
  const parts: number[] = [];
  const observer = new MutationObserver(() => {
    const count = el.shadowRoot?.querySelectorAll('tbody td, tbody th[scope="row"]').length ?? 0;
    if (count !== parts.at(-1)) parts.push(count);
  });
  observer.observe(el.shadowRoot!, { childList: true, subtree: true });
  return { parts, stop: () => observer.disconnect() };
}

describe('drawing a long table in parts', () => {
  // The console guard (test/setup/console-guard.ts) fails any of these on a Lit warning, such as the
  // change-in-update warning an update requested from inside an update gives.
  it('draws about 800 cells first in a 152 × 24 grid, then the rest in parts twice as large', async () => {
    const el = await fixture<IkJudgementGrid>(html`<ik-judgement-grid></ik-judgement-grid>`);
    const watch = watchParts(el);
    el.data = nationalGrid(152, 24);
    await el.updateComplete;
    watch.stop();
    const first = watch.parts[0]!;
    expect(first).to.be.within(700, 850);
    expect(first % 25).to.equal(0);
    // 32 rows, then 64 more, then the last 56: three parts, where parts of one size took five frames.
    expect(watch.parts).to.deep.equal([32 * 25, 96 * 25, 152 * 25]);
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(152);
  });

  it('updates the rows drawn in place when new data comes: one grade changed is one cell, no row built again', async () => {
    const data = nationalGrid(152, 24);
    const el = await fixture<IkJudgementGrid>(html`<ik-judgement-grid .data=${data}></ik-judgement-grid>`);
    await el.updateComplete;
    const rowsBefore = Array.from(el.shadowRoot!.querySelectorAll('tbody tr'));
    expect(rowsBefore.length).to.equal(152);
    const watch = watchParts(el);
    const rows = data.rows.map((row, r) =>
      r === 100 ? { ...row, grades: { ...row.grades, j5: 'Inadequate' } } : row,
    );
    el.data = { ...data, rows };
    await el.updateComplete;
    watch.stop();
    expect(
      watch.parts.every((n) => n === 152 * 25),
      String(watch.parts),
    ).to.equal(true);
    const rowsAfter = Array.from(el.shadowRoot!.querySelectorAll('tbody tr'));
    expect(rowsAfter.length).to.equal(152);
    expect(rowsAfter.every((tr, r) => tr === rowsBefore[r])).to.equal(true);
    expect(rowsAfter[100]!.querySelectorAll('td')[5]!.textContent).to.contain('Inadequate');
    expect(rowsAfter[99]!.querySelectorAll('td')[5]!.textContent).to.contain('Good');
  });

  it('keeps at most 4,000 cells of what was drawn when new data comes, and draws the rest in parts as on a first draw', async () => {
    const el = await fixture<IkJudgementGrid>(
      html`<ik-judgement-grid .data=${nationalGrid(152, 24)}></ik-judgement-grid>`,
    );
    await el.updateComplete;
    // Wider data: 200 cells a row. The 3,800 cells drawn before are 19 of its rows, drawn in the first update.
    const watch = watchParts(el);
    el.data = nationalGrid(28, 199, 'Inadequate');
    await el.updateComplete;
    watch.stop();
    expect(watch.parts[0]).to.equal(19 * 200);
    // 4 rows a part after the 19: 19, then 8 more, then the last one.
    expect(watch.parts).to.deep.equal([19 * 200, 27 * 200, 28 * 200]);
    expect(watch.parts.at(-1)).to.equal(28 * 200);
    expect(el.shadowRoot!.querySelector('tbody td')!.textContent).to.contain('Inadequate');
    // 5,600 cells are drawn now; new longer data keeps 4,000 of them (400 rows of 10), the rest comes in parts.
    const longer = watchParts(el);
    el.data = nationalGrid(500, 9);
    await el.updateComplete;
    longer.stop();
    expect(longer.parts[0]).to.equal(4000, String(longer.parts));
    expect(longer.parts.at(-1)).to.equal(500 * 10);
    expect(longer.parts.length).to.be.greaterThan(1);
  });

  it('keeps every row drawn when only a setting changes, so a focused row stays on the page', async () => {
    const el = await fixture<IkJudgementGrid>(
      html`<ik-judgement-grid .data=${nationalGrid(152, 24)}></ik-judgement-grid>`,
    );
    await el.updateComplete;
    const watch = watchParts(el);
    el.compare = true;
    await el.updateComplete;
    watch.stop();
    expect(
      watch.parts.every((n) => n === 152 * 25),
      String(watch.parts),
    ).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(152);
  });

  it('draws a long RAG matrix in parts too, and every item in the end', async () => {
    const columns = Array.from({ length: 9 }, (_, i) => ({ id: `q${i}`, label: `Q${i + 1}` }));
    const data = {
      columns,
      rows: Array.from({ length: 400 }, (_, r) => ({
        label: `Item ${r + 1}`,
        group: `Group ${Math.floor(r / 50) + 1}`,
        cells: Object.fromEntries(columns.map((c) => [c.id, 'green'])),
      })),
    };
    const el = await fixture<IkRagMatrix>(html`<ik-rag-matrix></ik-rag-matrix>`);
    const watch = watchParts(el);
    el.data = data;
    await el.updateComplete;
    watch.stop();
    // 10 cells a row (the item and 9 columns): 80 rows, 800 cells, in the first part.
    expect(watch.parts[0]).to.equal(800);
    expect(watch.parts.at(-1)).to.equal(400 * 10);
    expect(el.shadowRoot!.querySelectorAll('tbody tr:not(.group)').length).to.equal(400);
  });

  it('draws one part a frame: each frame lays out one part, never the several a slice of script has time for', async () => {
    const el = await fixture<IkJudgementGrid>(html`<ik-judgement-grid></ik-judgement-grid>`);
    // The cells on the page as each frame begins (before it styles and lays out what the tasks since added).
    const atFrames: number[] = [];
    let watching = true;
    const sample = () => {
      atFrames.push(el.shadowRoot!.querySelectorAll('tbody td, tbody th[scope="row"]').length);
      if (watching) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
    el.data = nationalGrid(152, 24);
    await el.updateComplete;
    watching = false;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const counts = [0, ...atFrames];
    const added = counts.slice(1).map((n, i) => n - counts[i]!);
    // 25 cells a row: the first part is 32 rows (800 cells), later parts 64 rows (1,600 cells). Before the fix
    // two to four parts came between frames.
    expect(added.filter((n) => n > 0)).to.deep.equal([800, 1600, 56 * 25]);
    expect(atFrames.at(-1)).to.equal(152 * 25);
  });

  it('shows at most 6,000 cells: the rows after are left out and the widget says which and what to do', async () => {
    const el = await fixture<IkJudgementGrid>(html`<ik-judgement-grid></ik-judgement-grid>`);
    el.data = nationalGrid(400, 24);
    await el.updateComplete;
    // 25 cells a row: 240 rows are 6,000 cells.
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(240);
    const notice = [...el.shadowRoot!.querySelectorAll('[part="notice"]')].map((p) =>
      p.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(notice).to.deep.equal([
      'Only the first 240 of 400 rows are shown: a table this large would hold up the page. Choose the rows to show with select, or split the data between several widgets.',
    ]);
    // What is exported is what is shown.
    expect(el.toCSV().trim().split('\n').length).to.equal(1 + 240);
    // A national grid is far below the bound: every row, and no notice.
    el.data = nationalGrid(153, 24);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(153);
    expect(el.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
  });
});
