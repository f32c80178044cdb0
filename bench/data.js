// The benchmark's data and the baseline markup (DOM floor, static table, static list), shared by the pages.
// Everything here runs before a measurement starts: only drawing is timed.

export const PERIODS = ['2007/08', '2008/09', '2009/10'].flatMap((year) =>
  [1, 2, 3, 4].map((q) => `Q${q} ${year}`),
);
export const TARGET = 80;
export const GRADES = ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'];
export const THEMES = ['Leadership and management', 'Front door', 'Children in care', 'Quality of practice'];
export const TIMESCALES = ['Immediately', 'Within three months', 'Within six months'];
const JUDGEMENTS = [
  'Overall effectiveness',
  'Help and protection',
  'Children in care',
  'Care leavers',
  'Leadership',
  'Front door',
  'Early help',
  'Assessment',
  'Planning',
  'Supervision',
  'Permanence',
  'Adoption',
  'Fostering',
  'Placement stability',
  'Education of children in care',
  'Health of children in care',
  'Participation',
  'Private fostering',
  'Missing children',
  'Exploitation',
  'Disabled children',
  'Workforce',
  'Quality assurance',
  'Partnership',
];

/** A small deterministic generator, so every run draws the same numbers. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` indicators of 12 quarterly percentages with a target of 80. */
export function makeKpis(n = 500) {
  const rand = random(42);
  return Array.from({ length: n }, (_, i) => ({
    ref: `KPI ${i + 1}`,
    title: `Indicator ${i + 1}`,
    unit: 'percent',
    polarity: 'up',
    target: TARGET,
    series: PERIODS.map((period) => ({ period, value: Math.round((55 + rand() * 40) * 10) / 10 })),
  }));
}

/** A judgement grid: `rows` authorities × `cols` judgements, grades cycling through the ofsted-ri scale. */
export function makeGrid(rows = 152, cols = 24) {
  const columns = JUDGEMENTS.slice(0, cols).map((label, c) => ({ id: `j${c + 1}`, label }));
  return {
    scale: 'ofsted-ri',
    columns,
    rows: Array.from({ length: rows }, (_, r) => ({
      label: `Authority ${r + 1}`,
      grades: Object.fromEntries(columns.map((col, c) => [col.id, GRADES[(r + c) % GRADES.length]])),
    })),
  };
}

/** A timeline of `n` actions published 7 January 2010, seen on 11 May 2010. */
export function makeTimeline(n = 300) {
  return {
    published: '2010-01-07',
    asOf: '2010-05-11',
    actions: Array.from({ length: n }, (_, i) => ({
      id: `A${i + 1}`,
      theme: THEMES[i % THEMES.length],
      title: `Action ${i + 1}: review and improve the practice named in recommendation ${(i % 40) + 1}`,
      timescale: TIMESCALES[i % TIMESCALES.length],
    })),
  };
}

const SIZE = { width: 120, height: 32, pad: 4 };

/** The sparkline's picture with nothing else: line, target line and points, as one SVG. */
export function floorSvg(kpi) {
  const { width, height, pad } = SIZE;
  const values = kpi.series.map((p) => p.value);
  const lo = Math.min(kpi.target, ...values);
  const hi = Math.max(kpi.target, ...values);
  const x = (i) => pad + (i * (width - 2 * pad)) / (values.length - 1);
  const y = (v) => height - pad - ((v - lo) / (hi - lo || 1)) * (height - 2 * pad);
  const r = (n) => Math.round(n * 100) / 100;
  const line = values.map((v, i) => `${i ? 'L' : 'M'}${r(x(i))},${r(y(v))}`).join('');
  const circles = values
    .map((v, i) => `<circle class="point" cx="${r(x(i))}" cy="${r(y(v))}" r="2.25"></circle>`)
    .join('');
  return (
    `<span class="spark"><svg class="plot" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" aria-hidden="true" focusable="false">` +
    `<path class="target" d="M${pad},${r(y(kpi.target))}H${width - pad}"></path>` +
    `<path class="line" d="${line}"></path>${circles}</svg></span>`
  );
}

