/**
 * The judgement grid's data (docs/reference.md §5.1): one definition for its type, reader, schema and CSV
 * form.
 */
import type { FromSheet, Sheet } from '../csv.js';
import { joinIndex, joinKey } from '../problems.js';
import { BUILT_IN_SCALE_IDS } from '../scales.js';
import {
  array,
  guard,
  type Infer,
  literalNull,
  named,
  number,
  object,
  oneOf,
  optional,
  record,
  type Schema,
  string,
  union,
} from '../schema.js';
import { column, href, note, source } from './common.js';
import { columnsFrom, readGridSheet } from './grid-sheet.js';

const gradeValue = union([literalNull(), string({ allowEmpty: true })], {
  description:
    'A grade: its label in any case ("Adequate"), its number (3 or "3"), or both ("Grade 3 (Adequate)"). null, "", "n/a", "not judged" and "not applicable" mean no judgement.',
});

export const judgementCell = union([
  gradeValue,
  object(
    { grade: gradeValue, note: optional(note()), href: optional(href()) },
    { description: 'A grade with a note and a link.' },
  ),
]);

export const customScale = object(
  {
    id: string(),
    name: string({ description: 'Used in messages: "… is not a grade on the <name> (…)".' }),
    grades: array(
      object({
        value: number({ description: 'Rank, best first: 1 is best.' }),
        label: string(),
        aliases: optional(array(string(), { description: 'Other spellings accepted for this grade.' })),
      }),
      { minItems: 1 },
    ),
  },
  { description: 'A custom grade scale, best grade first.' },
);

export const scaleRef = union([guard(oneOf(BUILT_IN_SCALE_IDS), (v) => typeof v === 'string'), customScale]);

export interface JudgementRow {
  id?: string;
  label: string;
  grades?: Record<string, Infer<typeof judgementCell>>;
  children?: JudgementRow[];
}

export const judgementRow: Schema<JudgementRow> = named('row', () =>
  object({
    id: optional(string()),
    label: string(),
    grades: optional(record(judgementCell, { description: 'Grades by column id.' })),
    children: optional(array(judgementRow, { description: 'Rows nested under this one (any depth).' })),
  }),
);

export const judgementGrid = object(
  {
    title: optional(string({ description: 'Shown as the table caption.' })),
    source: optional(source()),
    scale: optional(scaleRef),
    columns: array(column()),
    rows: array(judgementRow),
  },
  { description: 'Inspection judgements on a graded scale (Inspection Kit, <ik-judgement-grid>).' },
);

export type JudgementGridData = Infer<typeof judgementGrid>;
export type JudgementCell = Infer<typeof judgementCell>;
export type CustomScale = Infer<typeof customScale>;

export function isJudgementGridEmpty(data: JudgementGridData): boolean {
  return data.rows.length === 0 || data.columns.length === 0;
}

/**
 * Builds the grid from a sheet, long (`row,parent,column,grade,note`) or wide (row label, optional `parent`,
 * then a column per judgement). `parent` names the row a line sits under; an unknown parent is reported and
 * the row kept at the top level.
 */
export function judgementGridFromSheet(sheet: Sheet, opts: { columns?: readonly string[] } = {}): FromSheet {
  const grid = readGridSheet(sheet, {
    groupColumn: 'parent',
    valueColumns: ['grade', 'judgement'],
    ...(opts.columns ? { keepColumns: opts.columns } : {}),
  });
  const problems = [...grid.problems];
  interface Built {
    label: string;
    grades: Record<string, unknown>;
    children: Built[];
    at: string;
    cellAt: Map<string, string>;
    parent?: string;
  }
  // A row is its label under its parent: "Leadership" under Safeguarding and under Looked after children
  // are two rows. A parent is named by its label.
  const byLabel = new Map<string, Built[]>();
  const order: Built[] = [];
  for (const line of grid.lines) {
    const row: Built = {
      label: line.row,
      grades: Object.create(null),
      children: [],
      at: line.at,
      cellAt: new Map(),
    };
    if (line.group !== undefined) row.parent = line.group;
    byLabel.set(line.row, [...(byLabel.get(line.row) ?? []), row]);
    order.push(row);
    for (const e of line.entries) {
      if (row.cellAt.has(e.column)) {
        problems.push({
          path: e.at,
          message: `gives ${JSON.stringify(line.row)} a second grade for ${JSON.stringify(e.column)}: the first, at ${row.cellAt.get(e.column)}, is kept`,
        });
        continue;
      }
      row.grades[e.column] =
        e.note === undefined ? (e.value ?? null) : { grade: e.value ?? null, note: e.note };
      row.cellAt.set(e.column, e.at);
    }
  }
  const built = {
    get(label: string): Built | undefined {
      return byLabel.get(label)?.[0];
    },
  };
  const top: Built[] = [];
  const attached = new Map<Built, Built>();
  const isAncestor = (candidate: Built, of: Built) => {
    for (let p = attached.get(of); p; p = attached.get(p)) if (p === candidate) return true;
    return false;
  };
  for (const row of order) {
    const parent = row.parent === undefined ? undefined : built.get(row.parent);
    if (row.parent !== undefined && (byLabel.get(row.parent)?.length ?? 0) > 1) {
      problems.push({
        path: row.at,
        message: `its parent ${JSON.stringify(row.parent)} names more than one row: put under the first`,
      });
    }
    if (row.parent !== undefined && !parent) {
      problems.push({
        path: row.at,
        message: `its parent ${JSON.stringify(row.parent)} is not a row in the ${sheet.source}`,
      });
    } else if (parent && (parent === row || isAncestor(row, parent))) {
      problems.push({
        path: row.at,
        message: `its parent ${JSON.stringify(row.parent)} sits under it: kept at the top level`,
      });
    } else if (parent) {
      parent.children.push(row);
      attached.set(row, parent);
      continue;
    }
    top.push(row);
  }
  const origins = new Map<string, string>();
  const toJson = (rows: Built[], path: string): unknown[] =>
    rows.map((r, i) => {
      const p = joinIndex(path, i);
      origins.set(p, r.at);
      for (const [col, at] of r.cellAt) origins.set(joinKey(joinKey(p, 'grades'), col), at);
      const out: Record<string, unknown> = { label: r.label, grades: r.grades };
      if (r.children.length) out.children = toJson(r.children, joinKey(p, 'children'));
      return out;
    });
  const rows = toJson(top, 'rows');
  return { value: { columns: columnsFrom(grid.columns), rows }, origins, problems };
}
