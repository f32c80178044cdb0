/**
 * The judgement grid's layout: valid data → a plain model of rows (flattened, with depth), cells, legend and
 * comparisons. Pure; the element only draws it, and the same model feeds the text of each cell.
 */

import type { TableCell } from '../../base/table-cell.js';
import { type ExportTable, fileName, periodPart, tableCell } from '../../core/export/table.js';
import { formatDate, formatNumber } from '../../core/format.js';
import { t } from '../../core/i18n/index.js';
import { readLink, readSource } from '../../core/links.js';
import { parsePeriod } from '../../core/periods.js';
import {
  attributeWhere,
  checkDuplicateIds,
  didYouMean,
  joinIndex,
  joinKey,
  listWords,
  memo,
  normalise,
  type Problem,
  quote,
  type Said,
  said,
  saidOf,
} from '../../core/problems.js';
import {
  attributeScale,
  bestFirst,
  builtInScale,
  type Comparison,
  compareGrades,
  DEFAULT_SCALE,
  type Grade,
  type GradeReading,
  type GradeScale,
  isNarrative,
  isNumbered,
  readGrade,
  readNarrative,
  SCALE_ATTRIBUTE_IDS,
  SCALES,
  type ScaleAttributeId,
  sameGrading,
  unknownScale,
} from '../../core/scales.js';
import { INVALID, type Schema, sourcePath } from '../../core/schema.js';
import { checkColumnKeys } from '../../core/shapes/common.js';
import type {
  CustomScale,
  JudgementCell,
  JudgementGridData,
  JudgementRow,
} from '../../core/shapes/judgements.js';
import {
  COMPARISON,
  gradeLabel,
  gradeLook,
  type Look,
  NOT_JUDGED,
  NOT_RATED,
  NOT_VALID,
  scaleName,
} from '../../core/vocabulary.js';

/**
 * A judgement: what the table draws (TableCell: its mark, `Adequate (3)`, `Not rated`, `Not judged`,
 * `Not valid`, or a narrative judgement's words) and what it means.
 */
export interface CellModel extends TableCell {
  kind: 'grade' | 'state' | 'narrative' | 'none' | 'invalid';
  grade?: Grade;
  /** With `compare`: against the previous column's judgement, or why it cannot be. */
  comparison?:
    | { kind: Comparison; from: Grade; fromColumn: string; words: string }
    | { kind: 'not comparable'; fromColumn: string; words: string };
  /** Where the cell is in the data: `rows[2].grades.sg`. */
  path: string;
}

export interface RowModel {
  /** Unique, stable key: the row's path in the data. */
  key: string;
  id?: string;
  label: string;
  depth: number;
  parentKey?: string;
  hasChildren: boolean;
  /** Where the row is among its siblings (1-based) and how many they are: a tree's `aria-posinset` and `aria-setsize`. */
  position: number;
  siblings: number;
  cells: CellModel[];
}

export interface ColumnModel {
  id: string;
  label: string;
  date?: string;
  /** The id of the column's own scale, when it names one. */
  scale?: string;
}

/** A grade (or a state such as "Not rated") in the key, with its mark and how many cells have it. */
export interface LegendEntry {
  grade?: Grade;
  /** A state of the scale, not a grade: `Not rated`. */
  state?: string;
  look: Look;
  text: string;
  count: number;
}

export interface GridModel {
  title?: string;
  source?: { label: string; href?: string };
  /** The grid's scale: the `scale` attribute's, the data's, or the default. */
  scale: GradeScale;
  /** The scales the columns are on, in column order, each once (the grid's when no column names its own). */
  scales: GradeScale[];
  columns: ColumnModel[];
  rows: RowModel[];
  legend: LegendEntry[];
  notJudged: number;
  invalid: number;
  /** Judgements in words, with no grade (Estyn's). */
  narrative: number;
  compare: boolean;
  /** With `compare`: how many cells are not compared because the grading changed. */
  notComparable: number;
}

export interface GridOptions {
  /** The `scale` attribute: overrides the data's scale. */
  scale?: string | null;
  /** The `column-scales` attribute: a column (by label or id) and its scale, over the column's own. */
  columnScales?: readonly ColumnScale[] | undefined;
  compare?: boolean;
  locale?: string;
}

/** One entry of the `column-scales` attribute: `Safeguarding: ofsted-safeguarding`, `Findings: narrative`. */
export interface ColumnScale {
  column: string;
  scale: ScaleAttributeId;
}