/** The same grid as a plain HTML table: the grade word in each cell, toned by a class. */
export function staticTable(grid) {
  const head = grid.columns.map((c) => `<th scope="col">${c.label}</th>`).join('');
  const body = grid.rows
    .map(
      (row) =>
        `<tr><th scope="row">${row.label}</th>${grid.columns
          .map((c) => {
            const g = row.grades[c.id];
            return `<td class="g${GRADES.indexOf(g) + 1}">${g}</td>`;
          })
          .join('')}</tr>`,
    )
    .join('');
  return `<table class="static"><caption>Judgements</caption><thead><tr><th scope="col">Authority</th>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

const MONTHS = { Immediately: 0, 'Within three months': 3, 'Within six months': 6 };

/** The same actions as a plain ordered list, with the due date worked out beforehand. */
export function staticList(timeline) {
  const [y, m, d] = timeline.published.split('-').map(Number);
  const asOf = timeline.asOf;
  const items = timeline.actions
    .map((a) => {
      const due = new Date(Date.UTC(y, m - 1 + MONTHS[a.timescale], d)).toISOString().slice(0, 10);
      const state = due < asOf ? 'Overdue' : 'Not yet due';
      return `<li><strong>${a.id}</strong> ${a.title} <span class="theme">${a.theme}</span> <span>${a.timescale}</span> <time datetime="${due}">Due ${due}</time> <span class="state">${state}</span></li>`;
    })
    .join('');
  return `<ol class="static">${items}</ol>`;
}

/**
 * The hardening tests' oversized input (test/hardening.test.ts): each widget's two valid items and 100,000
 * more, of which a widget reads and draws the first 500 and says so. The long-task check draws these.
 */
export const HUGE_ITEMS = 100000;
export function makeHuge(tag) {
  const n = HUGE_ITEMS;
  const items = (make) => Array.from({ length: n }, (_, i) => make(i + 3));
  switch (tag) {
    case 'ik-judgement-grid':
      return {
        columns: [{ id: 'a', label: 'Safeguarding' }],
        rows: [
          { label: 'First row', id: 'r1', grades: { a: 'Good' } },
          { label: 'Second row', id: 'r2', grades: { a: 'Adequate' } },
          ...items((i) => ({ label: `Item ${i}`, id: `r${i}`, grades: { a: 'Good' } })),
        ],
      };
    case 'ik-rag-matrix':
      return {
        columns: [{ id: 'q1', label: 'Q1 2010/11' }],
        rows: [
          { label: 'First item', id: 'i1', cells: { q1: 'Green' } },
          { label: 'Second item', id: 'i2', cells: { q1: 'Amber' } },
          ...items((i) => ({ label: `Item ${i}`, id: `i${i}`, cells: { q1: 'Good' } })),
        ],
      };
    case 'ik-kpi-sparkline':
      return {
        ref: 'NI 59',
        title: 'Initial assessments',
        unit: 'percent',
        target: TARGET,
        series: [
          { period: 'Q3 2009/10', value: 58.3 },
          { period: 'Q4 2009/10', value: 59.7 },
          ...items((i) => ({
            period: `${1900 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
            value: i % 100,
          })),
        ],
      };
    case 'ik-deadline-timeline':
      return {
        published: '2010-01-07',
        asOf: '2010-02-12',
        actions: [
          { id: 'a1', title: 'First action', timescale: 'Immediately' },
          { id: 'a2', title: 'Second action', timescale: 'Within three months' },
          ...items((i) => ({ id: `a${i}`, title: `Item ${i}`, timescale: 'Within three months' })),
        ],
      };
    default:
      throw new Error(`no oversized input for ${tag}`);
  }
}
