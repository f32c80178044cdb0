/**
 * Export from every widget (issue #21): the CSV of what is shown, byte for byte as pinned in
 * test/export/expected/ (byte order mark, header row, formula escaping); the Excel file; the SVG and PNG under
 * the strict CSP page, with their sizes; and the Download control: its keyboard path, its names, `export="none"`,
 * a restricted list and a wrong value.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { fileOf } from '../../src/base/export.js';
import type { IkElement } from '../../src/base/ik-element.js';
import { CASES, leeds } from './cases.js';

type Widget = IkElement<object, unknown>;

async function ready<E extends Widget>(el: E): Promise<E> {
  await waitUntil(() => el.state !== 'loading', 'still loading', { timeout: 5000 });
  await el.updateComplete;
  return el;
}
const mount = async (t: ReturnType<typeof html>) => ready(await fixture<Widget>(t));
const bytes = async (b: Blob | Response) => new Uint8Array(await b.arrayBuffer());
const csvLines = (el: Widget) => el.toCSV().trimEnd().split('\r\n');
const panel = (el: Widget) => el.shadowRoot!.querySelector<HTMLDetailsElement>('details.downloads');
const buttons = (el: Widget) =>
  Array.from(panel(el)?.querySelectorAll('button') ?? []).map((b) =>
    b.textContent!.replace(/\s+/g, ' ').trim(),
  );

/**
 * Opens the control from the keyboard; waits for the sizes of the CSV, Excel and SVG files, or (`sizes` false)
 * the CSV's alone. The PNG's size comes when the image is made, which on a loaded machine may take a while:
 * no test waits on it.
 */
async function open(el: Widget, sizes = true): Promise<HTMLDetailsElement> {
  const details = panel(el)!;
  details.querySelector('summary')!.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => details.open && details.querySelector('button'), 'the control did not open');
  // Sizes are worked out once it is open (the Excel writer and the PNG painter load then).
  const sized = (b: string) =>
    /KB\)$|MB\)$|^Copy/.test(b) || b.includes('PNG') || (!sizes && !b.includes('CSV'));
  await waitUntil(() => buttons(el).every(sized), '', { timeout: 8000 }).catch(() => {
    throw new Error(`sizes not shown: ${buttons(el).join(' | ')}`);
  });
  return details;
}

/** Catches the downloads the control hands to the browser: the file's name and bytes. */
async function caught(act: () => unknown): Promise<{ name: string; bytes: Uint8Array }> {
  const click = HTMLAnchorElement.prototype.click;
  let got: HTMLAnchorElement | undefined;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    got = this;
  };
  try {
    await act();
    // A tall image takes a while to make on a loaded machine: the test's own timeout is the bound.
    await waitUntil(() => got, 'nothing was downloaded', { timeout: 9000 });
  } finally {
    HTMLAnchorElement.prototype.click = click;
  }
  return { name: got!.download, bytes: await bytes(await fetch(got!.href)) };
}

