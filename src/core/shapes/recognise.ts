/**
 * Which widget a part of a document is for (docs/reference.md §2.3): data for another widget, or a `select`
 * that lands on the wrong part of a report, is refused with a message that names the widget the data looks
 * like and the `select` values that would work, rather than drawn as a grid of "Not judged".
 *
 * The rule is by the keys that only one widget reads: rows with `grades` (or `children`) are a judgement
 * grid's, rows with `cells` a RAG matrix's, `actions` a deadline timeline's, `series` (or `kpis`) a KPI
 * sparkline's. Data with the widget's own list and no other widget's keys is never refused here, whatever it
 * holds: rows with no grades yet are still a grid.
 */
import { t } from '../i18n/index.js';
import { listWords, type Problem, said, saidWhere, type Words } from '../problems.js';
import { isPlainObject } from '../schema.js';

export type WidgetKind = 'grid' | 'matrix' | 'kpi' | 'timeline';

/** Each widget's tag and the list its data holds; its name in messages is `shape.widget.<kind>`. */
export const WIDGETS: Readonly<Record<WidgetKind, { tag: string; list: string }>> = {
  grid: { tag: '<ik-judgement-grid>', list: 'rows' },
  matrix: { tag: '<ik-rag-matrix>', list: 'rows' },
  kpi: { tag: '<ik-kpi-sparkline>', list: 'series' },
  timeline: { tag: '<ik-deadline-timeline>', list: 'actions' },
};

/** A widget as a message in `locale` names it: "judgement grid". */
export function widgetName(kind: WidgetKind, locale: string): string {
  return t(locale, `shape.widget.${kind}`);
}

/** Why a value is a widget's data, as a message says it (`shape.why.<why>`). */
export type Why = 'grades' | 'cells' | 'actions' | 'series' | 'kpis';

/** Rows looked at, at most, to tell grades from cells. */
const MAX_ROWS_LOOKED_AT = 2000;

function rowKeys(rows: unknown[]): { grades: number; cells: number } {
  let grades = 0;
  let cells = 0;
  let looked = 0;
  const walk = (list: unknown[], depth: number) => {
    for (const row of list) {
      if (++looked > MAX_ROWS_LOOKED_AT || depth > 16) return;
      if (!isPlainObject(row)) continue;
      if (isPlainObject(row.grades) || Array.isArray(row.children)) grades++;
      if (isPlainObject(row.cells)) cells++;
      if (Array.isArray(row.children)) walk(row.children, depth + 1);
    }
  };
  walk(rows, 0);
  return { grades, cells };
}

/**
 * The widget a value is data for, and why (for the message); undefined when it is no widget's, or when it
 * carries the keys of more than one.
 */
export function shapeOf(value: unknown): { kind: WidgetKind; why: Why } | undefined {
  if (!isPlainObject(value)) return undefined;
  const found: { kind: WidgetKind; why: Why }[] = [];
  if (Array.isArray(value.rows)) {
    const { grades, cells } = rowKeys(value.rows);
    if (grades > 0 && cells === 0) found.push({ kind: 'grid', why: 'grades' });
    if (cells > 0 && grades === 0) found.push({ kind: 'matrix', why: 'cells' });
  }
  if (Array.isArray(value.actions)) found.push({ kind: 'timeline', why: 'actions' });
  if (Array.isArray(value.series)) found.push({ kind: 'kpi', why: 'series' });
  else if (Array.isArray(value.kpis)) found.push({ kind: 'kpi', why: 'kpis' });
  return found.length === 1 ? found[0] : undefined;
}

/** Keys that a dotted `select` can name. */
const SELECTABLE = /^[^.\s]+$/;
const MAX_PARTS = 10;

