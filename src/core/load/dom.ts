/** Data written inside the element (docs/reference.md §2.1): an inline script, else a pasted table. */
import { parseCsv, readTable, type Sheet } from '../csv.js';
import { givenInline } from './given.js';

/**
 * Removes the indentation every line shares (an inline script is indented with the page's HTML), and no more:
 * a tab after it may be an empty first cell of tab-separated text.
 */
export function dedent(text: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0]);
  if (indents.length === 0) return text;
  let common = indents[0]!;
  for (const indent of indents) {
    let i = 0;
    while (i < common.length && i < indent.length && common[i] === indent[i]) i++;
    common = common.slice(0, i);
  }
  return common
    ? lines.map((l) => (l.startsWith(common) ? l.slice(common.length) : l.trimStart())).join('\n')
    : text;
}

/**
 * Inline CSV's one escape: `</script` and `<!--` cannot stand in a script element (they would end it, or hide
 * its end), so a tag writes them `<\/script` and `<\!--` (the playground does); the reader takes one backslash
 * out after a `<` followed by backslashes and `/script` or `!--`, so any text, `<\/script` itself included
 * (written `<\\/script`), reads back exactly. See `escapeInlineCsv` in demo/playground-data.ts.
 */
export function unescapeInlineCsv(text: string): string {
  return text.replace(/<\\(\\*)(\/script|!--)/gi, '<$1$2');
}

export type LocalSource =
  | { kind: 'json'; text: string; label: string }
  | { kind: 'csv'; sheet: Sheet; label: string }
  | { kind: 'table'; sheet: Sheet; label: string };

/** The text of an inline script of `type`, read; undefined for a type that is not data for a widget. */
function inlineScript(type: string, text: string): LocalSource | undefined {
  if (type === 'application/json') return { kind: 'json', text, label: 'the inline JSON' };
  if (type === 'text/csv') {
    // Lines are dedented first: an inline script is usually indented with the page's HTML.
    return { kind: 'csv', sheet: parseCsv(unescapeInlineCsv(dedent(text))), label: 'the inline CSV' };
  }
  return undefined;
}

/**
 * Data given inside the element: a child `<script type="application/json">` or `<script type="text/csv">`
 * (the first one), else a child `<table>`.
 */
export function readLocalSource(host: Element): LocalSource | undefined {
  const given = givenInline(host);
  if (given) return inlineScript(given.type, given.text);
  for (const child of Array.from(host.children)) {
    if (child instanceof HTMLScriptElement) {
      const read = inlineScript(child.type.trim().toLowerCase(), child.textContent ?? '');
      if (read) return read;
    }
  }
  const table = Array.from(host.children).find((c): c is HTMLTableElement => c instanceof HTMLTableElement);
  return table ? { kind: 'table', sheet: readTable(table), label: 'the table' } : undefined;
}
