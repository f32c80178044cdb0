/**
 * demo/ilacs.html's "Open a file": the reader's own wide ILACS CSV (the national file, which the project may not
 * copy) redraws the grid and the RAG matrix. The file is read by the kit, as it reads a fetched CSV
 * (`parseCsvBytes`: any encoding Excel saves, any separator, with a note when one was worked out), and handed
 * to each widget as a table inside it, which the kit reads as a pasted table: nothing is uploaded, and nothing
 * is written as HTML or as a script's text, so the page keeps its strict CSP (no Trusted Types sink is used).
 */
import { parseCsvBytes, type Sheet } from '../src/core/csv.js';
import { normalise } from '../src/core/problems.js';

/** The judgement columns of the framework from April 2026 (it has no overall effectiveness judgement). */
const JUDGEMENTS_2026 = ['Impact of leaders', 'Help and protection', 'In care', 'Care leavers'];

const input = document.getElementById('ilacs-file') as HTMLInputElement;
const status = document.getElementById('ilacs-file-status') as HTMLElement;

/** The sheet as a table, each cell its text. */
function tableOf(sheet: Sheet): HTMLTableElement {
  const table = document.createElement('table');
  const row = (cells: readonly string[], tag: 'th' | 'td') => {
    const tr = document.createElement('tr');
    for (const text of cells) {
      const cell = document.createElement(tag);
      cell.textContent = text;
      tr.append(cell);
    }
    return tr;
  };
  table.createTHead().append(row(sheet.header, 'th'));
  const body = table.createTBody();
  for (const r of sheet.rows) body.append(row(r.cells, 'td'));
  return table;
}

input.addEventListener('change', async () => {
  const file = input.files?.[0];
  if (!file) return;
  const sheet = parseCsvBytes(new Uint8Array(await file.arrayBuffer()));
  const headers = new Set(sheet.header.map(normalise));
  const kept = JUDGEMENTS_2026.filter((c) => headers.has(normalise(c)));
  for (const widget of document.querySelectorAll('ik-judgement-grid, ik-rag-matrix')) {
    // The table first, then no src: the widget then reads the table (a src would win over it).
    widget.replaceChildren(tableOf(sheet));
    if (kept.length) widget.setAttribute('columns', kept.join(','));
    else widget.removeAttribute('columns');
    widget.removeAttribute('src');
  }
  const rows = sheet.rows.filter((r) => !r.heading).length;
  status.textContent = [
    `Showing ${file.name}: ${rows.toLocaleString('en-GB')} local ${rows === 1 ? 'authority' : 'authorities'}, read on this computer (nothing is uploaded).`,
    kept.length
      ? `Its columns ${kept.join(', ')} are shown${headers.has(normalise('Overall effectiveness')) ? '; Overall effectiveness is left out, as the framework from April 2026 has no overall judgement' : ''}.`
      : `It has none of the columns ${JUDGEMENTS_2026.join(', ')}, so every column is read as judgements.`,
    ...(sheet.notes ?? []),
    ...(sheet.problems ?? []).map((p) => `${p.path}: ${p.message}.`),
  ].join(' ');
});
