/**
 * The RAG matrix's data (docs/reference.md §5.2): one definition for its type, reader, schema and CSV
 * form.
 */
import type { FromSheet, Sheet } from '../csv.js';
import { t } from '../i18n/index.js';
import { joinIndex, joinKey, quote, said, wordsToType } from '../problems.js';
import {
  array,
  INVALID,
  type Infer,
  number,
  object,
  oneOf,
  optional,
  record,
  type Schema,
  string,
  union,
} from '../schema.js';
import { DEFAULT_RATING_MAP, isStatus, STATUSES, type Status } from '../status.js';
import { column, href, note, source } from './common.js';
import { columnsFrom, readGridSheet } from './grid-sheet.js';
import { polarity } from './kpi.js';
import { wrongSheet } from './sheet-shape.js';

const statusOrRating = string({
  description:
    'A status (red, amber, green, blue, grey, or its letter R, A, G, B) or a rating word mapped to a status through `map` (e.g. "Satisfactory").',
});

export const ragCell = union(
  [
    statusOrRating,
    object(
      {
        status: optional(string({ description: 'A status word or letter.' })),
        rating: optional(string({ description: 'A rating word, mapped through `map`.' })),
        value: optional(number({ description: 'A measured value, given a status against `target`.' })),
        target: optional(number()),
        polarity: optional(polarity),
        tolerance: optional(number({ min: 0 })),
        note: optional(note()),
        href: optional(href()),
      },
      { description: 'A status, a rating, or a value against a target, with an optional note and link.' },
    ),
  ],
  {
    expected: (l) => t(l, 'rag.expectedCell'),
  },
);

export const ragRow = object({
  id: optional(string()),
  group: optional(string({ description: 'Rows with the same group are shown together under its heading.' })),
  label: string(),
  cells: record(ragCell, { description: 'Cells by column id.' }),
});

export const ragMatrix = object(
  {
    title: optional(string()),
    source: optional(source()),
    map: optional(
      record(oneOf(STATUSES), {
        description: `Rating word → status, over the defaults (${Object.entries(DEFAULT_RATING_MAP)
          .map(([w, s]) => `${w}→${s}`)
          .join(', ')}).`,
      }),
    ),
    columns: array(column()),
    rows: array(ragRow),
  },
  { description: 'Red / amber / green status of items across columns (Inspection Kit, <ik-rag-matrix>).' },
);

export type RagMatrixData = Infer<typeof ragMatrix>;
export type RagCell = Infer<typeof ragCell>;

export function isRagMatrixEmpty(data: RagMatrixData): boolean {
  return data.rows.length === 0 || data.columns.length === 0;
}

/** Builds the matrix from a sheet, long (`row,group,column,status_or_rating,note`) or wide. */
export function ragMatrixFromSheet(sheet: Sheet, opts: { columns?: readonly string[] } = {}): FromSheet {
  const wrong = wrongSheet('matrix', sheet, opts.columns);
  if (wrong) return { value: { columns: [], rows: [] }, origins: new Map(), problems: [wrong] };
  const grid = readGridSheet(sheet, {
    groupColumn: 'group',
    valueColumns: ['status_or_rating', 'status', 'rating'],
    headings: 'groups',
    ...(opts.columns ? { keepColumns: opts.columns } : {}),
  });
  const origins = new Map<string, string>();
  const rows = grid.lines.map((line, i) => {
    const path = joinIndex('rows', i);
    origins.set(path, line.at);
    const cells: Record<string, unknown> = Object.create(null);
    for (const e of line.entries) {
      const cellPath = joinKey(joinKey(path, 'cells'), e.column);
      origins.set(cellPath, e.at);
      // A note with no status (as in 'Full data unavailable…') is a grey cell: no data.
      cells[e.column] = e.note === undefined ? (e.value ?? '') : { status: e.value ?? 'grey', note: e.note };
    }
    return { label: line.row, cells, ...(line.group === undefined ? {} : { group: line.group }) };
  });
  return { value: { columns: columnsFrom(grid.columns), rows }, origins, problems: grid.problems };
}

/**
 * The `map` attribute, for CSV and pasted tables where the data cannot carry one: rating words and their
 * statuses, `lg:green, la:amber, lr:red, lu:grey`. Each entry that is not a word, a colon and a status is a
 * problem naming it; the map is then not used.
 */
export function ratingMapAttribute(): Schema<Record<string, Status>> {
  return {
    expected: (l) => t(l, 'rag.expectedMap'),
    description: `Rating word:status pairs, comma-separated (lg:green, la:amber), over the defaults.`,
    accepts: (v) => typeof v === 'string',
    read(value, path, ctx) {
      if (typeof value !== 'string') {
        ctx.problems.push({
          path,
          ...said((l) => t(l, 'rag.notMap', { value: quote(value, 60, l), how: t(l, 'rag.mapHow') })),
        });
        return INVALID;
      }
      const map: Record<string, Status> = Object.create(null);
      let ok = true;
      for (const entry of value.split(',').map((e) => e.trim())) {
        if (entry === '') continue;
        const colon = entry.lastIndexOf(':');
        const word = colon < 0 ? '' : entry.slice(0, colon).trim();
        const status =
          colon < 0
            ? ''
            : entry
                .slice(colon + 1)
                .trim()
                .toLowerCase();
        if (word === '' || status === '') {
          ok = false;
          ctx.problems.push({
            path,
            ...said((l) =>
              t(l, 'rag.notRatingAndStatus', { value: quote(entry, 60, l), how: t(l, 'rag.mapHow') }),
            ),
          });
        } else if (!isStatus(status)) {
          ok = false;
          const given = entry.slice(colon + 1).trim();
          ctx.problems.push({
            path,
            ...said((l) =>
              t(l, 'rag.notStatus', {
                entry: quote(entry, 60, l),
                word: quote(word, 60, l),
                status: quote(given, 60, l),
                statuses: wordsToType(STATUSES, 'or', l),
              }),
            ),
          });
        } else map[word] = status;
      }
      return ok ? map : INVALID;
    },
    toJson() {
      return { type: 'string', description: this.description };
    },
  };
}