/**
 * The `column-scales` attribute, for CSV and pasted tables, whose columns cannot name their scale: each column
 * (its header) and a built-in scale, `Safeguarding: ofsted-safeguarding, 2026: ofsted-report-card`. An entry
 * that is not a column, a colon and a scale is a problem naming it; the attribute is then not used.
 */
export function columnScalesAttribute(): Schema<ColumnScale[]> {
  return {
    expected: (l) => t(l, 'layout.grid.columnScalesExpected'),
    description: 'Column:scale pairs, comma-separated (Safeguarding: ofsted-safeguarding).',
    accepts: (v) => typeof v === 'string',
    read(value, path, ctx) {
      if (typeof value !== 'string') {
        ctx.problems.push({
          path,
          ...said((l) =>
            t(l, 'layout.grid.notColumnScales', {
              value: quote(value, 60, l),
              how: t(l, 'layout.grid.columnScalesHow'),
            }),
          ),
        });
        return INVALID;
      }
      const out: ColumnScale[] = [];
      let ok = true;
      for (const entry of value.split(',').map((e) => e.trim())) {
        if (entry === '') continue;
        const colon = entry.lastIndexOf(':');
        const column = colon < 0 ? '' : entry.slice(0, colon).trim();
        const id = colon < 0 ? '' : entry.slice(colon + 1).trim();
        const scale = attributeScale(id);
        if (column === '' || id === '') {
          ok = false;
          ctx.problems.push({
            path,
            ...said((l) =>
              t(l, 'layout.grid.notColumnScale', {
                value: quote(entry, 60, l),
                how: t(l, 'layout.grid.columnScalesHow'),
              }),
            ),
          });
        } else if (!scale) {
          ok = false;
          ctx.problems.push({
            path,
            ...said((l) =>
              t(l, 'layout.grid.columnNotScale', {
                value: quote(entry, 60, l),
                column: quote(column, 60, l),
                id: quote(id, 60, l),
                guess: didYouMean(id, SCALE_ATTRIBUTE_IDS, undefined, l),
                scales: listWords(
                  SCALE_ATTRIBUTE_IDS.map((s) => `"${s}"`),
                  'or',
                  l,
                ),
              }),
            ),
          });
        } else out.push({ column, scale: scale.id as ScaleAttributeId });
      }
      return ok ? out : INVALID;
    },
    toJson() {
      return { type: 'string', description: this.description };
    },
  };
}

/** `Adequate (3)`: the grade's word and number; on a scale with no numbers (a report card) the word alone. */
export function gradeText(grade: Grade, locale?: string, numbered = true): string {
  const label = gradeLabel(grade.label, locale);
  return numbered ? `${label} (${formatNumber(grade.value, locale)})` : label;
}

/** A scale written in the data: its grades best first, two grades with one number reported. */
function customScale(given: CustomScale, path: string, problems: Problem[]): GradeScale {
  const seen = new Set<number>();
  for (const [i, g] of given.grades.entries()) {
    if (seen.has(g.value)) {
      problems.push({
        path: joinKey(joinIndex(joinKey(path, 'grades'), i), 'value'),
        ...said((l) => t(l, 'layout.grid.valueTwice', { value: String(g.value) })),
      });
    }
    seen.add(g.value);
  }
  const { grades, ...rest } = given;
  return bestFirst({ ...rest, grades: grades.map((g) => ({ ...g })) });
}

function resolveScale(
  data: JudgementGridData,
  path: string,
  attr: string | null | undefined,
  problems: Problem[],
): GradeScale {
  if (attr) {
    const s = attributeScale(attr);
    if (s) return s;
    problems.push({
      path: 'scale',
      ...attributeWhere('scale'),
      ...unknownScale(attr),
    });
  }
  const given = data.scale;
  if (given === undefined) return SCALES[DEFAULT_SCALE];
  if (typeof given === 'string') return builtInScale(given) ?? SCALES[DEFAULT_SCALE];
  return customScale(given, joinKey(path, 'scale'), problems);
}

/** The first day of a date or period, or `undefined` when it cannot be read. */
function spanOf(text: string | undefined): { start: number; end: number } | undefined {
  if (text === undefined) return undefined;
  const r = parsePeriod(text);
  return r.ok ? r.period : undefined;
}

