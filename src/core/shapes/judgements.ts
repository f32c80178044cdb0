/**
 * The judgement grid's data (docs/reference.md §5.1): one definition for its type, reader, schema and CSV
 * form.
 */
import type { FromSheet, Sheet } from '../csv.js';
import { sheetPlaceIn } from '../csv.js';
import { t } from '../i18n/index.js';
import { joinIndex, joinKey, type Said, said } from '../problems.js';
import { BUILT_IN_SCALE_IDS, isNumbered, NO_JUDGEMENT_WORDS, SCALES, welshWordOf } from '../scales.js';
import {
  array,
  boolean,
  checkedAfterRead,
  escapeRegExp,
  guard,
  type Infer,
  isPlainObject,
  literalNull,
  named,
  number,
  object,
  oneOf,
  optional,
  record,
  type Schema,
  string,
  textPattern,
  union,
} from '../schema.js';
import { href, note, period, source } from './common.js';
import { columnsFrom, readGridSheet, sourceIn } from './grid-sheet.js';
import { wrongSheet } from './sheet-shape.js';

const GRADE_WORDS =
  'A grade: its label in any case ("Adequate"), its number (3 or "3"), or both ("Grade 3 (Adequate)", "3 - Adequate", "5 Very Good", "Adequate (3)"); a scale with no numbers takes its labels only. A state of the scale ("Not rated") is shown as itself. null, "", "n/a", "not judged" and "not applicable" mean no judgement.';

/** Read as text here; the grid reads it on its scale, which may be the data's own (any label). */
const gradeValue = union([literalNull(), string({ allowEmpty: true })], { description: GRADE_WORDS });

/**
 * Every way `readGrade` takes a grade of a built-in scale (or no judgement), as a `pattern`. The grid's `scale`
 * attribute may choose any built-in scale over the data's, so a grade on any of them is accepted.
 */
function builtInGradePattern(): string {
  const forms = new Set(NO_JUDGEMENT_WORDS.map(escapeRegExp));
  // A grade's label, its aliases and its Welsh word (scales.ts `welshWordOf`), as readGrade takes them.
  const words = (w: { label: string; aliases?: string[] }) =>
    [w.label, ...(w.aliases ?? []), welshWordOf(w.label)]
      .filter(Boolean)
      .map((x) => escapeRegExp(x.toLowerCase()));
  for (const scale of Object.values(SCALES)) {
    for (const state of scale.states ?? []) for (const name of words(state)) forms.add(name);
    for (const g of scale.grades) {
      for (const name of words(g)) forms.add(name);
      if (!isNumbered(scale)) continue;
      const n = String.raw`(?:grade\s*)?0*${g.value}`;
      forms.add(n);
      for (const name of words(g)) {
        forms.add(String.raw`${n}\s*(?:\(\s*${name}\s*\)|[-–:]\s*${name})`);
        forms.add(String.raw`${n}\s+${name}`);
        forms.add(String.raw`${name}\s*\(\s*${n}\s*\)`);
      }
    }
  }
  return textPattern([...forms].join('|'), { collapse: true });
}

const builtInGradeValue = checkedAfterRead(gradeValue, (_base, defs) => {
  if (!defs.has('builtInGrade')) {
    const most = Math.max(
      ...Object.values(SCALES)
        .filter(isNumbered)
        .flatMap((s) => s.grades.map((g) => g.value)),
    );
    defs.set('builtInGrade', {
      description: `${GRADE_WORDS} On a built-in scale (${BUILT_IN_SCALE_IDS.join(', ')}), numbered 1 to at most ${most} by each scale's own convention.`,
      anyOf: [
        { type: 'null' },
        { type: 'integer', minimum: 1, maximum: most },
        { type: 'string', pattern: builtInGradePattern() },
      ],
      $comment:
        'A label and a number given together must also agree on the scale in use; the grid reports it when they do not.',
    });
  }
  return { $ref: '#/$defs/builtInGrade' };
});

/** A narrative judgement: the report's words and no grade (Estyn has given no grades since 2022). */
const narrativeCell = guard(
  object(
    {
      narrative: string({ description: 'The judgement in the report’s words, shown as the cell.' }),
      href: optional(href()),
    },
    { description: 'A judgement given in words, with no grade.' },
  ),
  (v) => isPlainObject(v) && Object.hasOwn(v, 'narrative'),
);

const cellOf = (grade: Schema<string | null>) =>
  union(
    [
      grade,
      narrativeCell,
      object(
        { grade, note: optional(note()), href: optional(href()) },
        { description: 'A grade with a note and a link.' },
      ),
    ],
    {
      expected: (l) => t(l, 'grid.expectedCell'),
    },
  );

export const judgementCell = cellOf(gradeValue);

