// Draws each part of the demo report files with the widget that shows it, out of sight, and lists every
// problem the widget reports (its `ik-error` event): the same code path as the demo pages, so this page says
// what the widgets say (the schema's problems and those found in place, such as a rating of '3333').
import '../src/define.js';
import type { IkErrorDetail } from '../src/base/events.js';
import { problemLine } from '../src/core/place.js';
import type { Problem } from '../src/core/problems.js';

type Tag = 'ik-judgement-grid' | 'ik-rag-matrix' | 'ik-kpi-sparkline' | 'ik-deadline-timeline';
const parts: [file: string, key: string, tag: Tag][] = [
  ['leeds-report.json', 'inspection2010', 'ik-judgement-grid'],
  ['leeds-report.json', 'progress2009', 'ik-rag-matrix'],
  ['leeds-report.json', 'indicators', 'ik-kpi-sparkline'],
  ['leeds-report.json', 'actions2010', 'ik-deadline-timeline'],
  ['derby-report.json', 'inspection2011', 'ik-judgement-grid'],
  ['derby-report.json', 'actions2011', 'ik-deadline-timeline'],
];

/** Where the widgets are drawn while they are checked: not shown, and removed once each has reported. */
const stage = document.createElement('div');
stage.hidden = true;
document.body.append(stage);

/** Draws one widget and resolves with the problems it reports once it has loaded (or failed to). */
/** A problem as the widget shows it, with its exact path after it for whoever edits the file. */
function said(p: Problem): string {
  return p.where === undefined ? problemLine(p) : `${problemLine(p)} (${p.path})`;
}

function problemsOf(tag: Tag, attributes: Record<string, string>): Promise<Problem[]> {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return new Promise((resolve) => {
    let errors: Problem[] = [];
    el.addEventListener('ik-error', (e) => {
      errors = (e as CustomEvent<IkErrorDetail>).detail.errors;
      if (el.getAttribute('state') === 'error') finish();
    });
    // `ik-error`, when there are problems, follows `ik-load` in the same task: read them after it.
    el.addEventListener('ik-load', () => queueMicrotask(finish));
    function finish() {
      el.remove();
      resolve(errors);
    }
    stage.append(el);
  });
}

const out = document.getElementById('checks')!;
const table = document.createElement('table');
// Built node by node, not from HTML: the page runs under the strict CSP, where Trusted Types guard innerHTML.
table.createCaption().textContent = 'Report files';
const head = table.createTHead().insertRow();
for (const name of ['File', 'Part', 'Problems']) {
  const th = document.createElement('th');
  th.textContent = name;
  head.append(th);
}
const body = table.createTBody();
out.append(table);
const files = new Map<string, Promise<Record<string, unknown>>>();
for (const [file, key, tag] of parts) {
  if (!files.has(file))
    files.set(
      file,
      fetch(`./${file}`).then((r) => r.json()),
    );
  const src = `./${file}`;
  let problems: string[];
  if (tag === 'ik-kpi-sparkline') {
    // A sparkline draws one indicator: each is checked, and its problems named by its ref.
    const doc = await files.get(file)!;
    const kpis = (doc[key] as { kpis?: { ref?: unknown }[] } | undefined)?.kpis ?? [];
    const refs = kpis.map((k) => k.ref).filter((r): r is string => typeof r === 'string');
    const each = await Promise.all(refs.map((ref) => problemsOf(tag, { src, select: key, ref })));
    problems = each.flatMap((found, i) => found.map((p) => `${refs[i]}: ${said(p)}`));
  } else {
    problems = (await problemsOf(tag, { src, select: key })).map(said);
  }
  const row = body.insertRow();
  for (const text of [file, key, problems.length ? problems.join('\n') : 'none']) {
    const cell = row.insertCell();
    cell.textContent = text;
    cell.style.whiteSpace = 'pre-line';
  }
}
