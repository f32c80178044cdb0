/**
 * The editors' playground: pick a widget, paste JSON or CSV (or load a file), see the widget live with its
 * problems, and copy a ready-to-paste tag with the data inside it or as `src`.
 */
import { decodeBytes } from '../src/core/load/decode.js';
import { giveInline } from '../src/core/load/given.js';
import { WIDGET_NAMES, WIDGETS } from '../src/widgets.js';
import { asCsv, escapeInlineCsv, escapeInlineJson } from './playground-data.js';
import { readSettings } from './playground-settings.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const widget = $<HTMLSelectElement>('widget');
const data = $<HTMLTextAreaElement>('data');
const attrs = $<HTMLInputElement>('attrs');
const preview = $<HTMLDivElement>('preview');
const tag = $<HTMLTextAreaElement>('tag');
const srcUrl = $<HTMLInputElement>('src-url');
const attrsNote = $<HTMLParagraphElement>('attrs-note');
const tagNote = $<HTMLParagraphElement>('tag-note');
const dataNote = $<HTMLParagraphElement>('data-note');
/** What was worked out about a loaded file's encoding, said with the data's own note until the data is edited. */
let fileNote = '';

// The choice of widget comes from the kit itself, so a new widget appears here without editing the page.
widget.replaceChildren(
  ...WIDGET_NAMES.map((name) => new Option(WIDGETS[name].label, name, name === WIDGET_NAMES[0])),
);

const EXAMPLES: Record<string, { data: string; attrs: string }> = {
  'judgement-grid': {
    attrs: 'scale="ofsted-4"',
    data: 'row,parent,column,grade,note\nOverall effectiveness,,Safeguarding,Inadequate,\nQuality of Provision,,Safeguarding,Inadequate,\nService responsiveness,Quality of Provision,Safeguarding,Inadequate,\nOverall effectiveness,,Looked after children,Adequate,\n',
  },
  'rag-matrix': {
    attrs: '',
    data: 'row,group,column,status_or_rating,note\nReduce the proportion of young people who leave school with no qualifications,14-19 Education,April 2009,Good,\nThe proportion of young people obtaining a Level 3 qualification by the age of 19 is lower than in similar councils,14-19 Education,April 2009,,Full data unavailable at the time of report publication\n',
  },
  'kpi-sparkline': {
    attrs: 'ref="NI 59" variant="card"',
    data: 'ref,title,period,value,target,polarity,unit,provisional\nNI 59,The proportion of Initial Assessments undertaken within 7 days,2008/09,76.5,80,Rise,%,\nNI 59,,Q3 2009/10,58.3,80,,,\nNI 59,,Q4 2009/10,59.7,80,,,yes\nNI 59,,March 2010,73,80,,,\n',
  },
  'deadline-timeline': {
    attrs: 'published="2010-01-07" as-of="2010-02-12"',
    data: "id,theme,title,timescale\nsg-i-1,Safeguarding,Refresh the existing children's service improvement plan to take account of the priorities for action and other issues set out in this report.,Immediately\n",
  },
};

