/**
 * The judgement grid's layout: valid data → a plain model of rows (flattened, with depth), cells, legend and
 * comparisons. Pure; the element only draws it, and the same model feeds the text of each cell.
 */

import type { TableCell } from '../../base/table-cell.js';
import { formatNumber } from '../../core/format.js';
import { readLink, readSource } from '../../core/links.js';
import { parsePeriod } from '../../core/periods.js';
import { checkDuplicateIds, joinIndex, joinKey, memo, type Problem } from '../../core/problems.js';
import {
  builtInScale,
  type Comparison,
  compareGrades,
  DEFAULT_SCALE,
  type Grade,
  type GradeScale,
  readGrade,
  SCALES,
  unknownScaleMessage,
} from '../../core/scales.js';
import { sourcePath } from '../../core/schema.js';
import { checkColumnKeys } from '../../core/shapes/common.js';
import type { JudgementCell, JudgementGridData, JudgementRow } from '../../core/shapes/judgements.js';
import { COMPARISON, gradeLook, NOT_JUDGED, NOT_VALID } from '../../core/vocabulary.js';

/** A judgement: what the table draws (TableCell: its mark, `Adequate (3)`, `Not judged`, `Not valid`) and what it means. */
export interface CellModel extends TableCell {
  kind: 'grade' | 'none' | 'invalid';
  grade?: Grade;
  /** With `compare`: against the previous column's judgement. */
  comparison?: { kind: Comparison; from: Grade; fromColumn: string; words: string };
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
}

export interface LegendEntry {
  grade: Grade;
  text: string;
  count: number;
}

export interface GridModel {
  title?: string;
  source?: { label: string; href?: string };
  scale: GradeScale;
  columns: ColumnModel[];
  rows: RowModel[];
  legend: LegendEntry[];
  notJudged: number;
  invalid: number;
  compare: boolean;
}

export interface GridOptions {
  /** The `scale` attribute: overrides the data's scale. */
  scale?: string | null;
  compare?: boolean;
  locale?: string;
}

/** `Adequate (3)`: the grade's word and number. */
export function gradeText(grade: Grade, locale?: string): string {
  return `${grade.label} (${formatNumber(grade.value, locale)})`;
}

function resolveScale(
  data: JudgementGridData,
  path: string,
  attr: string | null | undefined,
  problems: Problem[],
): GradeScale {
  if (attr) {
    const s = builtInScale(attr);
    if (s) return s;
    problems.push({ path: 'scale', where: 'The scale attribute', message: unknownScaleMessage(attr) });
  }
  const given = data.scale;
  if (given === undefined) return SCALES[DEFAULT_SCALE];
  if (typeof given === 'string') return builtInScale(given) ?? SCALES[DEFAULT_SCALE];
  const seen = new Set<number>();
  for (const [i, g] of given.grades.entries()) {
    if (seen.has(g.value)) {
      problems.push({
        path: joinKey(joinIndex(joinKey(joinKey(path, 'scale'), 'grades'), i), 'value'),
        message: `${g.value} is used by two grades`,
      });
    }
    seen.add(g.value);
  }
  return { id: given.id, name: given.name, grades: given.grades.map((g) => ({ ...g })) };
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
  const columns: ColumnModel[] = data.columns.map((c) => ({
    id: c.id,
    label: c.label,
    ...(c.date === undefined ? {} : { date: c.date }),
  }));
  const columnIds = new Set(data.columns.map((c) => c.id));
  checkDuplicateIds(
    data.columns.map((c, i) => ({ id: c.id, path: joinIndex(joinKey(path, 'columns'), i), name: c.label })),
    problems,
  );
  const counts = new Map<number, number>();
  let notJudged = 0;
  let invalid = 0;
  const rows: RowModel[] = [];

  const gradeOf = memo((value: unknown) => readGrade(scale, value));
  const readCell = (row: JudgementRow, column: ColumnModel): CellModel => {
    const gradesPath = joinKey(sourcePath(row), 'grades');
    const cellPath = joinKey(gradesPath, column.id);
    const cell: JudgementCell | undefined = row.grades?.[column.id];
    const value = cell !== null && typeof cell === 'object' ? cell.grade : cell;
    const extra: Partial<CellModel> = {};
    if (cell !== null && typeof cell === 'object') {
      if (cell.note !== undefined) extra.note = cell.note;
      Object.assign(extra, readLink(cell.href, joinKey(cellPath, 'href'), problems));
    }
    const reading = gradeOf(value);
    if (reading.kind === 'grade') {
      counts.set(reading.grade.value, (counts.get(reading.grade.value) ?? 0) + 1);
      return {
        kind: 'grade',
        grade: reading.grade,
        look: gradeLook(scale.grades.indexOf(reading.grade), scale.grades.length),
        text: gradeText(reading.grade, opts.locale),
        path: cellPath,
        ...extra,
      };
    }
    if (reading.kind === 'none') {
      notJudged++;
      return { kind: 'none', look: NOT_JUDGED, text: 'Not judged', path: cellPath, ...extra };
    }
    invalid++;
    problems.push({ path: cellPath, message: reading.message });
    return {
      kind: 'invalid',
      look: NOT_VALID,
      text: 'Not valid',
      raw: String(value),
      path: cellPath,
      ...extra,
    };
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
      : columns.map((c) => readCell(row, c));
    if (opts.compare) {
      for (let i = 1; i < cells.length; i++) {
        const before = cells[i - 1]!;
        const now = cells[i]!;
        if (before.grade && now.grade) {
          const kind = compareGrades(before.grade, now.grade);
          const words =
            kind === 'held'
              ? `Held since ${columns[i - 1]!.label}`
              : `${COMPARISON[kind].word} from ${gradeText(before.grade, opts.locale)} in ${columns[i - 1]!.label}`;
          now.comparison = { kind, from: before.grade, fromColumn: columns[i - 1]!.label, words };
          now.details = [{ className: `cmp cmp-${kind}`, arrow: COMPARISON[kind].arrow, text: words }];
        }
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
          path: joinKey(joinIndex(joinKey(path, 'columns'), i), 'date'),
          message: `is earlier than the column before it: compare reads columns left to right, oldest first`,
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
      columns,
      rows,
      legend: scale.grades.map((grade) => ({
        grade,
        text: gradeText(grade, opts.locale),
        count: counts.get(grade.value) ?? 0,
      })),
      notJudged,
      invalid,
      compare: Boolean(opts.compare),
    },
    problems,
  };
}
