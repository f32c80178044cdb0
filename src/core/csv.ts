/**
 * Tabular input: CSV text and pasted HTML tables are read into the same `Sheet` (a header and body rows with
 * their row numbers), which each shape then turns into its JSON form. CSV goes through d3-dsv's
 * `csvParseRows`, which, unlike `csvParse`, builds no code and so runs under a strict Content-Security-Policy.
 */
import { dsvFormat } from 'd3-dsv';
import { DEFAULT_LOCALE } from './format.js';
import { t } from './i18n/index.js';
import { decodeBytes, type Encoding } from './load/decode.js';
import { listWords, MAX_LISTED, type Problem, quote, type Said, said, sayIn } from './problems.js';

export interface SheetRow {
  cells: string[];
  /** 1-based row number in the source, the header being row 1. */
  row: number;
  /** A pasted table's group heading row: one cell spanning the whole table (its text is `cells[0]`). */
  heading?: true;
  /** The text of the group heading row this row follows, if any. */
  group?: string;
}

export interface Sheet {
  header: string[];
  rows: SheetRow[];
  /** `CSV` or `table`: how places are named in messages. */
  source: 'CSV' | 'table';
  /** Facts about how the input was read that the editor should know (an encoding or separator guessed). */
  notes?: string[];
  /** The same notes with their words in any locale (`sayIn(note, locale)`), in the same order. */
  saidNotes?: Said[];
  /** Problems with the text itself (a row with more cells than the header), found while reading it. */
  problems?: Problem[];
}

/** The column separators read: comma, semicolon (Excel in European locales), tab (Excel's clipboard). */
export type Separator = ',' | ';' | '\t';
const SEPARATORS: readonly Separator[] = [',', ';', '\t'];
/** How many rows a kind of reading problem is listed for before the rest are counted in one line. */
const ROW_PROBLEMS = 20;
/** `with commas`: how the separator is named in a message. */
const WITH_SEPARATOR = { ',': 'csv.withCommas', ';': 'csv.withSemicolons', '\t': 'csv.withTabs' } as const;
/** `comma`: one separator, named in a message. */
const A_SEPARATOR = { ',': 'csv.comma', ';': 'csv.semicolon', '\t': 'csv.tab' } as const;

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

const filled = (cells: readonly string[]) => cells.filter((c) => c.trim() !== '').length;

/**
 * Where a quoted cell opens and never closes (read as d3-dsv reads: a quote only opens a cell at its start, and
 * `""` inside is a quote): the offset of that quote and the 0-based line of its row; undefined when every quoted
 * cell closes.
 */
function unclosedQuote(text: string, sep: Separator): { at: number; record: number } | undefined {
  let record = 0;
  let start = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (start && c === '"') {
      let close = text.indexOf('"', i + 1);
      while (close >= 0 && text[close + 1] === '"') close = text.indexOf('"', close + 2);
      if (close < 0) return { at: i, record };
      // Line breaks inside the quoted cell are part of it, but d3-dsv still counts the rows by records.
      i = close;
      start = false;
    } else if (c === sep) start = true;
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record++;
      start = true;
    } else start = false;
  }
  return undefined;
}

/**
 * The separator of CSV text: the one that gives the most rows exactly as many cells as the header, then (text
 * copied from Excel) the tab when every line holds one, then the widest header; a tie after that goes to the
 * comma, then the semicolon. A row that splits into fewer cells than its header does not fit: that is how a
 * wrong separator shows.
 */
