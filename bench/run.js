// One benchmark case per page: `page.html?case=<name>`. Setup (loading code, making data and markup) happens
// before `window.bench.ready` resolves; `run()` times the drawing; `updates(n)` times single-item updates.
import { floorSvg, makeGrid, makeHuge, makeKpis, makeTimeline, staticList, staticTable } from './data.js';

const params = new URLSearchParams(location.search);
const name = params.get('case');
const CACHE = '/node_modules/.cache/inspection-kit-bench/';
const IK = params.get('bundle') === 'profile' ? `${CACHE}ik-profile.js` : '/dist/inspection-kit.js';
const root = document.getElementById('root');

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Every ik element given its data, on the page, rendered and `ready`. */
async function drawIk(tag, items) {
  const fragment = document.createDocumentFragment();
  const els = items.map((data) => {
    const el = document.createElement(tag);
    el.data = data;
    fragment.append(el);
    return el;
  });
  root.append(fragment);
  await Promise.all(els.map((el) => el.updateComplete));
  const notReady = els.filter((el) => el.getAttribute('state') !== 'ready');
  if (notReady.length)
    throw new Error(`${notReady.length} ${tag} not ready: ${notReady[0].getAttribute('state')}`);
}

/**
 * What the widgets draw, without their code: each element drawn once during setup, then copied (its host
 * attributes, its shadow root's markup and its shared style sheets). The copy builds the same hosts with the
 * same shadow trees, one `innerHTML` each: what the browser alone takes for the widget's own DOM.
 */
async function copyOf(tag, items) {
  await ik(tag);
  await drawIk(tag, items);
  const copies = [...root.children].map((el) => ({
    attributes: [...el.attributes].map((a) => [a.name, a.value]),
    markup: el.shadowRoot.innerHTML,
    sheets: el.shadowRoot.adoptedStyleSheets,
  }));
  if (copies.some((c) => c.sheets.length === 0)) throw new Error(`${tag}: no adopted style sheets to copy`);
  root.replaceChildren();
  return () => {
    const fragment = document.createDocumentFragment();
    for (const c of copies) {
      const host = document.createElement('ik-copy');
      for (const [n, v] of c.attributes) host.setAttribute(n, v);
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.adoptedStyleSheets = c.sheets;
      shadow.innerHTML = c.markup;
      fragment.append(host);
    }
    root.append(fragment);
  };
}

/**
 * Sparklines that all show one file (`src`), each its own indicator (`ref`): on the page and `ready` once every
 * one has fired ik-load (they wait for the fetch, so `updateComplete` alone would find them loading).
 */
async function drawFromSrc(src, refs) {
  const fragment = document.createDocumentFragment();
  let loaded = 0;
  let done;
  const all = new Promise((resolve) => {
    done = resolve;
  });
  const onLoad = () => {
    if (++loaded === refs.length) done();
  };
  root.addEventListener('ik-load', onLoad);
  const els = refs.map((ref) => {
    const el = document.createElement('ik-kpi-sparkline');
    el.setAttribute('src', src);
    el.setAttribute('ref', ref);
    fragment.append(el);
    return el;
  });
  root.append(fragment);
  await all;
  root.removeEventListener('ik-load', onLoad);
  await Promise.all(els.map((el) => el.updateComplete));
  const notReady = els.filter((el) => el.getAttribute('state') !== 'ready');
  if (notReady.length)
    throw new Error(`${notReady.length} sparklines not ready: ${notReady[0].getAttribute('state')}`);
}

/** The 500 indicators of `makeKpis()` as one file, written by scripts/bench.mjs. */
const MANY_SRC = `${CACHE}many-kpis.json`;
/** How many times a `share-` case parses (and freezes or copies) the file in one run. */
const SHARE_REPEATS = 20;

async function ik(tag) {
  await import(IK);
  await customElements.whenDefined(tag);
}

async function peer(file) {
  return import(`${CACHE}${file}.js`);
}

function stylesheet(href) {
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.onload = resolve;
    link.onerror = () => reject(new Error(`could not load ${href}`));
    document.head.append(link);
  });
}

