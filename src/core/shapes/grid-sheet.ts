/**
 * Reading the two tabular layouts shared by the judgement grid and the RAG matrix (docs/reference.md §5):
 * - long, one entry per line: `row,<group>,column,<value>,note`;
 * - wide, as a spreadsheet holds it: the first column names the row, an optional `<group>` column follows,
 *   and every other column (or only those named in `columns`) is a value column titled by its header.
 * Told apart by the header: long when it has `row`, `column` and the value column.
 * A pasted table's group heading row (one cell across the table) groups the rows after it when there is no
 * `<group>` column: as a row of its own that they sit under (`headings: 'rows'`, the grid's parent rows) or
 * as their group (`'groups'`, the matrix).
 */
import { cellAt, headerIndex, headerList, place, type Sheet, type SheetRow } from '../csv.js';
import { t } from '../i18n/index.js';
import { attributeWhere, didYouMean, type Problem, said } from '../problems.js';

/** The kind of a sheet (`CSV`, `table`) as a message names it: "in the {source}". */
export function sourceIn(sheet: Sheet, locale: string): string {
  return t(locale, sheet.source === 'CSV' ? 'sheet.CSV' : 'sheet.table');
}

export interface SheetEntry {
  row: string;
  group?: string;
  /** Column header (long: the `column` cell). */
  column: string;
  value?: string;
  note?: string;
  /** Where it came from in the sheet. */
  at: string;
}

export interface SheetLine {
  row: string;
  group?: string;
  at: string;
  entries: SheetEntry[];
}

export interface GridSheet {
  layout: 'long' | 'wide';
  /** Column headers in order of first appearance. */
  columns: string[];
  /** One per distinct row label (and group), in order of first appearance. */
  lines: SheetLine[];
  problems: Problem[];
}

export function readGridSheet(
  sheet: Sheet,
  opts: {
    groupColumn: string;
    valueColumns: string[];
    keepColumns?: readonly string[];
    headings?: 'rows' | 'groups';
  },
): GridSheet {
  const find = headerIndex(sheet.header);
  const problems: Problem[] = [];
  const rowCol = find('row');
  const colCol = find('column');
  const valueCol = find(...opts.valueColumns);
  const groupCol = find(opts.groupColumn);
  const lines: SheetLine[] = [];
  const byKey = new Map<string, SheetLine>();
  const columns: string[] = [];
  const lineFor = (row: string, group: string | undefined, at: string) => {
    const key = JSON.stringify([row, group ?? '']);
    let line = byKey.get(key);
    if (!line) {
      line = { row, at, entries: [], ...(group === undefined ? {} : { group }) };
      byKey.set(key, line);
      lines.push(line);
    }
    return line;
  };
  const addColumn = (c: string) => {
    if (!columns.includes(c)) columns.push(c);
  };
  const groupOf = (r: SheetRow) => cellAt(r, groupCol) ?? (groupCol < 0 ? r.group : undefined);
  /** A heading row: read, as a row of its own or not at all. */
  const heading = (r: SheetRow) => {
    if (!r.heading) return false;
    if (opts.headings === 'rows' && groupCol < 0) lineFor(r.cells[0]!, undefined, place(sheet, r.row));
    return true;
  };

  if (rowCol >= 0 && colCol >= 0 && valueCol >= 0) {
    const noteCol = find('note');
    for (const r of sheet.rows) {
      if (heading(r)) continue;
      const row = cellAt(r, rowCol);
      const column = cellAt(r, colCol);
      if (row === undefined || column === undefined) {
        problems.push({
          path: place(sheet, r.row),
          ...said((l) =>
            t(l, 'grid.needsRowAndColumn', {
              row: JSON.stringify(sheet.header[rowCol]),
              column: JSON.stringify(sheet.header[colCol]),
            }),
          ),
        });
        continue;
      }
      const group = groupOf(r);
      const line = lineFor(row, group, place(sheet, r.row));
      addColumn(column);
      const value = cellAt(r, valueCol);
      const note = cellAt(r, noteCol);
      line.entries.push({
        row,
        column,
        at: place(sheet, r.row, sheet.header[valueCol]),
        ...(group === undefined ? {} : { group }),
        ...(value === undefined ? {} : { value }),
        ...(note === undefined ? {} : { note }),
      });
    }
    return { layout: 'long', columns, lines, problems };
  }

  // Wide: first column names the row; an optional group column; the rest are value columns.
  const keep = opts.keepColumns?.map((c) => c.trim().toLowerCase()).filter(Boolean);
  const valueIndexes: number[] = [];
  sheet.header.forEach((h, i) => {
    if (i === 0 || i === groupCol) return;
    if (keep?.length && !keep.includes(h.toLowerCase())) return;
    if (h === '') {
      if (sheet.rows.some((r) => cellAt(r, i) !== undefined)) {
        problems.push({ path: place(sheet, 1, `column ${i + 1}`), ...said((l) => t(l, 'grid.noHeader')) });
      }
      return;
    }
    valueIndexes.push(i);
    addColumn(h);
  });
  if (keep?.length) {
    for (const name of opts.keepColumns ?? []) {
      if (!columns.some((c) => c.toLowerCase() === name.trim().toLowerCase())) {
        const headers = sheet.header.filter(Boolean);
        problems.push({
          path: 'columns',
          ...attributeWhere('columns'),
          ...said((l) =>
            t(l, 'grid.notColumn', {
              value: JSON.stringify(name.trim()),
              source: sourceIn(sheet, l),
              guess: didYouMean(name, headers, undefined, l),
              headers: headerList(headers, l),
            }),
          ),
        });
      }
    }
  }
  for (const r of sheet.rows) {
    if (heading(r)) continue;
    const row = cellAt(r, 0);
    if (row === undefined) {
      problems.push({ path: place(sheet, r.row), ...said((l) => t(l, 'grid.noLabel')) });
      continue;
    }
    const group = groupOf(r);
    const line = lineFor(row, group, place(sheet, r.row));
    for (const i of valueIndexes) {
      const value = cellAt(r, i);
      if (value === undefined) continue;
      line.entries.push({
        row,
        column: sheet.header[i]!,
        value,
        at: place(sheet, r.row, sheet.header[i]),
        ...(group === undefined ? {} : { group }),
      });
    }
  }
  return { layout: 'wide', columns, lines, problems };
}

/** A column id from its header: the header itself (ids are only keys between columns and cells). */
export function columnsFrom(headers: readonly string[]): { id: string; label: string }[] {
  return headers.map((h) => ({ id: h, label: h }));
}