function parseBest(text: string): { sep: Separator; all: string[][]; alsoFits?: Separator } {
  type Candidate = { sep: Separator; all: string[][]; score: [number, number, number]; alsoFits?: Separator };
  let best: Candidate | undefined;
  for (const sep of SEPARATORS) {
    const all = dsvFormat(sep).parseRows(text);
    const lines = all.filter((cells) => filled(cells) > 0);
    const width = lines[0]?.length ?? 0;
    if (width < 2 && sep !== ',') continue;
    const fits = lines.slice(1).filter((cells) => cells.length === width).length;
    const tabs = sep === '\t' && lines.every((cells) => cells.length > 1) ? 1 : 0;
    const score: [number, number, number] = [fits, tabs, width];
    const cmp = best ? compare(score, best.score) : 1;
    if (!best || cmp > 0) best = { sep, all, score };
    // Both read the file alike, and differently: say which was used (a fully quoted file reads the same way
    // with every separator, and then there is nothing to say).
    else if (width > 1 && cmp === 0 && !sameStart(all, best.all)) best.alsoFits ??= sep;
  }
  return best ?? { sep: ',', all: [] };
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** Whether two readings agree on their first 50 rows. */
function sameStart(a: readonly string[][], b: readonly string[][]): boolean {
  const n = Math.min(50, Math.max(a.length, b.length));
  for (let i = 0; i < n; i++) {
    const x = a[i] ?? [];
    const y = b[i] ?? [];
    if (x.length !== y.length || x.some((c, j) => c !== y[j])) return false;
  }
  return true;
}

/** The note for an encoding or separator that was worked out rather than given, or undefined for UTF-8 CSV. */
export function readingNote(encoding: Encoding, sep: Separator): Said | undefined {
  if (encoding === 'UTF-8' && sep === ',') return undefined;
  return said((l) => {
    const as = t(
      l,
      encoding === 'Windows-1252' ? 'csv.readAs1252' : encoding === 'UTF-8' ? 'csv.read' : 'csv.readAsUtf16',
    );
    const read = sep === ',' ? as : t(l, 'csv.between', { read: as, with: t(l, WITH_SEPARATOR[sep]) });
    const why = t(
      l,
      sep === ';'
        ? 'csv.whyRegions'
        : encoding === 'Windows-1252'
          ? 'csv.why1252'
          : encoding !== 'UTF-8'
            ? 'csv.whyUnicode'
            : 'csv.whyCopied',
    );
    const fix = encoding === 'Windows-1252' ? ` ${t(l, 'csv.fix1252')}` : '';
    return `${read}, ${why}.${fix}`;
  });
}

/** Gives a sheet its notes: their British English (`notes`) and their words in any locale (`saidNotes`). */
function noted(sheet: Sheet, notes: Said[]): void {
  sheet.notes = notes.map((n) => n.message);
  sheet.saidNotes = notes;
}

/**
 * Reads CSV text: a byte-order mark is ignored, blank lines are skipped, cells are trimmed. The separator is
 * a comma, a semicolon or a tab, found from the header line; a row with more filled cells than the header is
 * a problem (a wrong separator never shifts columns silently).
 */
export function parseCsv(text: string, encoding: Encoding = 'UTF-8'): Sheet {
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let { sep, all, alsoFits } = parseBest(body);
  // A quote that opens a cell and is never closed swallows every later row into that cell: it is reported at
  // its row, and the text is read again without it, so that the rest of the file is read as the editor sees it.
  const stray = unclosedQuote(body, sep);
  if (stray) {
    body = body.slice(0, stray.at) + body.slice(stray.at + 1);
    ({ sep, all, alsoFits } = parseBest(body));
  }
  // Rows are numbered from the header (row 1), so blank lines before it (as in an indented inline script)
  // do not shift the numbers an editor sees.
  const firstLine = all.findIndex((cells) => cells.some((c) => c.trim() !== ''));
  const numbered = all
    .map((cells, i) => ({ cells: cells.map(clean), row: i - firstLine + 1 }))
    .filter((r) => r.cells.some((c) => c !== ''));
  const [first, ...rest] = numbered;
  const header = first?.cells ?? [];
  const sheet: Sheet = { header, rows: rest, source: 'CSV' };
  const note = readingNote(encoding, sep);
  if (note) noted(sheet, [note]);
  const problems: Problem[] = [];
  if (stray) {
    problems.push({
      path: `CSV row ${stray.record - firstLine + 1}`,
      ...said((l) => t(l, 'csv.unclosedQuote')),
    });
  }
  if (alsoFits) {
    // Both read the file alike: say which was used, so that a wrong guess is seen, not silent.
    problems.push({
      path: 'CSV row 1',
      ...said((l) =>
        t(l, 'csv.twoSeparators', {
          columns: String(header.length),
          with: t(l, WITH_SEPARATOR[sep]),
          withOther: t(l, WITH_SEPARATOR[alsoFits]),
        }),
      ),
    });
  }
  let extraRows = 0;
  for (const r of rest) {
    const extra = r.cells.slice(header.length).filter((c) => c !== '');
    if (header.length > 0 && extra.length > 0 && ++extraRows <= ROW_PROBLEMS) {
      problems.push({
        path: `CSV row ${r.row}`,
        ...said((l) =>
          t(l, 'csv.extraCells', {
            count: extra.length,
            cells: String(r.cells.length),
            header: String(header.length),
            extra: `${extra
              .slice(0, MAX_LISTED)
              .map((c) => quote(c, 40, l))
              .join(
                ', ',
              )}${extra.length > MAX_LISTED ? `, … (${t(l, 'list.inAll', { count: extra.length })})` : ''}`,
            separator: t(l, A_SEPARATOR[sep]),
          }),
        ),
      });
    }
  }
  if (extraRows > ROW_PROBLEMS) {
    const more = extraRows - ROW_PROBLEMS;
    problems.push({
      path: 'CSV',
      ...said((l) => t(l, 'csv.moreExtraRows', { count: more, n: String(more) })),
    });
  }
  if (sep === ';') {
    // Where Excel separates columns with semicolons it writes decimals with a comma: "1,234" is then 1.234,
    // which the number rule (thousands separators) would read as 1234.
    let decimals = 0;
    for (const r of rest) {
      r.cells.forEach((cell, i) => {
        if (!/^[+-]?\d{1,3},\d{3}$/.test(cell) || ++decimals > ROW_PROBLEMS) return;
        problems.push({
          path: place(sheet, r.row, header[i] ?? `column ${i + 1}`),
          ...said((l) =>
            t(l, 'csv.decimalComma', {
              cell: JSON.stringify(cell),
              point: cell.replace(',', '.'),
              plain: cell.replace(',', ''),
            }),
          ),
        });
      });
    }
  }
  if (sep === ';') {
    const decimals = rest.reduce(
      (n, r) => n + r.cells.filter((c) => /^[+-]?\d{1,3},\d{3}$/.test(c)).length,
      0,
    );
    if (decimals > ROW_PROBLEMS)
      problems.push({
        path: 'CSV',
        ...said((l) => t(l, 'csv.moreDecimals', { n: String(decimals - ROW_PROBLEMS) })),
      });
  }
  if (problems.length) sheet.problems = problems;
  return sheet;
}

/** Reads the bytes of a CSV file in any encoding Excel saves (decode.ts), noting a guessed one. */
export function parseCsvBytes(bytes: Uint8Array): Sheet {
  const { text, encoding } = decodeBytes(bytes);
  return parseCsv(text, encoding);
}

/** Elements whose edges separate words, as the browser shows them: Word writes a `<p>` for each line of a cell. */
const BREAKS = new Set([
  'P',
  'DIV',
  'BR',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TR',
  'TD',
  'TH',
]);

/** A cell's words: its text, with a space where a paragraph or line break separates them. */
function cellWords(cell: Element): string {
  let out = '';
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) out += child.textContent ?? '';
      else if (child.nodeType === Node.ELEMENT_NODE) {
        const block = BREAKS.has((child as Element).tagName.toUpperCase());
        if (block) out += ' ';
        walk(child);
        if (block) out += ' ';
      }
    }
  };
  walk(cell);
  return clean(out);
}