export const customScale = object(
  {
    id: string(),
    name: string({ description: 'Used in messages: "… is not a grade on the <name>".' }),
    grades: array(
      object({
        value: number({ description: 'The grade\'s number: 1 is best, unless `best` is "highest".' }),
        label: string(),
        aliases: optional(array(string(), { description: 'Other spellings accepted for this grade.' })),
      }),
      { minItems: 1 },
    ),
    best: optional(
      oneOf(['lowest', 'highest'] as const, {
        description: 'Which number is best: "lowest" (1 is best, the default) or "highest" (6 is best).',
      }),
    ),
    numbered: optional(
      boolean({ description: 'false when the grades have no number: it is then neither shown nor read.' }),
    ),
    states: optional(
      array(
        object({
          label: string(),
          aliases: optional(array(string(), { description: 'Other spellings accepted for this state.' })),
        }),
        {
          description:
            'Answers that are not grades and not "no judgement" (such as "Not rated"): each is shown, keyed and counted as itself.',
        },
      ),
    ),
    framework: optional(
      string({
        description:
          'The framework the scale grades under (default: its id). With compare, grades under different frameworks are "Not comparable".',
      }),
    ),
    since: optional(
      period('The date its framework took effect: a column dated before it is reported, and not compared.'),
    ),
  },
  { description: 'A custom grade scale.' },
);

export const scaleRef = union([guard(oneOf(BUILT_IN_SCALE_IDS), (v) => typeof v === 'string'), customScale], {
  expected: (l) => t(l, 'grid.expectedScale', { ids: BUILT_IN_SCALE_IDS.join(', ') }),
});

/** A judgement column: the shared column, and the scale its grades are on when not the grid's. */
export const judgementColumn = () =>
  object(
    {
      id: string({ description: 'The key used in each row.' }),
      label: string({ description: 'The column header.' }),
      date: optional(period('The date of the column (for compare): a date or period.')),
      scale: optional(scaleRef),
    },
    {
      description:
        "A column; its `scale` (a built-in id or a scale of its own) when its grades are not on the grid's scale.",
    },
  );

export interface JudgementRow {
  id?: string;
  label: string;
  grades?: Record<string, Infer<typeof judgementCell>>;
  children?: JudgementRow[];
}

function rowOf(name: string, grade: Schema<string | null>): Schema<JudgementRow> {
  const row: Schema<JudgementRow> = named(name, () =>
    object({
      id: optional(string()),
      label: string(),
      grades: optional(record(cellOf(grade), { description: 'Grades by column id.' })),
      children: optional(array(row, { description: 'Rows nested under this one (any depth).' })),
    }),
  );
  return row;
}

export const judgementRow = rowOf('row', gradeValue);
/** The same rows, whose grades the schema checks against the built-in scales. */
const builtInRow = rowOf('builtInRow', builtInGradeValue);

export const judgementGrid = checkedAfterRead(
  object(
    {
      title: optional(string({ description: 'Shown as the table caption.' })),
      source: optional(source()),
      scale: optional(scaleRef),
      columns: array(judgementColumn()),
      rows: array(judgementRow),
    },
    { description: 'Inspection judgements on a graded scale (Inspection Kit, <ik-judgement-grid>).' },
  ),
  // Unless the data brings its own scale, the grid reads grades on a built-in one.
  (base, defs) => ({
    ...base,
    if: { type: 'object', properties: { scale: { type: 'object' } }, required: ['scale'] },
    else: { properties: { rows: array(builtInRow).toJson(defs) } },
  }),
);

export type JudgementGridData = Infer<typeof judgementGrid>;
export type JudgementCell = Infer<typeof judgementCell>;
export type CustomScale = Infer<typeof customScale>;

export function isJudgementGridEmpty(data: JudgementGridData): boolean {
  return data.rows.length === 0 || data.columns.length === 0;
}

/** A problem with a sheet row's parent, in any locale. */
function parentSaid(
  key: 'grid.parentTwice' | 'grid.parentMissing' | 'grid.parentUnder',
  parent: string,
  sheet: Sheet,
): Said {
  return said((l) => t(l, key, { parent: JSON.stringify(parent), source: sourceIn(sheet, l) }));
}

/**
 * Builds the grid from a sheet, long (`row,parent,column,grade,note`) or wide (row label, optional `parent`,
 * then a column per judgement). `parent` names the row a line sits under; an unknown parent is reported and
 * the row kept at the top level.
 */
export function judgementGridFromSheet(sheet: Sheet, opts: { columns?: readonly string[] } = {}): FromSheet {
  const wrong = wrongSheet('grid', sheet, opts.columns);
  if (wrong) return { value: { columns: [], rows: [] }, origins: new Map(), problems: [wrong] };
  const grid = readGridSheet(sheet, {
    groupColumn: 'parent',
    valueColumns: ['grade', 'judgement'],
    headings: 'rows',
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
        const first = row.cellAt.get(e.column)!;
        problems.push({
          path: e.at,
          ...said((l) =>
            t(l, 'grid.secondGrade', {
              row: JSON.stringify(line.row),
              column: JSON.stringify(e.column),
              first: sheetPlaceIn(first, l),
            }),
          ),
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
      problems.push({ path: row.at, ...parentSaid('grid.parentTwice', row.parent, sheet) });
    }
    if (row.parent !== undefined && !parent) {
      problems.push({ path: row.at, ...parentSaid('grid.parentMissing', row.parent, sheet) });
    } else if (parent && (parent === row || isAncestor(row, parent))) {
      problems.push({ path: row.at, ...parentSaid('grid.parentUnder', row.parent!, sheet) });
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