export function layoutJudgementGrid(
  data: JudgementGridData,
  path: string,
  opts: GridOptions = {},
): {
  model: GridModel;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const scale = resolveScale(data, path, opts.scale, problems);
  const columnsPath = joinKey(path, 'columns');
  // The column-scales attribute names columns by label or id; one it names that is not there is reported.
  const fromAttribute = (c: { id: string; label: string }) =>
    opts.columnScales?.find((e) => normalise(e.column) === normalise(c.label) || e.column.trim() === c.id);
  for (const e of opts.columnScales ?? []) {
    if (data.columns.some((c) => normalise(e.column) === normalise(c.label) || e.column.trim() === c.id))
      continue;
    const labels = data.columns.map((c) => c.label);
    problems.push({
      path: 'column-scales',
      ...attributeWhere('column-scales'),
      ...said((l) =>
        t(l, 'layout.grid.notColumn', {
          value: quote(e.column, 60, l),
          guess: didYouMean(e.column, labels, undefined, l),
          columns: listWords(
            labels.map((label) => quote(label, 60, l)),
            'or',
            l,
          ),
        }),
      ),
    });
  }
  // Each column's scale: the attribute's, else its own when it names one, else the grid's.
  const columnScales = data.columns.map((c, i): GradeScale => {
    const given = fromAttribute(c);
    if (given) return attributeScale(given.scale) ?? scale;
    const own = c.scale;
    if (own === undefined) return scale;
    if (typeof own === 'string') return builtInScale(own) ?? scale;
    return customScale(own, joinKey(joinIndex(columnsPath, i), 'scale'), problems);
  });
  const scales: GradeScale[] = [];
  for (const s of columnScales) if (!scales.some((t) => t === s)) scales.push(s);
  if (scales.length === 0) scales.push(scale);
  const columns: ColumnModel[] = data.columns.map((c, i) => ({
    id: c.id,
    label: c.label,
    ...(c.date === undefined ? {} : { date: c.date }),
    ...(c.scale === undefined ? {} : { scale: columnScales[i]!.id }),
  }));
  // A column dated before its scale's framework took effect cannot have been graded on it.
  const beforeFramework = data.columns.map((c, i) => {
    const s = columnScales[i]!;
    // Only a column whose whole period ends before the framework began is before it: a column dated
    // "November 2025" may hold report cards from 10 November 2025.
    const column = spanOf(c.date);
    const since = spanOf(s.since)?.start;
    if (column === undefined || since === undefined || column.end >= since) return false;
    problems.push({
      path: joinKey(joinIndex(columnsPath, i), 'date'),
      ...said((l) =>
        t(l, 'layout.grid.beforeScale', {
          value: quote(c.date, 60, l),
          scale: scaleName(s, l),
          date: formatDate(since, l),
        }),
      ),
    });
    return true;
  });
  const columnIds = new Set(data.columns.map((c) => c.id));
  checkDuplicateIds(
    data.columns.map((c, i) => ({ id: c.id, path: joinIndex(columnsPath, i), name: c.label })),
    problems,
  );
  const counts = new Map<Grade, number>();
  const stateCounts = new Map<string, number>();
  let notJudged = 0;
  let invalid = 0;
  let notComparable = 0;
  let narrative = 0;
  const rows: RowModel[] = [];

  const readers = new Map<GradeScale, (value: unknown) => GradeReading>();
  const gradeOf = (s: GradeScale, value: unknown) => {
    let read = readers.get(s);
    if (!read) {
      read = memo((v: unknown) => readGrade(s, v));
      readers.set(s, read);
    }
    return read(value);
  };
  // The words of a cell with no judgement and of one not valid: looked up once, not once a cell.
  const notJudgedWords = t(opts.locale, 'grid.notJudged');
  const notValidWords = t(opts.locale, 'grid.notValid');
  const notJudgedCell = (path: string, extra: Partial<CellModel>): CellModel => {
    notJudged++;
    return { kind: 'none', look: NOT_JUDGED, text: notJudgedWords, path, ...extra };
  };
  const invalidCell = (path: string, extra: Partial<CellModel>, why: Said, given: unknown): CellModel => {
    invalid++;
    problems.push({ path, ...saidOf(why) });
    return { kind: 'invalid', look: NOT_VALID, text: notValidWords, raw: String(given), path, ...extra };
  };
  // A grade's words, worked out once a layout for each scale and grade, not once a cell.
  const gradeWords = new Map<GradeScale, Map<Grade, string>>();
  const gradeWordsOf = (grade: Grade, s: GradeScale): string => {
    let ofScale = gradeWords.get(s);
    if (!ofScale) {
      ofScale = new Map();
      gradeWords.set(s, ofScale);
    }
    let words = ofScale.get(grade);
    if (words === undefined) {
      words = gradeText(grade, opts.locale, isNumbered(s));
      ofScale.set(grade, words);
    }
    return words;
  };
  const readCell = (row: JudgementRow, column: ColumnModel, index: number): CellModel => {
    const s = columnScales[index]!;
    const gradesPath = joinKey(sourcePath(row), 'grades');
    const cellPath = joinKey(gradesPath, column.id);
    const cell: JudgementCell | undefined = row.grades?.[column.id];
    if (cell !== null && typeof cell === 'object' && 'narrative' in cell) {
      // A judgement in words, with no grade (Estyn gives none): the words are the cell.
      narrative++;
      return {
        kind: 'narrative',
        text: cell.narrative,
        path: cellPath,
        ...readLink(cell.href, joinKey(cellPath, 'href'), problems),
      };
    }
    const value = cell !== null && typeof cell === 'object' ? cell.grade : cell;
    const extra: Partial<CellModel> = {};
    if (cell !== null && typeof cell === 'object') {
      if (cell.note !== undefined) extra.note = cell.note;
      Object.assign(extra, readLink(cell.href, joinKey(cellPath, 'href'), problems));
    }
    if (isNarrative(s)) {
      // The narrative scale (CSV, pasted tables): the cell's text is the judgement in words; where it has no
      // text but a note (a long sheet's `note` column), the note is.
      const blank =
        value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
      const fromNote = blank && extra.note !== undefined;
      const words = fromNote ? extra.note : value;
      if (fromNote) delete extra.note;
      const inWords = readNarrative(words);
      if (inWords.kind === 'words') {
        narrative++;
        return { kind: 'narrative', text: inWords.text, path: cellPath, ...extra };
      }
      if (inWords.kind === 'none') return notJudgedCell(cellPath, extra);
      return invalidCell(cellPath, extra, inWords, words);
    }
    const reading = gradeOf(s, value);
    if (reading.kind === 'grade') {
      counts.set(reading.grade, (counts.get(reading.grade) ?? 0) + 1);
      return {
        kind: 'grade',
        grade: reading.grade,
        look: gradeLook(s.grades.indexOf(reading.grade), s.grades.length),
        text: gradeWordsOf(reading.grade, s),
        path: cellPath,
        ...extra,
      };
    }
    if (reading.kind === 'state') {
      stateCounts.set(reading.state.label, (stateCounts.get(reading.state.label) ?? 0) + 1);
      return {
        kind: 'state',
        look: NOT_RATED,
        text: gradeLabel(reading.state.label, opts.locale),
        path: cellPath,
        ...extra,
      };
    }
    if (reading.kind === 'none') return notJudgedCell(cellPath, extra);
    return invalidCell(cellPath, extra, reading, value);
  };

  const visit = (
    row: JudgementRow,
    depth: number,
    parentKey: string | undefined,
    position: number,
    siblings: number,
  ) => {
    // Every row read from data has its own path, so the path is a unique key.
    const key = sourcePath(row);
    checkColumnKeys(row.grades, columnIds, joinKey(sourcePath(row), 'grades'), problems);
    const children = row.children ?? [];
    // A heading row: children and no grade of its own in any column. Its cells are blank, not "Not judged",
    // and are no judgements (the counts and legend leave them out).
    const heading =
      children.length > 0 &&
      columns.every((c) => {
        const v = row.grades?.[c.id];
        return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
      });
    const cells = heading
      ? columns.map(
          (c): CellModel => ({
            kind: 'none',
            text: '',
            path: joinKey(joinKey(sourcePath(row), 'grades'), c.id),
          }),
        )
      : columns.map((c, i) => readCell(row, c, i));
    if (opts.compare) {
      for (let i = 1; i < cells.length; i++) {
        const before = cells[i - 1]!;
        const now = cells[i]!;
        if (!before.grade || !now.grade) continue;
        const fromColumn = columns[i - 1]!.label;
        const from = columnScales[i - 1]!;
        const to = columnScales[i]!;
        if (!sameGrading(from, to) || beforeFramework[i - 1] || beforeFramework[i]) {
          // Grades on another scale or framework say nothing about improvement: no arrow, and not "held".
          notComparable++;
          const words = t(opts.locale, 'grid.notComparable');
          now.comparison = { kind: 'not comparable', fromColumn, words };
          now.details = [{ className: 'cmp cmp-not-comparable', text: words }];
          continue;
        }
        const kind = compareGrades(before.grade, now.grade, to.best);
        const words =
          kind === 'held'
            ? t(opts.locale, 'grid.held', { column: fromColumn })
            : t(opts.locale, kind === 'improved' ? 'grid.improved' : 'grid.declined', {
                grade: gradeText(before.grade, opts.locale, isNumbered(from)),
                column: fromColumn,
              });
        now.comparison = { kind, from: before.grade, fromColumn, words };
        now.details = [{ className: `cmp cmp-${kind}`, arrow: COMPARISON[kind].arrow, text: words }];
      }
    }
    rows.push({
      key,
      label: row.label,
      depth,
      hasChildren: children.length > 0,
      position,
      siblings,
      cells,
      ...(row.id === undefined ? {} : { id: row.id }),
      ...(parentKey === undefined ? {} : { parentKey }),
    });
    for (const [i, child] of children.entries()) visit(child, depth + 1, key, i + 1, children.length);
  };
  for (const [i, row] of data.rows.entries()) visit(row, 0, undefined, i + 1, data.rows.length);
  checkDuplicateIds(
    rows.map((r) => ({ id: r.id, path: r.key, name: r.label })),
    problems,
  );

  if (opts.compare) {
    // Columns compared in the order given; say so when dated columns are out of order.
    const dates = columns.map((c) => (c.date ? parsePeriod(c.date) : undefined));
    for (let i = 1; i < dates.length; i++) {
      const a = dates[i - 1];
      const b = dates[i];
      if (a?.ok && b?.ok && b.period.start < a.period.start) {
        problems.push({
          path: joinKey(joinIndex(columnsPath, i), 'date'),
          ...said((l) => t(l, 'layout.grid.outOfOrder')),
        });
      }
    }
  }

  const source = readSource(data.source, path, problems);
  return {
    model: {
      ...(data.title === undefined ? {} : { title: data.title }),
      ...(source ? { source } : {}),
      scale,
      scales,
      columns,
      rows,
      legend: scales.flatMap((s): LegendEntry[] => [
        ...s.grades.map((grade, rank) => ({
          grade,
          look: gradeLook(rank, s.grades.length),
          text: gradeText(grade, opts.locale, isNumbered(s)),
          count: counts.get(grade) ?? 0,
        })),
        ...(s.states ?? []).map((st) => ({
          state: st.label,
          look: NOT_RATED,
          text: gradeLabel(st.label, opts.locale),
          count: stateCounts.get(st.label) ?? 0,
        })),
      ]),
      notJudged,
      invalid,
      narrative,
      compare: Boolean(opts.compare),
      notComparable,
    },
    problems,
  };
}

