/**
 * Where a problem is, as the editor sees it: `rows[8].cells["exb-2009-04-01"].rating` becomes
 * `Row "Attendance of looked after children", column "Executive Board 1 April 2009"`.
 *
 * A problem's `path` is exact and stays for developers (the `ik-error` detail, the panel's second line); the
 * place is read from the same document the path points into, naming each step by the label the editor wrote:
 * a row by its label, a column by its heading, an indicator by its ref, a point by its period, an action by
 * its title. A step with no label is counted from 1 ("Row 3"), as a person counts.
 */
import { sheetPlaceIn } from './csv.js';
import { DEFAULT_LOCALE } from './format.js';
import { isMessageKey, t, wordOf } from './i18n/index.js';
import { FORBIDDEN_KEYS, type Problem } from './problems.js';

type Step = string | number;

/** `rows[3].grades["Q1 2010/11"].grade` → `['rows', 3, 'grades', 'Q1 2010/11', 'grade']`; undefined if not a path. */
export function parsePath(path: string): Step[] | undefined {
  const steps: Step[] = [];
  let i = 0;
  while (i < path.length) {
    if (path[i] === '.') {
      if (steps.length === 0) return undefined;
      i++;
    }
    if (path[i] === '[') {
      if (path[i + 1] === '"') {
        // A bracketed key is JSON: find its closing quote, skipping escapes.
        let j = i + 2;
        while (j < path.length && path[j] !== '"') j += path[j] === '\\' ? 2 : 1;
        if (path[j + 1] !== ']') return undefined;
        try {
          steps.push(JSON.parse(path.slice(i + 1, j + 1)) as string);
        } catch {
          return undefined;
        }
        i = j + 2;
      } else {
        const end = path.indexOf(']', i);
        const digits = path.slice(i + 1, end);
        if (end < 0 || !/^\d+$/.test(digits)) return undefined;
        steps.push(Number(digits));
        i = end + 1;
      }
      continue;
    }
    const name = /^[A-Za-z_$][\w$]*/.exec(path.slice(i));
    if (!name) return undefined;
    steps.push(name[0]);
    i += name[0].length;
  }
  return steps;
}

/**
 * The fields that name an item of each list, best first; what the item is called is in the catalogue
 * (`place.item.rows`: row), as is the list (`place.list.rows`: the rows).
 */
const ITEMS: Readonly<Record<string, readonly string[]>> = {
  rows: ['label', 'title', 'name', 'id'],
  children: ['label', 'title', 'name', 'id'],
  columns: ['label', 'id'],
  kpis: ['ref', 'title'],
  series: ['period'],
  target: ['period'],
  comparators: ['label'],
  actions: ['title', 'id'],
  grades: ['label', 'value'],
  aliases: [],
  range: [],
};

/** Fields that only say what a cell holds: the cell itself is the place ("column X", not "column X, grade"). */
const CELL_FIELDS = new Set(['grade', 'rating']);

