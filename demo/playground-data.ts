/**
 * The playground's data box: cells copied from Excel arrive as tab-separated text. The playground turns them
 * into CSV for the widget and for the tag (so the tag works with any CSV reader), and says it did.
 */
import { csvFormatRows, tsvParseRows } from 'd3-dsv';

export interface PastedData {
  text: string;
  note: string;
}

/** Tab-separated: the first line (the column names) has a tab and more tabs than commas. */
export function isTabSeparated(text: string): boolean {
  const first = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const tabs = first.split('\t').length - 1;
  return tabs > 0 && tabs > first.split(',').length - 1;
}

export function asCsv(text: string): PastedData {
  if (/^\s*[[{]/.test(text) || !isTabSeparated(text)) return { text, note: '' };
  const rows = tsvParseRows(text.replace(/\r\n?/g, '\n').replace(/\n+$/, ''));
  return {
    text: `${csvFormatRows(rows)}\n`,
    note: `Read as cells copied from a spreadsheet (separated by tabs): ${rows.length - 1} ${rows.length === 2 ? 'row' : 'rows'} under ${rows[0]?.length ?? 0} column names. The tag holds them as CSV.`,
  };
}

/**
 * JSON to put inside `<script type="application/json">`: `</script` is written `<\/script` and `<!--` as
 * `\u003c!--` (JSON escapes inside a string, the only place a `<` can be), so the text can neither end the
 * script element nor hide its end, and JSON.parse reads back exactly what was given.
 */
export function escapeInlineJson(text: string): string {
  return text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '\\u003c!--');
}

/**
 * CSV to put inside `<script type="text/csv">`: a backslash goes after each `<` that is followed by backslashes
 * and `/script` or `!--`; the kit's inline-CSV reader takes it out again (`unescapeInlineCsv` in
 * src/core/load/dom.ts), so every cell reads back exactly.
 */
export function escapeInlineCsv(text: string): string {
  return text.replace(/<(\\*)(\/script|!--)/gi, '<\\$1$2');
}