describe('toCSV() and the CSV download', () => {
  for (const c of CASES) {
    it(`${c.name}: the downloaded CSV is expected/${c.name}.csv byte for byte (BOM, header, escaping)`, async () => {
      const el = await mount(c.template);
      const expected = await bytes(await fetch(`/test/export/expected/${c.name}.csv`));
      const got = await bytes(await fileOf(el as unknown as Parameters<typeof fileOf>[0], 'csv'));
      expect([...got.slice(0, 3)], 'byte order mark').to.deep.equal([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder().decode(got)).to.equal(new TextDecoder().decode(expected));
      expect(got.length).to.equal(expected.length);
    });
  }

  it('holds exactly what is shown: a collapsed parent row leaves out its children', async () => {
    const el = await mount(
      html`<ik-judgement-grid .data=${leeds} select="inspection2010"></ik-judgement-grid>`,
    );
    const before = csvLines(el);
    expect(before).to.include(
      'Being Healthy,Outcomes for looked after children and care leavers,Not judged,Good (2)',
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!.click();
    await el.updateComplete;
    const after = csvLines(el);
    expect(after.some((l) => l.startsWith('Being Healthy'))).to.equal(false);
    expect(after).to.include('Outcomes for looked after children and care leavers,,,');
    expect(after.length).to.equal(before.length - 5);
  });

  it('holds exactly what is shown: the status filter leaves only its items', async () => {
    const el = await mount(html`<ik-rag-matrix .data=${leeds} select="progress2009"></ik-rag-matrix>`);
    const grey = Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.filter')).find((b) =>
      b.textContent!.includes('Grey'),
    )!;
    grey.click();
    await el.updateComplete;
    expect(csvLines(el)).to.deep.equal([
      'Item,Group,"Executive Board 1st April 2009, Appendix 1",Appendix 2: JAR and APA Progress Monitoring (undated)',
      'The proportion of young people obtaining a Level 3 qualification by the age of 19 is lower than in similar councils and is not improving.,14-19 Education,Grey,Grey',
    ]);
  });

  it('is empty while nothing is drawn, and toPNG() says why', async () => {
    const el = await fixture<Widget>(html`<ik-rag-matrix></ik-rag-matrix>`);
    await el.updateComplete;
    expect(el.toCSV()).to.equal('');
    expect(el.toSVG()).to.equal('');
    let message = '';
    await el.toPNG().catch((e: Error) => {
      message = e.message;
    });
    expect(message).to.equal('There is no image to make: the widget is empty');
  });
});

describe('toXLSX()', () => {
  it('gives an Excel workbook (a zip) of the same table, loaded on demand', async () => {
    const el = await mount(
      html`<ik-kpi-sparkline .data=${leeds} select="indicators" ref="NI 59"></ik-kpi-sparkline>`,
    );
    const blob = await el.toXLSX();
    expect(blob.type).to.equal('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const b = await bytes(blob);
    expect([...b.slice(0, 4)]).to.deep.equal([0x50, 0x4b, 0x03, 0x04]);
    // Its cells are read back by read-excel-file in test/node/export.test.ts.
    expect(new TextDecoder().decode(b)).to.contain('<v>73</v>').and.contain('March 2010');
  });
});

interface CspWindow extends Window {
  violations: string[];
  settled?: boolean;
}

describe('toSVG() and toPNG() under the strict CSP', () => {
  it('makes each widget’s SVG and its PNG at twice the size, with no violation', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="CSP page" style="width: 1000px; height: 900px" src="/test/csp/page.html"></iframe>`,
    );
    await waitUntil(() => (frame.contentWindow as CspWindow | null)?.settled, 'the import never settled', {
      timeout: 10000,
    });
    const win = frame.contentWindow as CspWindow;
    const widgets = Array.from(frame.contentDocument!.querySelectorAll<Widget>('[id]'));
    await waitUntil(() => widgets.every((w) => w.getAttribute('state') === 'ready'), 'not all ready', {
      timeout: 10000,
    });
    for (const w of widgets) {
      const svg = w.toSVG();
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const root = doc.documentElement;
      expect(root.nodeName, `${w.id}: ${doc.querySelector('parsererror')?.textContent}`).to.equal('svg');
      const width = Number(root.getAttribute('width'));
      const height = Number(root.getAttribute('height'));
      expect(width, w.id).to.be.at.least(560);
      expect(height, w.id).to.be.greaterThan(100);
      expect(root.getAttribute('viewBox')).to.equal(`0 0 ${width} ${height}`);
      expect(root.querySelector('desc')!.textContent!.length, `${w.id} alt text`).to.be.greaterThan(10);
      // Every mark has its shape's path, outlined; no foreignObject, no image, no script.
      expect(root.querySelectorAll('foreignObject, image, script, style').length).to.equal(0);
      const png = await w.toPNG();
      expect(png.type).to.equal('image/png');
      const bitmap = await createImageBitmap(png);
      expect([bitmap.width, bitmap.height], w.id).to.deep.equal([width * 2, height * 2]);
    }
    expect(win.violations).to.deep.equal([]);
  });

  it('why the PNG is painted on a canvas: this CSP refuses an SVG image from a blob: URL', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="CSP page" style="width: 400px; height: 300px" src="/test/csp/page.html"></iframe>`,
    );
    await waitUntil(() => (frame.contentWindow as CspWindow | null)?.settled, 'the import never settled', {
      timeout: 10000,
    });
    const win = frame.contentWindow as CspWindow & typeof globalThis;
    const img = new win.Image();
    const loaded = new Promise<string>((resolve) => {
      img.onload = () => resolve('loaded');
      img.onerror = () => resolve('refused');
    });
    img.src = win.URL.createObjectURL(
      new win.Blob(['<svg xmlns="http://www.w3.org/2000/svg"/>'], { type: 'image/svg+xml' }),
    );
    expect(await loaded).to.equal('refused');
    await waitUntil(() => win.violations.length > 0, 'no violation was reported');
    expect(win.violations[0]).to.match(/^img-src blob/);
  });
});

