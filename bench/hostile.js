// Hostile inputs (issue 19), one per page: `hostile.html?input=<input>&widget=<widget>`. Setup builds the data
// (and scripts/bench.mjs has written the CSV files) before `window.bench.ready` resolves; `longestTask()` then
// puts the widget on the page and records every long task (50 ms or more) until it has settled (not
// `loading`, its update done, two frames drawn) and 50 ms after. Nothing here is a test: the bound of 200 ms is
// judged in BENCHMARKS.md.

const params = new URLSearchParams(location.search);
const input = params.get('input');
const widget = params.get('widget');
const CACHE = '/node_modules/.cache/inspection-kit-bench/';
const root = document.getElementById('root');
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** The 300 KB CSV written for each widget by bench/hostile.mjs (`hostileCsv`). */
export const csvFile = (w) => `${CACHE}hostile-${w}.csv`;
/** The file of 500 indicators the `many-` cases share (scripts/bench.mjs). */
const MANY_SRC = `${CACHE}many-kpis.json`;

const ids = (n, prefix) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

/** 500 rows of 500 children (one list of children shared by every row: given twice is read as copies). */
function nested(w) {
  const n = 500;
  switch (w) {
    case 'judgement-grid': {
      const children = Array.from({ length: n }, (_, i) => ({ label: `Child ${i}`, grades: { a: 'Good' } }));
      return {
        columns: [{ id: 'a', label: 'Safeguarding' }],
        rows: Array.from({ length: n }, (_, i) => ({ label: `Row ${i}`, children })),
      };
    }
    case 'rag-matrix': {
      const columns = ids(n, 'q').map((id) => ({ id, label: id.toUpperCase() }));
      const cells = Object.fromEntries(columns.map((c) => [c.id, 'Green']));
      return { columns, rows: Array.from({ length: n }, (_, i) => ({ label: `Item ${i}`, cells })) };
    }
    case 'kpi-sparkline': {
      const series = Array.from({ length: n }, (_, i) => ({
        period: String(1901 + (i % 199)),
        value: i % 100,
      }));
      return {
        ref: 'NI 59',
        title: 'Initial assessments',
        series: series.slice(0, 12),
        comparators: Array.from({ length: n }, (_, i) => ({ label: `Area ${i}`, series })),
      };
    }
    default:
      return undefined;
  }
}

/** 10,000 columns or names in a map (`grades`, `cells`, `map`; a KPI's points with 10,000 other keys). */
function wide(w) {
  const n = 10_000;
  const columns = ids(n, 'c').map((id) => ({ id, label: id.toUpperCase() }));
  switch (w) {
    case 'judgement-grid':
      return {
        columns,
        rows: [{ label: 'Only row', grades: Object.fromEntries(columns.map((c) => [c.id, 'Good'])) }],
      };
    case 'rag-matrix':
      return {
        columns,
        rows: [{ label: 'Only row', cells: Object.fromEntries(columns.map((c) => [c.id, 'Amber'])) }],
        map: Object.fromEntries(columns.map((c) => [c.id, 'red'])),
      };
    case 'kpi-sparkline': {
      const other = Object.fromEntries(ids(n, 'k').map((k) => [k, 1]));
      return {
        ref: 'NI 59',
        title: 'Initial assessments',
        series: Array.from({ length: 100 }, (_, i) => ({ ...other, period: String(1901 + i), value: i })),
      };
    }
    default:
      return undefined;
  }
}

/** A row (or indicator, or action) that contains itself, given as `.data`. */
function cyclic(w) {
  switch (w) {
    case 'judgement-grid': {
      const row = { label: 'Loop', grades: { a: 'Good' } };
      row.children = [row];
      return { columns: [{ id: 'a', label: 'A' }], rows: [row, { label: 'Fine', grades: { a: 'Good' } }] };
    }
    case 'rag-matrix': {
      const cells = { a: 'Green' };
      cells.b = cells;
      return {
        columns: [
          { id: 'a', label: 'A' },
          { id: 'b', label: 'B' },
        ],
        rows: [
          { label: 'Loop', cells },
          { label: 'Fine', cells: { a: 'Red' } },
        ],
      };
    }
    case 'kpi-sparkline': {
      const comparators = [];
      comparators.push({ label: 'Loop', series: comparators });
      return {
        ref: 'NI 59',
        series: [
          { period: '2009', value: 1 },
          { period: '2010', value: 2 },
        ],
        comparators,
      };
    }
    case 'deadline-timeline': {
      // Nothing in an action is a group the kit reads: the loop is under a key it never reads.
      const action = { id: 'a1', title: 'Loop', timescale: 'Immediately' };
      action.self = action;
      return {
        published: '2010-01-07',
        asOf: '2010-02-12',
        actions: [action, { id: 'a2', title: 'Fine', due: '2010-03-01' }],
      };
    }
    default:
      return undefined;
  }
}

/** Elements to put on the page for this input and widget; undefined when the input does not apply. */
function make() {
  const tag = `ik-${widget}`;
  const withData = (data) => {
    if (data === undefined) return undefined;
    const el = document.createElement(tag);
    el.data = data;
    return [el];
  };
  switch (input) {
    case 'csv': {
      const el = document.createElement(tag);
      el.setAttribute('src', csvFile(widget));
      if (widget === 'kpi-sparkline') el.setAttribute('ref', 'NI 59');
      if (widget === 'deadline-timeline') el.setAttribute('published', '2010-01-07');
      return [el];
    }
    case 'nested':
      return withData(nested(widget));
    case 'wide':
      return withData(wide(widget));
    case 'cyclic':
      return withData(cyclic(widget));
    case 'many-src': {
      if (widget !== 'kpi-sparkline') return undefined;
      return Array.from({ length: 500 }, (_, i) => {
        const el = document.createElement(tag);
        el.setAttribute('src', MANY_SRC);
        el.setAttribute('ref', `KPI ${i + 1}`);
        return el;
      });
    }
    default:
      throw new Error(`no such input: ${input}`);
  }
}

async function start() {
  // `bundle=profile`: the unminified build scripts/bench.mjs makes, for reading a profile.
  await import(params.get('bundle') === 'profile' ? `${CACHE}ik-profile.js` : '/dist/inspection-kit.js');
  await customElements.whenDefined(`ik-${widget}`);
  const els = make();
  if (!els) throw new Error(`${input} does not apply to ${widget}`);
  // Fetch the file once before timing (as the page's HTTP cache would have it), so only the kit's work counts.
  if (input === 'csv') await (await fetch(csvFile(widget))).text();
  await frame();
  return {
    async longestTask() {
      const tasks = [];
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push(e.duration);
      });
      observer.observe({ type: 'longtask' });
      const t0 = performance.now();
      const fragment = document.createDocumentFragment();
      fragment.append(...els);
      root.append(fragment);
      for (;;) {
        await Promise.all(els.map((el) => el.updateComplete));
        if (els.every((el) => el.getAttribute('state') !== 'loading')) break;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      await frame();
      await frame();
      const settled = performance.now() - t0;
      await new Promise((resolve) => setTimeout(resolve, 50));
      observer.disconnect();
      const states = [...new Set(els.map((el) => el.getAttribute('state')))].join(', ');
      const problems = Math.max(...els.map((el) => el.problems?.length ?? 0));
      return { longest: Math.max(0, ...tasks), count: tasks.length, settled, states, problems };
    },
  };
}

const ready = start();
window.bench = {
  ready: ready.then(() => ({})),
  longestTask: () => ready.then((b) => b.longestTask()),
};
