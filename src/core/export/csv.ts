/**
 * The kit's CSV writer (RFC 4180): one header row, CRLF line ends, fields quoted when they hold a comma, a quote
 * or a line break. Shared by all four widgets' `toCSV()`.
 *
 * Formula injection (OWASP "CSV Injection"): a text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return is written with an apostrophe before it (`'=SUM(A1)`, `'-`), so a spreadsheet shows it as text and never
 * runs it. A cell the widget holds as a number (`{ value: -3.2 }`) is written as the number, `-3.2`: it cannot run,
 * and stays a number in the spreadsheet. Text that merely looks like a negative number ("-3.2" as a label) is text,
 * and escaped like any other.
 */
import { type Cell, cellText } from './table.js';

/** The byte order mark put before a downloaded CSV, so that Excel reads it as UTF-8 (£, en dashes). */
export const BOM = '\uFEFF';

const FORMULA = /^[=+\-@\t\r]/;

/** One field, escaped against formulas and quoted as RFC 4180 asks. */
export function csvField(cell: Cell | number): string {
  const text =
    typeof cell === 'number'
      ? String(cell)
      : typeof cell !== 'string' && cell.value !== undefined && Number.isFinite(cell.value)
        ? String(cell.value)
        : cellText(cell).replace(FORMULA, "'$&");
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header row and the rows, each line ended by CRLF. */
export function writeCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [columns, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