function isJson(text: string): boolean {
  return /^\s*[[{]/.test(text);
}

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The settings as read, and under the box what was read and what was not. */
function settings(): [string, string][] {
  const read = readSettings(attrs.value);
  const list = read.settings.map(([k, v]) => (v === '' ? k : `${k}="${v}"`)).join(', ');
  attrsNote.textContent = [list ? `Read as: ${list}.` : '', ...read.problems].filter(Boolean).join(' ');
  attrsNote.classList.toggle('problem', read.problems.length > 0);
  return read.settings;
}

function render(): void {
  const name = `ik-${widget.value}`;
  const { text, note } = asCsv(data.value);
  dataNote.textContent = [fileNote, note].filter(Boolean).join(' ');
  const el = document.createElement(name);
  for (const [key, value] of settings()) el.setAttribute(key, value);
  // The data as the tag holds it inline, read by the kit's inline reader (never parsed as HTML). It is handed
  // to the widget, not put in a <script> child made here: Trusted Types check the text of every script element
  // a script makes, a data block too, so under the strict CSP each preview would be a violation.
  if (text.trim()) giveInline(el, isJson(text) ? 'application/json' : 'text/csv', text);
  preview.replaceChildren(el);
  writeTag();
}

function writeTag(): void {
  const name = `ik-${widget.value}`;
  const mode = (document.querySelector('input[name="mode"]:checked') as HTMLInputElement).value;
  const attributes = settings()
    // In a src tag, the address box gives src.
    .filter(([k]) => mode !== 'src' || k !== 'src')
    .map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${escapeAttr(v)}"`))
    .join('');
  // Blank lines around the data go; spaces and tabs at the ends of lines stay (an empty last cell from Excel).
  const text = asCsv(data.value)
    .text.replace(/^(?:[ \t]*\r?\n)+/, '')
    .replace(/(?:\r?\n[ \t]*)+$/, '');
  let out: string;
  if (mode === 'src') out = `<${name} src="${escapeAttr(srcUrl.value)}"${attributes}></${name}>`;
  else {
    const json = isJson(text);
    const type = json ? 'application/json' : 'text/csv';
    // "</script" or "<!--" inside the data would end the script element early or hide its end: both are
    // escaped, in a form the kit reads back exactly (JSON's own escapes; for CSV, the kit's inline-CSV escape).
    const safe = json ? escapeInlineJson(text) : escapeInlineCsv(text);
    out = `<${name}${attributes}>\n  <script type="${type}">\n${safe}\n  </script>\n</${name}>`;
  }
  tagNote.textContent =
    mode !== 'src' && /<\/script|<!--/i.test(text)
      ? 'Your data holds “</script” or “<!--”, which would end the tag early: the tag writes a backslash after the “<” (“<\\/script”), and the kit reads it back as your data has it.'
      : '';
  // The address docs/HOW-TO.md gives: the release folder uploaded as it is, to /files/inspection-kit/.
  tag.value = `<script type="module" src="/files/inspection-kit/inspection-kit.js"></script>\n${out}`;
}

/** The example last put in the boxes: what the editor has not changed is still the example. */
let shown = { data: '', attrs: '' };

function loadExample(): void {
  const example = EXAMPLES[widget.value] ?? { data: '', attrs: '' };
  data.value = example.data;
  attrs.value = example.attrs;
  shown = example;
  render();
}

/** A new widget keeps the editor's own data and settings; only an untouched example is swapped for the new one. */
function changeWidget(): void {
  const example = EXAMPLES[widget.value] ?? { data: '', attrs: '' };
  const ownData = data.value.trim() !== '' && data.value !== shown.data;
  const ownAttrs = attrs.value.trim() !== '' && attrs.value !== shown.attrs;
  if (!ownData) data.value = example.data;
  if (!ownAttrs) attrs.value = example.attrs;
  shown = { data: ownData ? shown.data : example.data, attrs: ownAttrs ? shown.attrs : example.attrs };
  render();
}

let timer: number | undefined;
const soon = () => {
  clearTimeout(timer);
  timer = window.setTimeout(render, 250);
};
data.addEventListener('input', () => {
  fileNote = '';
  soon();
});
attrs.addEventListener('input', soon);
widget.addEventListener('change', changeWidget);
srcUrl.addEventListener('input', writeTag);
for (const radio of document.querySelectorAll('input[name="mode"]'))
  radio.addEventListener('change', writeTag);
$<HTMLButtonElement>('example').addEventListener('click', loadExample);
$<HTMLInputElement>('file').addEventListener('change', async (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (!file) return;
  // Read as Excel saves it (Windows-1252, UTF-16 or UTF-8), not always as UTF-8: a £ or a curly apostrophe
  // must not become "�".
  const { text, encoding } = decodeBytes(new Uint8Array(await file.arrayBuffer()));
  data.value = text;
  fileNote =
    encoding === 'UTF-8'
      ? ''
      : `${file.name} was read as ${encoding} text, as Excel saves it; the data above is that text. Save the file as "CSV UTF-8" to be sure.`;
  render();
});
$<HTMLButtonElement>('copy').addEventListener('click', async () => {
  const status = $<HTMLParagraphElement>('copied');
  try {
    await navigator.clipboard.writeText(tag.value);
    status.textContent = 'Copied. Paste it into your page.';
  } catch {
    tag.select();
    status.textContent = 'Select the text above and copy it (Ctrl+C).';
  }
});
loadExample();