describe('the Download control', () => {
  it('opens from the keyboard, names each file by type and size, and downloads the CSV named from the data', async () => {
    const el = await mount(
      html`<ik-kpi-sparkline variant="card" .data=${leeds} select="indicators" ref="NI 59"></ik-kpi-sparkline>`,
    );
    const details = await open(el);
    expect(details.querySelector('summary')!.textContent!.trim()).to.equal('Download');
    const names = buttons(el);
    expect(names.slice(0, 3).map((n) => n.replace(/\d+ KB/, 'N KB'))).to.deep.equal([
      'Download the data (CSV, N KB)',
      'Download the data (Excel, N KB)',
      'Download the image (SVG, N KB)',
    ]);
    expect(names[3]).to.match(/^Download the image \(PNG(, \d+ KB)?\)$/);
    expect(details.querySelector('.alt')!.textContent).to.contain(
      'NI 59 (higher is better): 73% in March 2010',
    );
    // Tab from the summary reaches the first button; Enter on it downloads.
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.textContent).to.match(/^Download the data \(CSV, 1 KB\)$/);
    const file = await caught(() => sendKeys({ press: 'Enter' }));
    expect(file.name).to.equal('ni-59-2010-03.csv');
    expect(new TextDecoder().decode(file.bytes)).to.equal(`${el.toCSV()}`);
    expect([...file.bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    await expect(el).to.be.accessible();
  });

  it('2.5.8: the summary and every button are at least 24 by 24 px', async () => {
    const el = await mount(html`<ik-rag-matrix .data=${leeds} select="progress2009"></ik-rag-matrix>`);
    const details = await open(el, false);
    for (const target of details.querySelectorAll('summary, button')) {
      const box = target.getBoundingClientRect();
      expect(Math.min(box.width, box.height), target.textContent!).to.be.at.least(24);
    }
  });

  it('downloads the image as SVG and PNG with the same name', async () => {
    const el = await mount(
      html`<ik-deadline-timeline .data=${leeds} select="actions2010"></ik-deadline-timeline>`,
    );
    await open(el, false);
    const button = (label: string) =>
      Array.from(panel(el)!.querySelectorAll('button')).find((b) => b.textContent!.includes(label))!;
    const svg = await caught(() => button('SVG').click());
    expect(svg.name).to.equal('ofsted-announced-inspection-of-safeguarding-and-2010-02-12.svg');
    expect(new TextDecoder().decode(svg.bytes)).to.equal(el.toSVG());
    const png = await caught(() => button('PNG').click());
    expect(png.name).to.equal('ofsted-announced-inspection-of-safeguarding-and-2010-02-12.png');
    expect([...png.bytes.slice(1, 4)]).to.deep.equal([0x50, 0x4e, 0x47]);
  });

  it('is hidden by export="none" and restricted by export="csv png"', async () => {
    const none = await mount(
      html`<ik-judgement-grid export="none" .data=${leeds} select="inspection2010"></ik-judgement-grid>`,
    );
    expect(panel(none)).to.equal(null);
    expect(none.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    expect(none.toCSV()).to.not.equal('');
    const some = await mount(
      html`<ik-judgement-grid export="csv png" .data=${leeds} select="inspection2010"></ik-judgement-grid>`,
    );
    await open(some, false);
    const names = buttons(some).filter((b) => !b.startsWith('Copy'));
    expect(names.map((n) => n.replace(/, \d+ KB/, ''))).to.deep.equal([
      'Download the data (CSV)',
      'Download the image (PNG)',
    ]);
  });

  it('says a wrong export value in the widget, naming the attribute and its words, and offers every file', async () => {
    const el = await mount(
      html`<ik-rag-matrix export="csv pdf" .data=${leeds} select="progress2009"></ik-rag-matrix>`,
    );
    const panelText = el.shadowRoot!.querySelector('[part~="error"]')!.textContent!.replace(/\s+/g, ' ');
    expect(panelText).to.contain(
      'The export attribute: "pdf" is not a kind of download: write none alone, or any of csv, xlsx, svg and png with spaces between (export="csv png"). Until then, every download is offered',
    );
    await open(el, false);
    expect(buttons(el).filter((b) => b.startsWith('Download')).length).to.equal(4);
  });

  it('inline, sits under the data table "Show data" opens, not in the line of text', async () => {
    const el = await mount(
      html`<ik-kpi-sparkline .data=${leeds} select="indicators" ref="NI 59"></ik-kpi-sparkline>`,
    );
    expect(panel(el)).to.equal(null);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.data-toggle')!.click();
    await el.updateComplete;
    const table = el.shadowRoot!.querySelector('table.data')!;
    expect(table.nextElementSibling).to.equal(panel(el));
  });
});
