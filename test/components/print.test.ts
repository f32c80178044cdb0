/**
 * Print for committee papers, as exact CSS facts under print media (test/base/theme.test.ts checks that print
 * is always light): long tables repeat their header row and never split a row, totals print once, a card and
 * a timeline chart are never split, each widget carries its title, source and "as of" date, marks keep their
 * shape and letter with background graphics off, and every column fits the paper's width (A4 portrait is 718
 * CSS px between Chromium's default margins, landscape 1047). Looked at for real with `page.pdf({ format:
 * 'A4', printBackground: false })`; what the pages look like is in docs/reference.md.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { leeds, ready, text, type Widget } from '../base/speech.js';

const A4_PORTRAIT = 718;
const A4_LANDSCAPE = 1047;

const root = (el: Element) => el.shadowRoot!;
const style = (el: Element) => getComputedStyle(el);

/** Seen on the paper: laid out with a size, not hidden, not clipped to nothing as visually-hidden text is. */
function printed(el: Element | null): boolean {
  if (!el) return false;
  const s = style(el);
  const r = el.getBoundingClientRect();
  return (
    s.display !== 'none' &&
    s.visibility === 'visible' &&
    s.clipPath !== 'inset(50%)' &&
    r.width > 1 &&
    r.height > 1 &&
    Number(s.opacity) > 0
  );
}

const GRADES = ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'];
/** The benchmark's grid (bench/data.js): 152 authorities by 24 judgements. */
function wideGrid(rows = 152, cols = 24) {
  const columns = Array.from({ length: cols }, (_, c) => ({
    id: `j${c + 1}`,
    label: `Judgement number ${c + 1}`,
  }));
  return {
    title: 'Judgements by local authority',
    source: { label: 'Ofsted, published 1 December 2026' },
    scale: 'ofsted-ri',
    columns,
    rows: Array.from({ length: rows }, (_, r) => ({
      label: `Authority ${r + 1}`,
      grades: Object.fromEntries(columns.map((col, c) => [col.id, GRADES[(r + c) % GRADES.length]])),
    })),
  };
}