/** The `select` values of a document's parts that are data for this widget (not the document itself). */
export function partsFor(doc: unknown, kind: WidgetKind): string[] {
  const out: string[] = [];
  let looked = 0;
  const walk = (value: unknown, path: string, depth: number) => {
    if (out.length >= MAX_PARTS || ++looked > 5000 || depth > 4) return;
    if (path && shapeOf(value)?.kind === kind) {
      out.push(path);
      return;
    }
    if (Array.isArray(value)) {
      value.slice(0, 50).forEach((v, i) => {
        walk(v, path ? `${path}.${i}` : String(i), depth + 1);
      });
    } else if (isPlainObject(value)) {
      for (const key of Object.keys(value)) {
        if (SELECTABLE.test(key)) walk(value[key], path ? `${path}.${key}` : key, depth + 1);
      }
    }
  };
  walk(doc, '', 0);
  return out;
}

/** What to write in the tag to pick a part that suits, in any locale; undefined when no part does. */
function selectHint(parts: readonly string[], select: string | undefined): Words | undefined {
  if (parts.length === 0) return undefined;
  const written = parts.map((p) => `select="${p}"`);
  const part = written[0]!;
  // A tag that has a select is told to change it, not to add a second one.
  if (select !== undefined)
    return parts.length === 1
      ? (l) => t(l, 'shape.changeSelect', { select, part })
      : (l) => t(l, 'shape.changeSelectOneOf', { select, parts: listWords(written, 'or', l) });
  return parts.length === 1
    ? (l) => t(l, 'shape.addSelect', { part })
    : (l) => t(l, 'shape.chooseSelect', { parts: listWords(written, 'or', l) });
}

/** The place of a part picked from the data (by `select`, or an indicator by `ref`), as the editor knows it. */
function whereOf(path: string, select: string | undefined): Pick<Problem, 'where' | 'sayWhere'> {
  const say: Words =
    select !== undefined
      ? (l) => t(l, 'shape.whereSelect', { select })
      : path === ''
        ? (l) => t(l, 'place.data')
        : (l) => t(l, 'shape.wherePart', { path });
  return saidWhere(say);
}

/**
 * The problem with giving `value` (picked from `doc` at `path`) to the widget of this `kind`, or undefined
 * when it may be its data: it is another widget's, or it lacks the widget's own list and the document has
 * parts that would suit. (The kind, not the widget's schema, so that a page of one widget never loads the
 * other widgets' readers.)
 */
export function wrongShape(
  kind: WidgetKind,
  doc: unknown,
  value: unknown,
  path: string,
  select?: string,
): Problem | undefined {
  const widget = WIDGETS[kind];
  const found = shapeOf(value);
  if (found?.kind === kind) return undefined;
  const parts = partsFor(doc, kind).filter((p) => p !== path);
  const hint = selectHint(parts, select);
  if (found) {
    const { kind: other, why } = found;
    return {
      path,
      ...whereOf(path, select),
      ...said((l) =>
        t(l, 'shape.otherWidget', {
          other: widgetName(other, l),
          why: t(l, `shape.why.${why}`),
          widget: widgetName(kind, l),
          tag: WIDGETS[other].tag,
          hint: hint ? t(l, 'shape.orHint', { hint: hint(l) }) : '',
        }),
      ),
    };
  }
  // No widget's keys: the reader says what is missing, unless the document holds parts that would suit.
  if (isPlainObject(value) && Object.hasOwn(value, widget.list)) return undefined;
  if (!hint) return undefined;
  if (isPlainObject(value)) {
    // Only a document that holds such parts is refused: a bad entry of a list is left to the reader.
    if (partsFor(value, kind).length === 0) return undefined;
    const keys = Object.keys(value);
    const shown = keys.slice(0, 12);
    return {
      path,
      ...whereOf(path, select),
      ...said((l) =>
        t(l, 'shape.wholeReport', {
          widget: widgetName(kind, l),
          hint: hint(l),
          holds: keys.length > shown.length ? `${shown.join(', ')}, …` : listWords(shown, 'and', l),
        }),
      ),
    };
  }
  return {
    path,
    ...whereOf(path, select),
    ...said((l) => t(l, 'shape.notData', { widget: widgetName(kind, l), hint: hint(l) })),
  };
}