/**
 * What the grid exports (core/export/table.ts): the rows shown (collapsed rows' children left out), a `Parent`
 * column when rows nest (as the wide CSV layout reads it back), and each judgement's words as shown, with its
 * comparison and what an invalid cell was given. The file is named by the title and the last column's date.
 */
export function exportGrid(
  model: GridModel,
  shown: readonly RowModel[],
  summary: string,
  corner: string,
  locale?: string,
  legend: readonly { look?: Look; text: string }[] = model.legend,
): ExportTable {
  const nested = shown.some((r) => r.depth > 0);
  const labels = new Map(model.rows.map((r) => [r.key, r.label]));
  const dated = model.columns.filter((c) => c.date).at(-1)?.date;
  const day = dated ? parsePeriod(dated) : undefined;
  return {
    name: fileName([model.title, periodPart(dated)], 'judgements'),
    ...(model.title ? { title: model.title } : {}),
    ...(model.source ? { source: model.source.label } : {}),
    ...(day?.ok ? { asOf: t(locale, 'export.asOf', { date: formatDate(day.period.end, locale) }) } : {}),
    summary,
    columns: [
      corner,
      ...(nested ? [t(locale, 'export.parent')] : []),
      ...model.columns.map((c) => (c.date ? `${c.label} (${c.date})` : c.label)),
    ],
    rows: shown.map((r) => [
      { text: r.label, depth: r.depth },
      ...(nested ? [(r.parentKey && labels.get(r.parentKey)) || ''] : []),
      ...r.cells.map(tableCell),
    ]),
    ...(nested ? { imageSkip: 1 } : {}),
    legend: legend.flatMap((e) => (e.look ? [{ look: e.look, text: e.text }] : [])),
  };
}
