// Reads each part of the demo report files with the same schemas the widgets use, and lists what it found.
import { readWith, type Schema } from '../src/core/schema.js';
import { judgementGrid } from '../src/core/shapes/judgements.js';
import { kpiDocument } from '../src/core/shapes/kpi.js';
import { ragMatrix } from '../src/core/shapes/rag.js';
import { timeline } from '../src/core/shapes/timeline.js';

const parts: [string, string, Schema<unknown>][] = [
  ['leeds-report.json', 'inspection2010', judgementGrid],
  ['leeds-report.json', 'progress2009', ragMatrix],
  ['leeds-report.json', 'indicators', kpiDocument],
  ['leeds-report.json', 'actions2010', timeline],
  ['derby-report.json', 'inspection2011', judgementGrid],
  ['derby-report.json', 'actions2011', timeline],
];

const out = document.getElementById('checks')!;
const table = document.createElement('table');
table.innerHTML =
  '<caption>Report files</caption><thead><tr><th>File</th><th>Part</th><th>Problems</th></tr></thead>';
const body = table.createTBody();
out.append(table);
const files = new Map<string, Promise<Record<string, unknown>>>();
for (const [file, key, schema] of parts) {
  if (!files.has(file))
    files.set(
      file,
      fetch(`./${file}`).then((r) => r.json()),
    );
  const doc = await files.get(file)!;
  const { problems } = readWith(schema, doc[key], key);
  const row = body.insertRow();
  for (const text of [
    file,
    key,
    problems.length ? problems.map((p) => `${p.path}: ${p.message}`).join('\n') : 'none',
  ]) {
    const cell = row.insertCell();
    cell.textContent = text;
    cell.style.whiteSpace = 'pre-line';
  }
}