/** A label from data, quoted and shortened for a place. */
function named(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim().replace(/\s+/g, ' ');
  if (!text) return undefined;
  return JSON.stringify(text.length > 50 ? `${text.slice(0, 49)}…` : text);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(value: unknown, key: string): unknown {
  try {
    return isRecord(value) && !FORBIDDEN_KEYS.has(key) && Object.hasOwn(value, key) ? value[key] : undefined;
  } catch {
    // A getter or Proxy that throws has no label to name a place by.
    return undefined;
  }
}

/** Whether a key is a field the catalogue names (`place.field.due`: due date). */
function isField(step: string): boolean {
  return isMessageKey(`place.field.${step}`);
}

/** A key in the editor's words (`due` → `due date`), or the key as written in quotes; own keys only. */
function field(step: string, locale: string): string {
  return wordOf(locale, `place.field.${step}`, JSON.stringify(step));
}

/** A cell key's column heading, from the nearest `columns` the document declares. */
function columnLabel(key: string, columns: unknown): string {
  if (Array.isArray(columns)) {
    for (const c of columns) {
      if (own(c, 'id') === key) return named(own(c, 'label')) ?? named(key) ?? JSON.stringify(key);
    }
  }
  return named(key) ?? JSON.stringify(key);
}

/**
 * The place of `path` in `doc`, or undefined when the path does not lead into it (`src`, an attribute).
 * `prefix` is the part of the path above `doc` (a `select`), which is not the editor's concern.
 */
export function placeOf(
  path: string,
  doc: unknown,
  prefix = '',
  locale: string = DEFAULT_LOCALE,
): string | undefined {
  let rest = path;
  if (prefix) {
    if (path === prefix) return undefined;
    if (!path.startsWith(prefix)) return undefined;
    rest = path.slice(prefix.length).replace(/^\./, '');
  }
  const steps = parsePath(rest);
  if (!steps || steps.length === 0) return undefined;
  const first = steps[0]!;
  // `src`, `select`, an attribute's name: not a place in the data.
  if (typeof first !== 'string' || (own(doc, first) === undefined && !isField(first))) return undefined;
  const parts: string[] = [];
  let value: unknown = doc;
  let columns: unknown = own(doc, 'columns');
  let list: string | undefined;
  let rowPart = -1;
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s]!;
    const parent = value;
    value = typeof step === 'number' ? (Array.isArray(parent) ? parent[step] : undefined) : own(parent, step);
    if (typeof step === 'number') {
      const names = list ? ITEMS[list] : undefined;
      const row = list === 'rows' || list === 'children';
      const noun = wordOf(locale, `place.item.${list ?? 'other'}`, t(locale, 'place.item.other'));
      // An item is named by its label; not by the field the problem is in ("Point 3, period", not
      // "Point "Quarter 5", period" for a period that cannot be read).
      const last = s + 2 === steps.length ? steps[s + 1] : undefined;
      let name: string | undefined;
      for (const field of names ?? ['label', 'title', 'name', 'id']) {
        if (field === last) continue;
        name = named(own(value, field));
        if (name) break;
      }
      const part = `${noun} ${name ?? step + 1}`;
      // Nested rows: the innermost row is the one the editor looks for.
      if (row && rowPart >= 0) parts.splice(rowPart, parts.length - rowPart, part);
      else parts.push(part);
      if (row) rowPart = parts.length - 1;
      if (own(value, 'columns') !== undefined) columns = own(value, 'columns');
      list = undefined;
      continue;
    }
    if (step === 'grades' || step === 'cells') {
      // The key after `grades` or `cells` is a column; a scale's `grades` is a list, named as grades.
      const key = steps[s + 1];
      if (typeof key === 'string') {
        parts.push(`${t(locale, 'place.item.columns')} ${columnLabel(key, columns)}`);
        value = own(value, key);
        s++;
        // The cell is the place of a grade or rating it holds; a missing one is named.
        const field = steps[s + 1];
        if (
          typeof field === 'string' &&
          CELL_FIELDS.has(field) &&
          s + 2 === steps.length &&
          own(value, field) !== undefined
        )
          break;
        continue;
      }
    }
    if (Object.hasOwn(ITEMS, step) && (typeof steps[s + 1] === 'number' || Array.isArray(value))) {
      list = step;
      if (typeof steps[s + 1] !== 'number') parts.push(wordOf(locale, `place.list.${step}`, step));
      continue;
    }
    // A list the kit does not name: its items are named by their own labels, the list's key left out.
    if (typeof steps[s + 1] === 'number' && Array.isArray(value)) {
      list = undefined;
      continue;
    }
    if (CELL_FIELDS.has(step) && s === steps.length - 1 && parts.length > 0 && value !== undefined) break;
    parts.push(field(step, locale));
  }
  if (parts.length === 0) return undefined;
  const text = parts.join(', ');
  return text[0]!.toUpperCase() + text.slice(1);
}

/** Gives each problem without a place the place of its path in `doc` (the document `prefix` selected). */
export function placed(
  problems: readonly Problem[],
  doc: unknown,
  prefix: string,
  locale: string = DEFAULT_LOCALE,
): Problem[] {
  return problems.map((p) => {
    if (p.where !== undefined || p.sayWhere !== undefined) return p;
    const where = placeOf(p.path, doc, prefix, locale);
    return where === undefined ? p : { ...p, where };
  });
}

/** Paths that are already the editor's words, named as the editor knows them. */
const PATH_PLACES = {
  '': 'place.data',
  data: 'place.data',
  src: 'place.src',
  select: 'place.select',
} as const;

/**
 * The first words of a problem with no place in the data: `line 3, column 1` → `Line 3, column 1`; a sheet's
 * place in the words of `locale` (csv.ts `sheetPlaceIn`).
 */
export function spokenPlace(path: string, locale: string = DEFAULT_LOCALE): string {
  if (Object.hasOwn(PATH_PLACES, path)) return t(locale, PATH_PLACES[path as keyof typeof PATH_PLACES]);
  const place = sheetPlaceIn(path, locale);
  return place ? place[0]!.toUpperCase() + place.slice(1) : place;
}

/**
 * The exact path, as the secondary line under a problem whose place is in the editor's words: a sheet's place
 * as `spokenPlace` says it (`CSV row 5, column "LAC"`, `Table row 3`), a data path named so. None for a one-word
 * path (an attribute, `src`, `title`): the place says it all.
 */
export function pathWords(path: string, locale: string = DEFAULT_LOCALE): string | undefined {
  const steps = parsePath(path);
  // Not a data path: a sheet's place is said as it is, from a capital (`Table row 3`, `Rhes 3 yn y tabl`); one
  // word (an attribute such as `group-by`) is not.
  if (!steps) return /\s/.test(path) ? spokenPlace(path, locale) : undefined;
  return steps.length > 1 ? t(locale, 'place.path', { path }) : undefined;
}

/**
 * A problem's place as the error panel starts it, and what joins it to the message: `Row "…", column "…"` and
 * `: `, or `Line 3, column 1` and a space (`Line 3, column 1 is not valid JSON: …`).
 */
export function problemPlace(p: Problem, locale: string = DEFAULT_LOCALE): { place: string; join: string } {
  if (p.where !== undefined) return { place: p.where, join: ': ' };
  return { place: spokenPlace(p.path, locale), join: p.path.startsWith('line ') ? ' ' : ': ' };
}

/** A problem's first line as the error panel shows it: its place in the editor's words, then the message. */
export function problemLine(p: Problem, locale: string = DEFAULT_LOCALE): string {
  const { place, join } = problemPlace(p, locale);
  return `${place}${join}${p.message}`;
}
