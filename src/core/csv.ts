/**
 * Tabular input: CSV text and pasted HTML tables are read into the same `Sheet` (a header and body rows with
 * their row numbers), which each shape then turns into its JSON form. CSV goes through d3-dsv's
 * `csvParseRows`, which, unlike `csvParse`, builds no code and so runs under a strict Content-Security-Policy.
 */
import { csvParseRows } from 'd3-dsv';
import type { Problem } from './problems.js';

export interface SheetRow {
  cells: string[];
  /** 1-based row number in the source, the header being row 1. */
  row: number;
}

export interface Sheet {
  header: string[];
  rows: SheetRow[];
  /** `CSV` or `table`: how places are named in messages. */
  source: 'CSV' | 'table';
}

/** What a shape builds from a sheet: the JSON-form value, and where each part came from. */
export interface FromSheet {
  value: unknown;
  /** JSON path prefix (`rows[2].grades.sg`) → place in the sheet (`CSV row 5, column "Safeguarding"`). */
  origins: Map<string, string>;
  problems: Problem[];
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Reads CSV text: a byte-order mark is ignored, blank lines are skipped, cells are trimmed. */
export function parseCsv(text: string): Sheet {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const all = csvParseRows(body);
  // Rows are numbered from the header (row 1), so blank lines before it (as in an indented inline script)
  // do not shift the numbers an editor sees.
  const firstLine = all.findIndex((cells) => cells.some((c) => c.trim() !== ''));
  const numbered = all
    .map((cells, i) => ({ cells: cells.map(clean), row: i - firstLine + 1 }))
    .filter((r) => r.cells.some((c) => c !== ''));
  const [first, ...rest] = numbered;
  return { header: first?.cells ?? [], rows: rest, source: 'CSV' };
}

/**
 * Reads a pasted `<table>`: the header is the first row of `<thead>` (or the table's first row), the body
 * every later row. A cell spanning several columns fills each of them.
 */
export function readTable(table: HTMLTableElement): Sheet {
  const rows = Array.from(table.rows);
  const headerRow = table.tHead?.rows[0] ?? rows[0];
  const cellsOf = (tr: HTMLTableRowElement) =>
    Array.from(tr.cells).flatMap((cell) =>
      Array<string>(Math.max(1, cell.colSpan)).fill(clean(cell.textContent ?? '')),
    );
  const body = rows
    .map((tr, i) => ({ tr, row: i + 1 }))
    .filter(({ tr }) => tr !== headerRow && tr.parentElement !== table.tHead)
    .map(({ tr, row }) => ({ cells: cellsOf(tr), row }))
    .filter((r) => r.cells.some((c) => c !== ''));
  return { header: headerRow ? cellsOf(headerRow) : [], rows: body, source: 'table' };
}

/** Finds header columns by name (any case; `_`, `-` and spaces alike). */
export function headerIndex(header: readonly string[]): (...names: string[]) => number {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[\s_-]+/g, ' ')
      .trim();
  const cols = header.map(norm);
  return (...names) => {
    for (const name of names) {
      const i = cols.indexOf(norm(name));
      if (i >= 0) return i;
    }
    return -1;
  };
}

/** `CSV row 5` / `table row 5`, with the column header when given. */
export function place(sheet: Sheet, row: number, column?: string): string {
  return column === undefined
    ? `${sheet.source} row ${row}`
    : `${sheet.source} row ${row}, column ${JSON.stringify(column)}`;
}

/** A cell's text, or undefined when the row is short or the cell empty. */
export function cellAt(row: SheetRow, index: number): string | undefined {
  if (index < 0) return undefined;
  const text = row.cells[index];
  return text === undefined || text === '' ? undefined : text;
}

/**
 * Rewrites a problem's path into its place in the sheet, using the longest matching origin:
 * `rows[2].grades.sg` → `CSV row 5, column "Safeguarding"`.
 */
export function relocate(problems: readonly Problem[], origins: ReadonlyMap<string, string>): Problem[] {
  if (origins.size === 0) return [...problems];
  return problems.map((p) => {
    let best = '';
    for (const key of origins.keys()) {
      if (
        key.length > best.length &&
        (p.path === key || p.path.startsWith(`${key}.`) || p.path.startsWith(`${key}[`))
      ) {
        best = key;
      }
    }
    if (!best) return p;
    const rest = p.path.slice(best.length).replace(/^\./, '');
    const at = origins.get(best)!;
    return { ...p, path: rest ? `${at} (${rest})` : at };
  });
}