/** Each case: `setup()` returns the function that draws. */
const CASES = {
  'spark-ik': async () => {
    await ik('ik-kpi-sparkline');
    const kpis = makeKpis();
    return () => drawIk('ik-kpi-sparkline', kpis);
  },
  'spark-floor': async () => {
    const markup = makeKpis().map(floorSvg).join('');
    return () => {
      root.innerHTML = markup;
    };
  },
  'spark-copy': () => copyOf('ik-kpi-sparkline', makeKpis()),
  'spark-chartjs': async () => {
    const { render } = await peer('chartjs');
    const kpis = makeKpis();
    return () => render(root, kpis);
  },
  'spark-uplot': async () => {
    await stylesheet('/node_modules/uplot/dist/uPlot.min.css');
    const { render } = await peer('uplot');
    const kpis = makeKpis();
    return () => render(root, kpis);
  },
  'spark-plot': async () => {
    const { render } = await peer('plot');
    const kpis = makeKpis();
    return () => render(root, kpis);
  },
  'spark-echarts': async () => {
    const { render } = await peer('echarts');
    const kpis = makeKpis();
    return () => render(root, kpis);
  },
  'spark-highcharts': async () => {
    const { render } = await peer('highcharts');
    const kpis = makeKpis();
    return () => render(root, kpis);
  },
  // A realistic page (issue 20): 50 sparklines, against the DOM floor and the two fastest peers. The page's
  // first Intl use and the widgets' first-use costs weigh more here than at 500.
  'page50-floor': async () => {
    const markup = makeKpis(50).map(floorSvg).join('');
    return () => {
      root.innerHTML = markup;
    };
  },
  'page50-ik': async () => {
    await ik('ik-kpi-sparkline');
    const kpis = makeKpis(50);
    return () => drawIk('ik-kpi-sparkline', kpis);
  },
  'page50-uplot': async () => {
    await stylesheet('/node_modules/uplot/dist/uPlot.min.css');
    const { render } = await peer('uplot');
    const kpis = makeKpis(50);
    return () => render(root, kpis);
  },
  'page50-plot': async () => {
    const { render } = await peer('plot');
    const kpis = makeKpis(50);
    return () => render(root, kpis);
  },
  // One file, many widgets (issue 19): 500 sparklines given their indicators as data, against 500 fetching one
  // file of the same 500 indicators, each picking its own by `ref` (one fetch, one parse, each read in a slice).
  'many-data': async () => {
    await ik('ik-kpi-sparkline');
    const kpis = makeKpis();
    return () => drawIk('ik-kpi-sparkline', kpis);
  },
  'many-src': async () => {
    await ik('ik-kpi-sparkline');
    const refs = makeKpis().map((k) => k.ref);
    return () => drawFromSrc(MANY_SRC, refs);
  },
  // The same with reduced motion (bench.mjs emulates it for `-still` cases): without the 500 loading spinners,
  // whose painting in every frame while the widgets load is most of `many-src`.
  'many-src-still': async () => CASES['many-src'](),
  // What sharing one parsed document read-only costs: parsing the file's text alone, parsing and freezing it
  // deeply once (what the kit does, src/core/load/parsed.ts), or parsing it and copying each widget's part as
  // it reads it (copy on read, the alternative). Each 20 times in a run, as one is a few milliseconds.
  'share-parse': async () => {
    const text = await (await fetch(MANY_SRC)).text();
    return () => {
      for (let i = 0; i < SHARE_REPEATS; i++) JSON.parse(text);
    };
  },
  'share-freeze': async () => {
    const { deepFreeze } = await import(`${CACHE}ik-parsed.js`);
    const text = await (await fetch(MANY_SRC)).text();
    return () => {
      for (let i = 0; i < SHARE_REPEATS; i++) deepFreeze(JSON.parse(text));
    };
  },
  'share-copy': async () => {
    const text = await (await fetch(MANY_SRC)).text();
    return () => {
      for (let i = 0; i < SHARE_REPEATS; i++) {
        const doc = JSON.parse(text);
        for (const kpi of doc.kpis) structuredClone(kpi);
      }
    };
  },
  'grid-ik': async () => {
    await ik('ik-judgement-grid');
    const grid = makeGrid();
    return () => drawIk('ik-judgement-grid', [grid]);
  },
  'grid-static': async () => {
    const markup = staticTable(makeGrid());
    return () => {
      root.innerHTML = markup;
    };
  },
  'grid-copy': () => copyOf('ik-judgement-grid', [makeGrid()]),
  // The size of the ILACS history (issue 20): about 500 inspections, one row each, 5 judgement columns. Made
  // data of that shape: the national file in ../shared/data holds only each authority's latest outcome.
  'history-static': async () => {
    const markup = staticTable(makeGrid(500, 5));
    return () => {
      root.innerHTML = markup;
    };
  },
  'history-ik': async () => {
    await ik('ik-judgement-grid');
    const grid = makeGrid(500, 5);
    return () => drawIk('ik-judgement-grid', [grid]);
  },
  'timeline-ik': async () => {
    await ik('ik-deadline-timeline');
    const timeline = makeTimeline();
    return () => drawIk('ik-deadline-timeline', [timeline]);
  },
  'timeline-static': async () => {
    const markup = staticList(makeTimeline());
    return () => {
      root.innerHTML = markup;
    };
  },
  'timeline-copy': () => copyOf('ik-deadline-timeline', [makeTimeline()]),
  /** The first use of Intl in a page (ICU's locale data), as the first widget pays it: a number and a date. */
  'intl-first': async () => () => {
    new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(59.7);
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(0);
  },
};