/**
 * Each row's cells as the browser lays the table out: a cell spanning rows or columns fills every slot it
 * covers (spans stay inside their `<thead>`, `<tbody>` or `<tfoot>`, as in HTML). Also whether each row is one
 * cell spanning the whole table.
 */
function layOut(rows: readonly HTMLTableRowElement[]): { cells: string[]; spansAll: boolean }[] {
  const slots: string[][] = rows.map(() => []);
  const single: boolean[] = rows.map(() => false);
  let start = 0;
  while (start < rows.length) {
    const section = rows[start]!.parentElement;
    let end = start;
    while (end < rows.length && rows[end]!.parentElement === section) end++;
    for (let r = start; r < end; r++) {
      const tr = rows[r]!;
      let col = 0;
      for (const cell of Array.from(tr.cells)) {
        while (slots[r]![col] !== undefined) col++;
        const text = cellWords(cell);
        const down = cell.rowSpan === 0 ? end - r : Math.max(1, Math.min(cell.rowSpan, end - r));
        const across = Math.max(1, cell.colSpan);
        for (let i = 0; i < down; i++) for (let j = 0; j < across; j++) slots[r + i]![col + j] = text;
        col += across;
      }
      single[r] = tr.cells.length === 1 && (tr.cells[0]?.rowSpan ?? 1) === 1;
    }
    start = end;
  }
  const width = slots.reduce((m, s) => Math.max(m, s.length), 0);
  return slots.map((s, r) => ({
    cells: Array.from({ length: s.length }, (_, i) => s[i] ?? ''),
    // A cell alone in its row that covers every column: with no other cell placed in the row by a span.
    spansAll: single[r]! && width > 1 && (rows[r]!.cells[0]?.colSpan ?? 1) >= width,
  }));
}

