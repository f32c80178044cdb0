// The hostile inputs of issue 19 against the 200 ms bound, for scripts/bench.mjs: each widget given a 300 KB
// CSV (every row wrong somewhere), 500 rows of 500 children, 10,000 columns in a map, a row that contains
// itself through `.data`, and 500 sparklines on one `src`; the longest main-thread task of each, in a fresh
// page per run (bench/hostile.html). `BENCH_QUICK=hostile` runs only these.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WIDGETS = ['judgement-grid', 'rag-matrix', 'kpi-sparkline', 'deadline-timeline'];
/** Which widgets each input applies to (a timeline has no nesting and no map to widen). */
const INPUTS = [
  ['csv', 'a 300 KB CSV by `src`, every row wrong somewhere', WIDGETS],
  [
    'nested',
    '500 × 500 (grid: rows × children; RAG: rows × cells; KPI: comparators × points)',
    WIDGETS.slice(0, 3),
  ],
  [
    'wide',
    '10,000 columns in a map (grid `grades`, RAG `cells` and `map`; KPI: points with 10,000 other keys)',
    WIDGETS.slice(0, 3),
  ],
  ['cyclic', 'a row that contains itself, by `.data`', WIDGETS],
  ['many-src', '500 sparklines on one `src`, each its own `ref`', ['kpi-sparkline']],
];
const CSV_BYTES = 300 * 1024;

/** A CSV of about 300 KB in the widget's own form, each row with a value the widget refuses. */
export function hostileCsv(widget) {
  const note = 'A note long enough to make the file the size an export from a case system would be';
  const line = {
    'judgement-grid': (i) => `Row ${i % 700},,Column ${i % 30},Adequte ${i},${note}`,
    'rag-matrix': (i) => `Item ${i % 700},Group ${i % 9},Q${(i % 40) + 1},Purple ${i},${note}`,
    'kpi-sparkline': (i) => `NI 59,Initial assessments,Quarter ${i},${i % 7 ? i % 100 : 'n.a'},80,Rise,%,`,
    'deadline-timeline': (i) =>
      `a${i},Theme ${i % 9},Action ${i}: ${note},Within ${i} fortnights,,Owner,nearly,`,
  }[widget];
  const header = {
    'judgement-grid': 'row,parent,column,grade,note',
    'rag-matrix': 'row,group,column,status_or_rating,note',
    'kpi-sparkline': 'ref,title,period,value,target,polarity,unit,provisional',
    'deadline-timeline': 'id,theme,title,timescale,due,owner,status,completed',
  }[widget];
  const lines = [header];
  let size = header.length;
  for (let i = 0; size < CSV_BYTES; i++) {
    const l = line(i);
    lines.push(l);
    size += l.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (n) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

/**
 * Every input × widget, `runs` fresh pages each: the median and worst of the runs' longest tasks (ms), the
 * median time to settle, the states reached and the problems listed. `cache` is the bench's folder of
 * generated files (served at /node_modules/.cache/inspection-kit-bench/).
 */
export async function hostileLongTasks(browser, base, cache, runs) {
  for (const w of WIDGETS) writeFileSync(join(cache, `hostile-${w}.csv`), hostileCsv(w));
  const rows = [];
  for (const [input, what, widgets] of INPUTS) {
    for (const widget of widgets) {
      const results = [];
      for (let i = 0; i < runs; i++) {
        const context = await browser.createBrowserContext();
        try {
          const page = await context.newPage();
          await page.setViewport({ width: 1280, height: 900 });
          const errors = [];
          page.on('pageerror', (e) => errors.push(e.message));
          await page.goto(`${base}/bench/hostile.html?input=${input}&widget=${widget}`, {
            waitUntil: 'load',
          });
          await page.evaluate(() => window.bench.ready);
          results.push(await page.evaluate(() => window.bench.longestTask()));
          if (errors.length) throw new Error(`hostile ${input} ${widget}: ${errors.join('\n')}`);
        } finally {
          await context.close();
        }
      }
      const longest = results.map((r) => r.longest);
      rows.push({
        input,
        what,
        widget: `ik-${widget}`,
        median: median(longest),
        max: Math.max(...longest),
        count: median(results.map((r) => r.count)),
        settled: median(results.map((r) => r.settled)),
        states: results[0].states,
        problems: results[0].problems,
      });
    }
  }
  return rows;
}

export const hostileLine = (r, bound) =>
  `${r.input} ${r.widget}: longest task ${ms(r.median)} ms median (worst ${ms(r.max)} ms), ${r.count} long task${r.count === 1 ? '' : 's'}, settled in ${ms(r.settled)} ms (${r.states}, ${r.problems} problems); bound < ${bound} ms: ${r.median < bound ? 'met' : 'NOT MET'}`;

/** The BENCHMARKS.md section: one table of every input × widget against the bound. */
export function hostileSection(rows, bound, runs) {
  const met = (ok) => (ok ? 'met' : '**not met**');
  const lines = [
    `| input | widget | longest task, median ms | worst run ms | long tasks (median) | settled in ms | state, problems listed | < ${bound} ms |`,
    '|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.what} | \`<${r.widget}>\` | ${ms(r.median)} | ${ms(r.max)} | ${r.count} | ${ms(r.settled)} | ${r.states}, ${r.problems} | ${met(r.median < bound)} |`,
    ),
  ];
  const worst = rows.reduce((a, b) => (b.median > a.median ? b : a));
  return `${lines.join('\n')}

The inputs of issue 19 (\`bench/hostile.js\`, \`bench/hostile.mjs\`), ${runs} runs of each in a fresh page. A \`PerformanceObserver\` for \`longtask\` entries runs from the insertion until every widget has settled (not \`loading\`, its update done, two frames drawn) and 50 ms after; building the data and fetching the CSV file once (as the HTTP cache would hold it) happen before. The bound of ${bound} ms is judged on the median of the runs' longest tasks. Worst: ${worst.what}, \`<${worst.widget}>\`, ${ms(worst.median)} ms (${met(worst.median < bound)}).`;
}

export { INPUTS as HOSTILE_INPUTS };