// `longtask-<widget>`: the widget given the hardening tests' 100,002 items, for `longestTask()`.
for (const w of ['judgement-grid', 'rag-matrix', 'kpi-sparkline', 'deadline-timeline']) {
  CASES[`longtask-${w}`] = async () => {
    await ik(`ik-${w}`);
    const data = makeHuge(`ik-${w}`);
    return () => drawIk(`ik-${w}`, [data]);
  };
}

/** A new data object for `el` with one value changed (a different one each time). */
const CHANGES = {
  'ik-kpi-sparkline': (data, i) => ({
    ...data,
    series: data.series.map((p, j) => (j === data.series.length - 1 ? { ...p, value: 60 + (i % 30) } : p)),
  }),
  'ik-judgement-grid': (data, i) => ({
    ...data,
    rows: data.rows.map((row, r) =>
      r === 10 ? { ...row, grades: { ...row.grades, j5: i % 2 ? 'Outstanding' : 'Inadequate' } } : row,
    ),
  }),
};

async function start() {
  const setup = CASES[name];
  if (!setup) throw new Error(`no such case: ${name}`);
  const draw = await setup();
  await frame();
  return {
    /** Milliseconds from the first insertion to rendered: `layout` (forced), `frame` (next frame + layout). */
    async run() {
      // The marks bound the window a trace is split over (bench/trace.mjs).
      performance.mark('bench-start');
      const t0 = performance.now();
      await draw();
      void document.body.offsetHeight;
      const layout = performance.now() - t0;
      await frame();
      void document.body.offsetHeight;
      const t = performance.now() - t0;
      performance.mark('bench-end');
      return { frame: t, layout };
    },
    /** `n` updates of the first ik element (after `warm` untimed ones): milliseconds each. */
    async updates(n, warm = 10) {
      const el = root.firstElementChild;
      const change = CHANGES[el.localName];
      const base = el.data;
      const times = [];
      for (let i = 0; i < warm + n; i++) {
        const next = change(base, i);
        await frame();
        const t0 = performance.now();
        el.data = next;
        await el.updateComplete;
        const t = performance.now() - t0;
        if (el.getAttribute('state') !== 'ready') throw new Error(`update ${i}: ${el.getAttribute('state')}`);
        if (i >= warm) times.push(t);
      }
      return times;
    },
    /**
     * The longest task (ms) while the case draws, until it is `ready` and 50 ms after, and how many tasks
     * took 50 ms or more (the browser's long tasks). Setup, which builds the data, has ended before.
     */
    async longestTask() {
      const tasks = [];
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push(e.duration);
      });
      observer.observe({ type: 'longtask' });
      await draw();
      await new Promise((resolve) => setTimeout(resolve, 50));
      observer.disconnect();
      return { longest: Math.max(0, ...tasks), count: tasks.length };
    },
    /**
     * Drawn, taken off the page, and drawn again, timed as `run`: the second time the code is warm (compiled and
     * optimised) and the page has its fonts, locale data and style sheets, as on a dashboard's later widgets.
     */
    async again() {
      await this.run();
      root.replaceChildren();
      await frame();
      await frame();
      return this.run();
    },
    isolated: globalThis.crossOriginIsolated === true,
  };
}

const ready = start();
window.bench = {
  ready: ready.then((b) => ({ isolated: b.isolated })),
  run: () => ready.then((b) => b.run()),
  updates: (n, warm) => ready.then((b) => b.updates(n, warm)),
  longestTask: () => ready.then((b) => b.longestTask()),
  again: () => ready.then((b) => b.again()),
};