/**
 * Reads a pasted `<table>` as the browser lays it out: the header is the first row of `<thead>` (or the
 * table's first row, or the row under a title row across the table), the body every later row. A cell
 * spanning rows or columns fills each slot it covers; a row whose one cell spans the whole table is a group
 * heading (`heading`) for the rows after it (`group`).
 */
export function readTable(table: HTMLTableElement): Sheet {
  const rows = Array.from(table.rows);
  const laid = layOut(rows);
  // With no <thead>, a first row of one cell across the table is the table's title (as Word board papers
  // often have): the header is the row under it.
  const titled = !table.tHead && rows.length > 1 && laid[0]!.spansAll;
  const headerRow = table.tHead?.rows[0] ?? rows[titled ? 1 : 0];
  const body: SheetRow[] = [];
  let group: string | undefined;
  rows.forEach((tr, i) => {
    if (tr === headerRow || tr.parentElement === table.tHead || (titled && i === 0)) return;
    const { cells, spansAll } = laid[i]!;
    if (!cells.some((c) => c !== '')) return;
    if (spansAll) {
      group = cells[0]!;
      body.push({ cells: [group], row: i + 1, heading: true });
      return;
    }
    body.push(group === undefined ? { cells, row: i + 1 } : { cells, row: i + 1, group });
  });
  const header = headerRow ? laid[rows.indexOf(headerRow)]!.cells : [];
  const sheet: Sheet = { header, rows: body, source: 'table' };
  if (titled) {
    const title = JSON.stringify(laid[0]!.cells[0]);
    noted(sheet, [said((l) => t(l, 'csv.tableTitle', { title }))]);
  }
  return sheet;
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

/** A table's headers as a message lists them, in `locale`: `"ref", "title" and "period"`. */
export function headerList(headers: readonly string[], locale: string = DEFAULT_LOCALE): string {
  return listWords(
    headers.map((h) => JSON.stringify(h)),
    'and',
    locale,
  );
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
  // The longest origin that is the path or a prefix of it ending before `.` or `[`: looked up, prefix by
  // prefix from the longest, so the work is the length of the path, not the number of cells.
  return problems.map((p) => {
    let best: string | undefined = origins.has(p.path) ? p.path : undefined;
    for (let i = p.path.length - 1; best === undefined && i >= 0; i--) {
      const c = p.path[i];
      if ((c === '.' || c === '[') && origins.has(p.path.slice(0, i))) best = p.path.slice(0, i);
    }
    if (best === undefined) return p;
    const rest = p.path.slice(best.length).replace(/^\./, '');
    const at = origins.get(best)!;
    return { ...p, path: rest ? `${at} (${rest})` : at };
  });
}

/**
 * The forms a sheet's place takes in a path: `CSV row 5`, `table row 3`, either with `, column "LAC"`, and either
 * followed by the rest of a data path (`CSV row 5, column "LAC" (note)`, from `relocate`); `CSV` or `table`
 * alone; and a JSON text's `line 3, column 1` (json.ts).
 */
const SHEET_PLACE = /^(CSV|table) row (\d+)(?:, column ("(?:[^"\\]|\\.)*"))?(?: \((.*)\))?$/s;
const TEXT_PLACE = /^line (\d+), column (\d+)$/;

/**
 * A place in a sheet as a problem's path writes it (`CSV row 5, column "LAC"`, `the table row 3`), in the words
 * of `locale`: the path stays British English, the exact form for developers; the error panel shows this. A
 * path of no form the sheets write is returned as it is.
 */
export function sheetPlaceIn(place: string, locale: string): string {
  if (place === 'CSV' || place === 'table') return t(locale, place === 'CSV' ? 'csv.theCsv' : 'csv.theTable');
  const line = TEXT_PLACE.exec(place);
  if (line) return t(locale, 'json.place', { line: line[1]!, column: line[2]! });
  const m = SHEET_PLACE.exec(place);
  if (!m) return place;
  const [, source, row, column, rest] = m;
  const at = t(locale, source === 'CSV' ? 'csv.csvRow' : 'csv.tableRow', { row: row! });
  // A column with no header is named by its number (`column "column 3"` in the path): said as `column 3`.
  const unnamed = column === undefined ? undefined : /^"column (\d+)"$/.exec(column)?.[1];
  const cell =
    column === undefined
      ? at
      : unnamed !== undefined
        ? t(locale, 'csv.columnNumber', { place: at, n: unnamed })
        : t(locale, 'csv.column', { place: at, column });
  return rest === undefined ? cell : `${cell} (${rest})`;
}

/**
 * How a file was read, in `locale`: a sheet's notes or a parsed JSON file's (load/parsed.ts), each in its words
 * there, else its British English.
 */
export function sheetNotesIn(
  read: { notes?: readonly string[] | undefined; saidNotes?: readonly Said[] | undefined },
  locale: string,
): string[] {
  return read.saidNotes?.map((n) => sayIn(n, locale)) ?? [...(read.notes ?? [])];
}

/** A column of text in one language: `title_cy`, `title-en`, `Title (cy)`; its base name and language. */
const LANGUAGE_COLUMN = /^(.+?)(?:[ _-]|\s*\()(en|cy)\)?$/i;

/**
 * A sheet in the widget's language: a `title_cy` column (or `title-cy`, `Title (cy)`; `_en` likewise) gives the
 * Welsh of the `title` column beside it, row by row. The widget's language is read where it is given, else the
 * other (its text recorded in `otherLanguage`, so that it is drawn with its own `lang`); the language columns
 * are then left out, so the sheet reads as a one-language sheet does. A sheet without them is returned as it is.
 */
export function pickSheetLanguage(sheet: Sheet, lang: string, otherLanguage?: Map<string, string>): Sheet {
  const groups = new Map<string, { plain?: number; en?: number; cy?: number; name: string }>();
  const key = (h: string) => h.replace(/\s+/g, ' ').trim().toLowerCase();
  sheet.header.forEach((h, i) => {
    const m = LANGUAGE_COLUMN.exec(h.trim());
    const base = m ? m[1]!.trim() : h.trim();
    const g = groups.get(key(base)) ?? { name: base };
    if (m) g[m[2]!.toLowerCase() as 'en' | 'cy'] = i;
    else g.plain = i;
    groups.set(key(base), g);
  });
  const bilingual = [...groups.values()].filter((g) => g.en !== undefined || g.cy !== undefined);
  if (bilingual.length === 0) return sheet;
  const own = lang === 'cy' ? 'cy' : 'en';
  const dropped = new Set<number>();
  const header = [...sheet.header];
  const rows = sheet.rows.map((r) => ({ ...r, cells: [...r.cells] }));
  for (const g of bilingual) {
    const english = g.plain ?? g.en;
    const target = english ?? g.cy!;
    if (g.plain === undefined) header[target] = g.name;
    for (const i of [g.en, g.cy]) if (i !== undefined && i !== target) dropped.add(i);
    for (const r of rows) {
      const cell = (i: number | undefined) => (i === undefined ? '' : (r.cells[i] ?? '').trim());
      const mine = own === 'cy' ? cell(g.cy) : cell(english);
      const other = own === 'cy' ? cell(english) : cell(g.cy);
      const text = mine || other;
      if (!mine && other) otherLanguage?.set(other, own === 'cy' ? 'en' : 'cy');
      r.cells[target] = text;
    }
  }
  const keep = (_: unknown, i: number) => !dropped.has(i);
  return {
    ...sheet,
    header: header.filter(keep),
    rows: rows.map((r) => ({ ...r, cells: r.cells.filter(keep) })),
  };
}
