/**
 * What a widget hands to anything else: the table it shows (after `select`, filters and collapsed rows), its
 * title, source and "as of" date, its summary sentence (the alternative text of its image) and a file name made
 * from the data. Each widget's layout builds one from what it shows (`exportTable` in each *.layout.ts); the CSV,
 * the Excel file and the image are all written from it, so none of them holds anything that was not shown.
 * Pure.
 */
import { isoDate, parsePeriod } from '../periods.js';
import type { Look } from '../vocabulary.js';

/** A cell: its words, and for a number the number itself (written as a number in CSV and Excel). */
export interface ExportCell {
  text: string;
  /** The number, when the cell is one (`-3.2`): never escaped, written as a number. */
  value?: number;
  /** The mark drawn before the words in the image (shape and tone); the words and `letter` carry the meaning. */
  look?: Look;
  letter?: string;
  /** How deep a row label sits (judgement grid), drawn as an indent in the image. */
  depth?: number;
}

/** A cell as a layout gives it: words, or a cell with a number or a mark. */
export type Cell = string | ExportCell;

export interface ExportTable {
  /** The file name before its extension, from the data: `ni-59-2010-05`. */
  name: string;
  title?: string;
  source?: string;
  /** `As of 11 May 2010`, `Latest: March 2010`, when the data has such a date. */
  asOf?: string;
  /** The widget's summary sentence: the image's alternative text. */
  summary: string;
  /** The header row. */
  columns: readonly string[];
  rows: readonly (readonly Cell[])[];
  /** A column the image leaves out, as it shows the same thing otherwise (the grid's parent: an indent). */
  imageSkip?: number;
  /** The key to the marks, drawn under the image's table. */
  legend?: readonly { look?: Look; letter?: string; text: string }[];
}

/** A cell's words. */
export function cellText(cell: Cell): string {
  return typeof cell === 'string' ? cell : cell.text;
}

/** A period as a file name part: a month or a day in ISO form (`March 2010` → `2010-03`), another period as written. */
export function periodPart(label: string | undefined): string | undefined {
  const read = label === undefined ? undefined : parsePeriod(label);
  if (!read?.ok) return label;
  const { kind, start } = read.period;
  return kind === 'date' ? isoDate(start) : kind === 'month' ? isoDate(start).slice(0, 7) : label;
}

/**
 * `NI 59`, `2010-05` → `ni-59-2010-05`: lower case letters and digits joined by hyphens (accents dropped),
 * the first part (a title) cut at a word to 48 characters; `fallback` when it has no letter or digit.
 */
export function fileName(parts: readonly (string | undefined)[], fallback: string): string {
  const slug = (s: string) =>
    s
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  // A long title is cut at a word, to 48 characters at most.
  const whole = slug(parts[0] ?? '');
  const first = (whole.length > 48 ? whole.slice(0, 49).replace(/-[^-]*$/, '') : whole) || fallback;
  const rest = parts
    .slice(1)
    .map((p) => slug(p ?? ''))
    .filter(Boolean);
  return [first, ...rest].join('-');
}

/** A cell of the table widgets (base/table-cell.ts) as exported: its words, the lines under them, what an invalid cell was given, and its mark. */
export function tableCell(cell: {
  text: string;
  details?: readonly { text: string; arrow?: string }[];
  raw?: string;
  look?: Look;
  letter?: string;
}): ExportCell {
  const words = [
    cell.text,
    ...(cell.details ?? []).map((d) => (d.arrow ? `${d.arrow} ${d.text}` : d.text)),
    ...(cell.raw === undefined ? [] : [`Given: "${cell.raw}"`]),
  ];
  return {
    text: words.join('; '),
    ...(cell.look ? { look: cell.look } : {}),
    ...(cell.letter === undefined ? {} : { letter: cell.letter }),
  };
}
