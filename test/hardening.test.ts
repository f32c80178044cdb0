/**
 * A corpus of bad inputs and faults, each against every widget. Unless a case says otherwise the expectation is
 * the same: a visible error naming the place, the valid rest still drawn, no uncaught exception, no script run.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import { LOAD_LIMITS } from '../src/core/load/fetch.js';
import { clearFetchCache } from '../src/core/load/shared.js';
import { problemPaths, problems, text } from './base/speech.js';

type Data = Record<string, unknown> & { [key: string]: unknown };

interface Widget {
  tag: string;
  /** Valid data with two items; the second is where bad values go. */
  valid: () => Data;
  /** Puts a text into a text field of the second item. */
  setText: (d: Data, text: unknown) => void;
  /** Puts a value into a value field (grade, status, number or date) of the second item, and where that is. */
  setValue: (d: Data, value: unknown) => string;
  /** The place of that value as the editor sees it, which starts its problem's first line. */
  valueAt: (value: unknown) => string;
  /** A bad number for a numeric field, and where it lands, when the widget has one. */
  setNumber?: (d: Data, value: unknown) => string;
  /** The place of that number as the editor sees it. */
  numberAt?: string;
  /** A link field of the second item. */
  setHref: (d: Data, href: string) => void;
  /** The items list, for size and duplicate cases, and how to make one. */
  list: (d: Data) => unknown[];
  item: (i: number, label: string) => unknown;
  /** Where an id lives on an item, for duplicate ids. */
  idKey: string;
  /** A CSV header line and one good line. */
  csv: [string, string];
  /** The words a drawn item shows, to check the valid rest is drawn. */
  drawn: string;
  /** How many items the widget has drawn: table rows, points or listed actions. */
  drawnItems: (root: ShadowRoot) => number;
}

