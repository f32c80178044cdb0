/**
 * Data given through `.data` that is not plain data (issue 19): each widget shows one clear problem saying what
 * was found, never a blank box, an endless "Loading…" or an uncaught error.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { problems, type Widget } from '../base/speech.js';

const TAGS = ['ik-judgement-grid', 'ik-rag-matrix', 'ik-kpi-sparkline', 'ik-deadline-timeline'] as const;

function hostileProxy(): object {
  return new Proxy(
    {},
    {
      getPrototypeOf() {
        throw new Error('trap');
      },
      ownKeys() {
        throw new Error('trap');
      },
      get() {
        throw new Error('trap');
      },
    },
  );
}

class Report {
  rows = [];
}

const CASES: [string, () => unknown, RegExp][] = [
  ['a Map', () => new Map([['rows', []]]), /not a Map/],
  ['a Set', () => new Set(), /not a Set/],
  ['a date', () => new Date(2010, 2, 31), /not a date/],
  ['a BigInt', () => 12n, /BigInt 12n/],
  ['a class instance', () => new Report(), /made by a class \(Report\)/],
  ['Object.create(x)', () => Object.create({ rows: [] }), /made with Object\.create/],
  ['a Proxy that throws', hostileProxy, /cannot be read/],
];

async function widget(tag: string, data: unknown): Promise<Widget> {
  const el = await fixture<Widget>(html`<div></div>`);
  const w = document.createElement(tag) as Widget;
  (w as unknown as { data: unknown }).data = data;
  el.append(w);
  await waitUntil(() => w.getAttribute('state') === 'error', 'the widget shows its problem');
  return w;
}

describe('data that is not plain data, given through .data', () => {
  for (const tag of TAGS) {
    for (const [name, make, said] of CASES) {
      it(`<${tag}> given ${name} shows one problem saying what it is`, async () => {
        const el = await widget(tag, make());
        const shown = problems(el);
        expect(shown.length).to.equal(1);
        expect(said.test(shown[0] ?? ''), shown[0]).to.equal(true);
      });
    }
  }

  it('<ik-judgement-grid> given a row that contains itself names the place, and draws the rest', async () => {
    const row: Record<string, unknown> = { label: 'Loop', grades: { a: 'Good' } };
    row.children = [row];
    const el = await fixture<Widget>(
      html`<ik-judgement-grid
        .data=${{ columns: [{ id: 'a', label: 'A' }], rows: [row, { label: 'Fine', grades: { a: 'Good' } }] }}
      ></ik-judgement-grid>`,
    );
    await waitUntil(() => el.getAttribute('state') !== 'loading');
    expect(problems(el)).to.deep.equal([
      'Row "Loop": contains itself: it is row "Loop" again, so reading it would never end: give a copy of the part instead',
    ]);
    expect(el.getAttribute('state')).to.equal('ready');
  });

  it('<ik-deadline-timeline> refuses "Within 999999999 days" at its action and draws the others', async () => {
    const el = await fixture<Widget>(
      html`<ik-deadline-timeline
        .data=${{
          published: '2010-01-01',
          actions: [
            { title: 'Bad', timescale: 'Within 999999999 days' },
            { title: 'Good', timescale: 'Within 3 days' },
          ],
        }}
      ></ik-deadline-timeline>`,
    );
    await waitUntil(() => el.getAttribute('state') !== 'loading');
    expect(el.getAttribute('state')).to.equal('ready');
    const shown = problems(el);
    expect(shown.length).to.equal(1);
    expect(/outside the years the kit reads \(1900 to 2100\)/.test(shown[0] ?? ''), shown[0]).to.equal(true);
  });

  it('<ik-rag-matrix> with 3,000 bad cells lists 1,000 problems and draws 220 of them, saying how many more there are', async () => {
    const columns = Array.from({ length: 6 }, (_, i) => ({ id: `c${i}`, label: `C${i}` }));
    const rows = Array.from({ length: 500 }, (_, r) => ({
      label: `Row ${r}`,
      cells: Object.fromEntries(columns.map((c) => [c.id, 'Pink'])),
    }));
    const el = await fixture<Widget>(html`<ik-rag-matrix .data=${{ columns, rows }}></ik-rag-matrix>`);
    await waitUntil(() => el.getAttribute('state') !== 'loading');
    const panel = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(panel.querySelectorAll('li').length).to.equal(220);
    expect(panel.querySelector('details > p')?.textContent?.trim()).to.equal(
      '781 more problems are not listed here: fix these first (every problem is in the ik-error event)',
    );
  });
});