describe('print for committee papers', () => {
  beforeEach(() => emulateMedia({ media: 'print' }));
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  for (const [tag, data] of [
    ['ik-judgement-grid', leeds.inspection2010],
    ['ik-rag-matrix', leeds.progress2009],
  ] as const) {
    it(`${tag}: the header row repeats on each page, no row is split, and title and source are printed`, async () => {
      const el = await ready(
        await fixture<Widget>(
          tag === 'ik-judgement-grid'
            ? html`<ik-judgement-grid .data=${data}></ik-judgement-grid>`
            : html`<ik-rag-matrix .data=${data}></ik-rag-matrix>`,
        ),
      );
      const thead = root(el).querySelector('thead')!;
      expect(style(thead).display).to.equal('table-header-group');
      // Sticky headers would print once, at the top of the first page.
      expect(style(thead.querySelector('th')!).position).to.equal('static');
      const rows = [...root(el).querySelectorAll('tbody tr')];
      expect(rows.length).to.be.greaterThan(5);
      for (const tr of rows) expect(style(tr).breakInside).to.equal('avoid');
      const tfoot = root(el).querySelector('tfoot');
      if (tfoot) expect(style(tfoot).display, 'totals once, at the end').to.equal('table-row-group');
      expect(printed(root(el).querySelector('.title')), 'title').to.equal(true);
      expect(text(root(el).querySelector('.title'))).to.equal((data as { title: string }).title);
      expect(printed(root(el).querySelector('.source, .source-link')), 'source').to.equal(true);
      expect(
        style(root(el).querySelector('.heading')!).breakAfter,
        'the title stays with the table',
      ).to.equal('avoid');
    });
  }

  it('marks keep their outline and tone with background graphics off, and status letters print as text', async () => {
    const el = await ready(
      await fixture<Widget>(html`<ik-rag-matrix .data=${leeds.progress2009}></ik-rag-matrix>`),
    );
    const marks = [...root(el).querySelectorAll('.mark')];
    expect(marks.length).to.be.greaterThan(5);
    for (const m of marks) {
      // `exact` is what makes a browser print these backgrounds when the user's "background graphics" is off.
      expect(style(m).printColorAdjust).to.equal('exact');
      expect(style(m).backgroundColor, 'the outline').to.not.equal('rgba(0, 0, 0, 0)');
      // The shape is the element's own (a clip-path, or a round, square or flat box), not its colour.
      const shape = m.classList[1]!;
      expect(['circle', 'square', 'dash', 'star', 'triangle', 'diamond', 'hexagon', 'cross']).to.include(
        shape,
      );
      const s = style(m);
      const round = s.borderTopLeftRadius === '50%';
      expect(s.clipPath !== 'none' || round || shape === 'square' || shape === 'dash', shape).to.equal(true);
    }
    const letters = [...root(el).querySelectorAll('td .letter')];
    expect(letters.length).to.be.greaterThan(5);
    for (const l of letters) {
      expect(printed(l)).to.equal(true);
      expect(text(l)).to.match(/^[RAGB–]$/);
      // Black text in a black frame, on no background of its own: the letter prints on any printer.
      expect(style(l).color).to.equal('rgb(11, 12, 12)');
      expect(style(l).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(style(l).borderTopStyle).to.equal('solid');
    }
  });

  it('every column of a 152 × 24 grid fits A4 portrait and landscape: the table is as wide as the paper', async () => {
    for (const width of [A4_PORTRAIT, A4_LANDSCAPE]) {
      await setViewport({ width, height: 1000 });
      const el = await ready(
        await fixture<Widget>(html`<ik-judgement-grid .data=${wideGrid()}></ik-judgement-grid>`),
      );
      const host = el.getBoundingClientRect();
      const table = root(el).querySelector('table')!.getBoundingClientRect();
      expect(table.right, `${width} px`).to.be.at.most(host.right + 0.5);
      const lastHeader = [...root(el).querySelectorAll('thead th')].at(-1)!.getBoundingClientRect();
      expect(lastHeader.right, `${width} px: the last column`).to.be.at.most(host.right + 0.5);
      expect(lastHeader.width, `${width} px: the last column has room`).to.be.greaterThan(10);
      el.remove();
    }
  });

  it('the national ILACS-like sheet fits A4 portrait too', async () => {
    await setViewport({ width: A4_PORTRAIT, height: 1000 });
    const el = await ready(
      await fixture<Widget>(
        html`<ik-judgement-grid src="/test/fixtures/ilacs-outcomes-2026-form.csv" scale="ofsted-ri"></ik-judgement-grid>`,
      ),
    );
    expect(el.state).to.equal('ready');
    const host = el.getBoundingClientRect();
    expect(root(el).querySelector('table')!.getBoundingClientRect().right).to.be.at.most(host.right + 0.5);
  });

  it('a KPI card is never split across pages and prints its title and period', async () => {
    const kpi = leeds.indicators.kpis[0]!;
    const el = await ready(
      await fixture<Widget>(html`<ik-kpi-sparkline variant="card" .data=${kpi}></ik-kpi-sparkline>`),
    );
    const card = root(el).querySelector('.card')!;
    expect(style(card).breakInside).to.equal('avoid');
    expect(printed(card.querySelector('.title'))).to.equal(true);
    expect(text(card.querySelector('.title'))).to.equal(kpi.title);
    const when = [...card.querySelectorAll('p')].find(
      (p) => /\d{4}/.test(text(p)) && !p.classList.contains('title'),
    );
    expect(printed(when ?? null), 'the period of the latest value').to.equal(true);
    expect(printed(root(el).querySelector('.data-toggle')), 'no Show data button on paper').to.equal(false);
  });

  it('an inline KPI prints the period of its latest value, which the screen shows only in its table', async () => {
    const kpi = leeds.indicators.kpis[0]!;
    const el = await ready(await fixture<Widget>(html`<ik-kpi-sparkline .data=${kpi}></ik-kpi-sparkline>`));
    const when = root(el).querySelector('.when');
    expect(printed(when)).to.equal(true);
    expect(text(when)).to.match(/\d{4}/);
    await emulateMedia({ media: 'screen' });
    expect(printed(when)).to.equal(false);
  });

  it('a timeline prints its chart whole, scaled to the paper, with its title, source and as-of date', async () => {
    await setViewport({ width: A4_PORTRAIT, height: 1000 });
    const el = await ready(
      await fixture<Widget>(html`<ik-deadline-timeline .data=${leeds.actions2010}></ik-deadline-timeline>`),
    );
    const chart = root(el).querySelector('.chart')!;
    expect(printed(chart)).to.equal(true);
    expect(style(chart).breakInside).to.equal('avoid');
    const svg = chart.querySelector('svg.axis')!;
    expect(svg.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    expect(printed(root(el).querySelector('.title'))).to.equal(true);
    expect(printed(root(el).querySelector('.source, .source-link'))).to.equal(true);
    const summary = root(el).querySelector('.summary');
    expect(printed(summary)).to.equal(true);
    expect(text(summary)).to.match(/^As of \d{1,2} \w+ \d{4}/);
    for (const li of root(el).querySelectorAll('ol.actions > li'))
      expect(style(li).breakInside).to.equal('avoid');
  });

  it('a narrow timeline still prints its chart (the screen hides it below 560 px)', async () => {
    await setViewport({ width: 500, height: 1000 });
    const el = await ready(
      await fixture<Widget>(html`<ik-deadline-timeline .data=${leeds.actions2010}></ik-deadline-timeline>`),
    );
    expect(printed(root(el).querySelector('.chart'))).to.equal(true);
    await emulateMedia({ media: 'screen' });
    expect(printed(root(el).querySelector('.chart'))).to.equal(false);
  });
});