const row = (label: string, extra: Record<string, unknown> = {}) => ({ label, ...extra });
const WIDGETS: Widget[] = [
  {
    tag: 'ik-judgement-grid',
    valid: () => ({
      columns: [{ id: 'a', label: 'Safeguarding' }],
      rows: [
        row('First row', { id: 'r1', grades: { a: 'Good' } }),
        row('Second row', { id: 'r2', grades: { a: 'Adequate' } }),
      ],
    }),
    setText: (d, t) => {
      (d.rows as Data[])[1]!.label = t;
    },
    setValue: (d, v) => {
      (d.rows as Data[])[1]!.grades = { a: v };
      return 'rows[1].grades.a';
    },
    valueAt: () => 'Row "Second row", column "Safeguarding"',
    setHref: (d, href) => {
      (d.rows as Data[])[1]!.grades = { a: { grade: 'Good', href } };
    },
    list: (d) => d.rows as unknown[],
    item: (i, label) => row(label, { id: `r${i}`, grades: { a: 'Good' } }),
    idKey: 'id',
    csv: ['row,column,grade', 'First row,Safeguarding,Good'],
    drawn: 'First row',
    drawnItems: (root) => root.querySelectorAll('tbody th[part="label"]').length,
  },
  {
    tag: 'ik-rag-matrix',
    valid: () => ({
      columns: [{ id: 'q1', label: 'Q1 2010/11' }],
      rows: [
        row('First item', { id: 'i1', cells: { q1: 'Green' } }),
        row('Second item', { id: 'i2', cells: { q1: 'Amber' } }),
      ],
    }),
    setText: (d, t) => {
      (d.rows as Data[])[1]!.label = t;
    },
    setValue: (d, v) => {
      (d.rows as Data[])[1]!.cells = { q1: v };
      return 'rows[1].cells.q1';
    },
    valueAt: () => 'Row "Second item", column "Q1 2010/11"',
    setNumber: (d, v) => {
      (d.rows as Data[])[1]!.cells = { q1: { value: v, target: 80, polarity: 'up' } };
      return 'rows[1].cells.q1.value';
    },
    numberAt: 'Row "Second item", column "Q1 2010/11", value',
    setHref: (d, href) => {
      (d.rows as Data[])[1]!.cells = { q1: { status: 'green', href } };
    },
    list: (d) => d.rows as unknown[],
    item: (i, label) => row(label, { id: `i${i}`, cells: { q1: 'Good' } }),
    idKey: 'id',
    csv: ['row,column,status_or_rating', 'First item,Q1 2010/11,Green'],
    drawn: 'First item',
    drawnItems: (root) => root.querySelectorAll('tbody th[part="label"]').length,
  },
  {
    tag: 'ik-kpi-sparkline',
    valid: () => ({
      ref: 'NI 59',
      title: 'Initial assessments',
      unit: 'percent',
      target: 80,
      series: [
        { period: 'Q3 2009/10', value: 58.3 },
        { period: 'Q4 2009/10', value: 59.7 },
      ],
    }),
    setText: (d, t) => {
      d.title = t;
      d.ref = t;
    },
    setValue: (d, v) => {
      (d.series as Data[])[1]!.period = v;
      return 'series[1].period';
    },
    // A point whose period is at fault is named by its place in the series.
    valueAt: () => 'Point 2, period',
    setNumber: (d, v) => {
      // In a count: a per cent KPI reads "12%" as 12 (docs/reference.md §5.3).
      d.unit = 'count';
      (d.series as Data[])[1]!.value = v;
      return 'series[1].value';
    },
    numberAt: 'Point "Q4 2009/10", value',
    setHref: () => {},
    list: (d) => d.series as unknown[],
    // A month of its own for each item: 1900-01, 1900-02, …
    item: (i) => ({
      period: `${1900 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      value: i % 100,
    }),
    idKey: 'period',
    csv: ['ref,period,value', 'NI 59,Q3 2009/10,58.3'],
    drawn: '58.3',
    // Each point is one subpath of the dots path (solid or hollow for provisional points).
    drawnItems: (root) =>
      [...root.querySelectorAll('path.point')].reduce(
        (n, p) => n + (p.getAttribute('d')?.match(/M/g)?.length ?? 0),
        0,
      ),
  },
  {
    tag: 'ik-deadline-timeline',
    valid: () => ({
      published: '2010-01-07',
      asOf: '2010-02-12',
      actions: [
        { id: 'a1', title: 'First action', timescale: 'Immediately' },
        { id: 'a2', title: 'Second action', timescale: 'Within three months' },
      ],
    }),
    setText: (d, t) => {
      (d.actions as Data[])[1]!.title = t;
      (d.actions as Data[])[1]!.owner = t;
    },
    setValue: (d, v) => {
      (d.actions as Data[])[1]!.due = v;
      return 'actions[1].due';
    },
    valueAt: () => 'Action "Second action", due date',
    setHref: (d, href) => {
      (d.actions as Data[])[1]!.href = href;
    },
    list: (d) => d.actions as unknown[],
    item: (i, label) => ({ id: `a${i}`, title: label, timescale: 'Within three months' }),
    idKey: 'id',
    csv: ['id,title,timescale,due', 'a1,First action,,2010-03-31'],
    drawn: 'First action',
    drawnItems: (root) => root.querySelectorAll('ol.actions > li').length,
  },
];

/** Whether a problem's first line starts with `where` and its path line names `path` (or a field under it). */
const problemAt = (el: Element, where: string, path: string) => {
  const paths = problemPaths(el);
  return problems(el).some(
    (p, i) => p.startsWith(where) && paths[i]!.startsWith(`Path in the data: ${path}`),
  );
};
const settled = async (el: Element) => {
  await waitUntil(
    () => el.hasAttribute('state') && el.getAttribute('state') !== 'loading',
    `${el.localName} never settled`,
    { timeout: 10000 },
  );
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
};
async function mount(tag: string, data: unknown): Promise<Element> {
  const el = document.createElement(tag) as HTMLElement & { data: unknown };
  el.data = data;
  (await fixture<HTMLElement>(html`<div></div>`)).append(el);
  return settled(el);
}
async function mountInline(tag: string, type: string, body: string): Promise<Element> {
  const wrap = await fixture<HTMLElement>(html`<div></div>`);
  const el = document.createElement(tag);
  const script = document.createElement('script');
  script.type = type;
  script.textContent = body;
  el.append(script);
  wrap.append(el);
  return settled(el);
}

const errors: string[] = [];
const onError = (e: ErrorEvent) => errors.push(e.message);
const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
const pwned = () => (window as unknown as { __pwned?: number }).__pwned;

before(() => {
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});
after(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});
afterEach(async () => {
  clearFetchCache();
  LOAD_LIMITS.timeoutMs = 15_000;
  LOAD_LIMITS.maxBytes = 10 * 1024 * 1024;
  await new Promise((r) => setTimeout(r, 20));
  expect(errors, 'uncaught errors').to.deep.equal([]);
  expect(pwned(), 'a script from data ran').to.equal(undefined);
  expect(({} as Record<string, unknown>).polluted, 'a prototype was polluted').to.equal(undefined);
});

for (const w of WIDGETS) {
  describe(`${w.tag}: hostile and broken input`, function () {
    this.timeout(30000);

    it('shows HTML and SVG script in text fields literally', async () => {
      for (const payload of [
        '<img src=x onerror="window.__pwned=1">',
        '<svg onload="window.__pwned=1"></svg>',
        '<script>window.__pwned=1</script>',
      ]) {
        const d = w.valid();
        w.setText(d, payload);
        const el = await mount(w.tag, d);
        expect(el.shadowRoot!.querySelector('img, svg[onload], script, [onerror]')).to.equal(null);
        expect(text(el.shadowRoot), payload).to.contain(payload);
      }
    });

    it('never links javascript:, mixed-case or data: URLs', async () => {
      if (w.tag === 'ik-kpi-sparkline') return; // no links in a sparkline
      for (const href of [
        'javascript:window.__pwned=1',
        'JaVaScRiPt:window.__pwned=1',
        'data:text/html,<script>x</script>',
      ]) {
        const d = w.valid();
        w.setHref(d, href);
        const el = await mount(w.tag, d);
        expect(
          el.shadowRoot!.querySelector('a[href]:not([href^="https"]):not([href^="http"]):not([href^="#"])'),
        ).to.equal(null);
        expect(problems(el).some((p) => p.includes('is not linked'))).to.equal(true);
      }
    });

    it('ignores onmouseover-like keys and never merges __proto__ or constructor.prototype', async () => {
      const d = w.valid();
      (w.list(d)[0] as Data).onmouseover = 'window.__pwned=1';
      const el = await mount(w.tag, d);
      expect(el.getAttribute('state')).to.equal('ready');
      for (const body of [
        `{"__proto__": {"polluted": 1}, ${JSON.stringify(w.valid()).slice(1)}`,
        `{"constructor": {"prototype": {"polluted": 1}}, ${JSON.stringify(w.valid()).slice(1)}`,
      ]) {
        const el2 = await mountInline(w.tag, 'application/json', body);
        expect(el2.getAttribute('state')).to.equal('ready');
      }
      const csv = await mountInline(
        w.tag,
        'text/csv',
        `${w.csv[0]},__proto__,constructor\n${w.csv[1]},{"polluted":1},x`,
      );
      expect(csv.getAttribute('state')).to.not.equal('loading');
    });

    it('shows a forged Lit template object as a label as a problem, never as markup', async () => {
      const d = w.valid();
      w.setText(d, { _$litType$: 1, strings: ['<img src=x onerror="window.__pwned=1">'], values: [] });
      const el = await mount(w.tag, d);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(problems(el).join(' ')).to.contain('should be text, not a group of named values in { }');
    });

    it('shows spreadsheet formulas, right-to-left overrides, zero-width characters and emoji as text, isolated', async () => {
      for (const t of ['=HYPERLINK("http://x","y")', '\u202Eevil\u202C', 'zero\u200Bwidth', 'Good 👍🏽']) {
        const d = w.valid();
        w.setText(d, t);
        const el = await mount(w.tag, d);
        expect(text(el.shadowRoot)).to.contain(t);
      }
      const el = await mount(w.tag, w.valid());
      const anySpan = el.shadowRoot!.querySelector('span')!;
      expect(getComputedStyle(anySpan).unicodeBidi).to.equal('isolate');
    });

    it('names line and column of invalid JSON: trailing comma, comments, truncation; a byte-order mark is fine', async () => {
      const good = JSON.stringify(w.valid(), null, 1);
      const cases: [string, RegExp][] = [
        [
          good.replace(/\n}$/, ',\n}'),
          /^Line \d+, column \d+ is not valid JSON: .*comma before a closing bracket: remove it$/,
        ],
        [
          `// report\n${good}`,
          /^Line 1, column 1 is not valid JSON: comments are not allowed in JSON: remove them$/,
        ],
        [
          good.slice(0, good.length / 2),
          /^Line \d+, column \d+ is not valid JSON: the file ends too early: check that it was copied or saved whole$/,
        ],
      ];
      for (const [body, message] of cases) {
        const el = await mountInline(w.tag, 'application/json', body);
        expect(el.getAttribute('state')).to.equal('error');
        expect(problems(el)[0]).to.match(message);
      }
      const bom = await mountInline(w.tag, 'application/json', `\uFEFF${good}`);
      expect(bom.getAttribute('state')).to.equal('ready');
    });

    it('reports a wrong value in its place and draws the rest', async () => {
      for (const v of ['Adequte', '2024-02-30', { nested: true }, [1, 2]]) {
        const d = w.valid();
        const at = w.setValue(d, v);
        const el = await mount(w.tag, d);
        expect(el.getAttribute('state'), JSON.stringify(v)).to.equal('ready');
        expect(
          problemAt(el, w.valueAt(v), at),
          `${JSON.stringify(v)} at ${at}: ${problems(el)} / ${problemPaths(el)}`,
        ).to.equal(true);
        expect(text(el.shadowRoot)).to.contain(w.drawn);
      }
    });

    it('reads numbers by one rule: "1,234.5" is a number; NaN, Infinity, 1e999, "12%" are errors in place', async () => {
      if (!w.setNumber) return;
      const ok = w.valid();
      const at = w.setNumber(ok, '1,234.5');
      expect(
        problemPaths(await mount(w.tag, ok)).filter((p) => p.startsWith(`Path in the data: ${at}`)),
      ).to.deep.equal([]);
      for (const v of [Number.NaN, Number.POSITIVE_INFINITY, '12%', 'NaN']) {
        const d = w.valid();
        w.setNumber(d, v);
        const el = await mount(w.tag, d);
        expect(
          problemAt(el, `${w.numberAt!}: `, at),
          `${String(v)}: ${problems(el)} / ${problemPaths(el)}`,
        ).to.equal(true);
      }
      const body = JSON.stringify(w.valid()).replace(/58\.3|"Amber"/, '1e999');
      if (body.includes('1e999')) {
        const el = await mountInline(w.tag, 'application/json', body);
        expect(problems(el).length).to.be.greaterThan(0);
      }
    });

    it('is empty for empty lists and header-only CSV', async () => {
      const d = w.valid();
      w.list(d).length = 0;
      expect((await mount(w.tag, d)).getAttribute('state')).to.equal('empty');
      expect((await mountInline(w.tag, 'text/csv', `${w.csv[0]}\n`)).getAttribute('state')).to.be.oneOf([
        'empty',
        'error',
      ]);
    });

    it('reads truncated CSV as far as it goes', async () => {
      const first = w.csv[1].split(',')[0];
      const el = await mountInline(w.tag, 'text/csv', `${w.csv[0]}\n${w.csv[1]}\n${first},"unterminated`);
      expect(el.getAttribute('state')).to.equal('ready');
      expect(text(el.shadowRoot)).to.contain(w.drawn);
    });

    it('reports duplicate ids', async () => {
      const d = w.valid();
      const [a, b] = w.list(d) as Data[];
      b![w.idKey] = a![w.idKey];
      const el = await mount(w.tag, d);
      expect(problems(el).join(' ')).to.match(/is already the id of|appears twice/);
    });

    it('keeps 5 KB labels whole in the drawing and short in messages', async () => {
      const long = `Long ${'x'.repeat(5000)}`;
      const d = w.valid();
      w.setText(d, long);
      w.setValue(d, long);
      const el = await mount(w.tag, d);
      expect(text(el.shadowRoot)).to.contain(long);
      expect(Math.max(...problems(el).map((p) => p.length))).to.be.below(400);
    });

    it('reports 10,000-deep nesting instead of overflowing the stack', async () => {
      let deep: unknown = w.valid();
      for (let i = 0; i < 10000; i++)
        deep = { rows: [deep], children: [deep], actions: [deep], series: [deep] } as unknown;
      const d = w.valid();
      w.list(d).push(deep);
      const el = await mount(w.tag, d);
      expect(el.getAttribute('state')).to.not.equal('loading');
      expect(problems(el).length).to.be.greaterThan(0);
    });

    // How long the page is held while drawing these 100,000 items is measured by `npm run bench`, against its
    // 200 ms bound: a timing bound fails on a loaded machine, so it is no part of the tests.
    it('reads the first 500 of 100,000 items and says so', async () => {
      const d = w.valid();
      const list = w.list(d);
      for (let i = 0; i < 100000; i++) list.push(w.item(i + 3, `Item ${i + 3}`));
      const el = await mount(w.tag, d);
      expect(el.getAttribute('state')).to.equal('ready');
      expect(problems(el).join(' ')).to.contain('holds 100,002 items: only the first 500 are read and shown');
      expect(w.drawnItems(el.shadowRoot!)).to.equal(500);
    });

    it('draws 500 items', async () => {
      const d = w.valid();
      const list = w.list(d);
      for (let i = 0; i < 498; i++) list.push(w.item(i + 3, `Item ${i + 3}`));
      const el = await mount(w.tag, d);
      expect(el.getAttribute('state')).to.equal('ready');
      expect(problems(el)).to.deep.equal([]);
      expect(w.drawnItems(el.shadowRoot!)).to.equal(500);
    });
  });

  describe(`${w.tag}: faults in fetching`, function () {
    this.timeout(30000);
    const fetched = async (src: string) => {
      const el = document.createElement(w.tag);
      el.setAttribute('src', src);
      (await fixture<HTMLElement>(html`<div></div>`)).append(el);
      return settled(el);
    };

    it('reports 404, 500, an HTML sign-in page served as 200, a refused connection, a hanging server and an oversized file, each with Retry', async () => {
      const cases: [string, RegExp][] = [
        // The file's address is the place: "The file at <address>: the server answered 404 …".
        [
          '/test-api/status?code=404',
          /^The file at \S+\/test-api\/status\?code=404: the server answered 404 .*Check the src address/,
        ],
        [
          '/test-api/status?code=500',
          /^The file at \S+: the server answered 500 .*Try again later with Retry/,
        ],
        ['/test-api/html', /^The file at \S+: the server sent a web page, not data/],
        [
          'http://127.0.0.1:9/report.json',
          /^The file at http:\/\/127\.0\.0\.1:9\/report\.json: could not reach the file/,
        ],
        // Over a limit set low for the test, so that no test sends tens of megabytes.
        ['/test-api/big?bytes=2000000', /^The file at \S+: the file is too large .*: split it/],
      ];
      LOAD_LIMITS.maxBytes = 1_000_000;
      for (const [src, message] of cases) {
        const el = await fetched(src);
        expect(el.getAttribute('state'), src).to.equal('error');
        expect(problems(el)[0], src).to.match(message);
        expect(el.shadowRoot!.querySelector('button.retry'), src).to.not.equal(null);
      }
      LOAD_LIMITS.timeoutMs = 300;
      const hung = await fetched(`/test-api/stall?key=${w.tag}`);
      expect(problems(hung)[0]).to.match(/^The file at \S+: no answer from the server after/);
    });

    it('refuses javascript: and file: in src before any fetch', async () => {
      for (const src of ['javascript:window.__pwned=1', 'file:///etc/passwd']) {
        const el = await fetched(src);
        expect(problems(el)[0]).to.contain(
          `${JSON.stringify(src)} was not fetched, to keep the page safe: use an https, http or relative address`,
        );
      }
    });
  });
}
