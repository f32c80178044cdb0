/**
 * The RAG matrix's layout: valid data → groups of rows, each cell's status (from a status word, a rating
 * mapped through `map`, or a value against its target), and the counts per column. Pure.
 */

import type { CellDetail, TableCell } from '../../base/table-cell.js';
import { type ExportTable, fileName, periodPart, tableCell } from '../../core/export/table.js';
import { formatValue, SEPARATOR } from '../../core/format.js';
import { t } from '../../core/i18n/index.js';
import { readLink, readSource } from '../../core/links.js';
import { parsePeriod } from '../../core/periods.js';
import {
  checkDuplicateIds,
  joinIndex,
  joinKey,
  memo,
  type Problem,
  said,
  saidOf,
} from '../../core/problems.js';
import { sourcePath } from '../../core/schema.js';
import { checkColumnKeys } from '../../core/shapes/common.js';
import type { RagCell, RagMatrixData } from '../../core/shapes/rag.js';
import { ratingMap, readStatus, STATUSES, type Status, statusFromTarget } from '../../core/status.js';
import { NOT_VALID, STATUS, STATUS_ORDER, statusLetter, statusWord } from '../../core/vocabulary.js';

/** A cell: what the table draws (TableCell: mark, letter, `Amber`, `No entry`, `Not valid`) and what it means. */
export interface RagCellModel extends TableCell {
  kind: 'status' | 'none' | 'invalid';
  status?: Status;
  /** The rating word as the data wrote it (`Satisfactory`). */
  rating?: string;
  /** For value + target cells: `73% against a target of 80%`. */
  measure?: string;
  value?: number;
  target?: number;
  raw?: string;
  note?: string;
  href?: string;
  unsafeHref?: string;
  path: string;
}

export interface RagRowModel {
  key: string;
  id?: string;
  label: string;
  group?: string;
  cells: RagCellModel[];
  /** The statuses in the row, for filtering. */
  statuses: Set<Status>;
}

export interface RagGroupModel {
  label?: string;
  rows: RagRowModel[];
}

export interface RagColumnModel {
  id: string;
  label: string;
  counts: Record<Status, number>;
  invalid: number;
  /** `3 green · 2 amber · 1 grey`. */
  summary: string;
}

export interface RagModel {
  title?: string;
  source?: { label: string; href?: string };
  columns: RagColumnModel[];
  groups: RagGroupModel[];
  rowCount: number;
  /** Counts over the whole matrix, for the filter buttons. */
  totals: Record<Status, number>;
}

function zero(): Record<Status, number> {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
}

/** `3 green · 2 amber · 1 grey · 1 not valid` (zeros left out; `no entries` when empty). */
export function countWords(counts: Record<Status, number>, invalid: number, locale?: string): string {
  const words = [
    ...STATUS_ORDER.filter((s) => counts[s] > 0).map((s) =>
      t(locale, 'rag.count', { count: counts[s], status: statusWord(s, locale).toLowerCase() }),
    ),
    ...(invalid > 0 ? [t(locale, 'rag.notValidCount', { count: invalid })] : []),
  ].join(SEPARATOR);
  return words || t(locale, 'rag.noEntries');
}

export function layoutRagMatrix(
  data: RagMatrixData,
  path: string,
  opts: { locale?: string; map?: Readonly<Record<string, Status>> | undefined } = {},
): { model: RagModel; problems: Problem[] } {
  const problems: Problem[] = [];
  // The `map` attribute (for CSV and pasted tables) over the data's map, over the defaults.
  const map = ratingMap({ ...data.map, ...opts.map });
  const columnIds = new Set(data.columns.map((c) => c.id));
  const columns = data.columns.map((c) => ({
    id: c.id,
    label: c.label,
    counts: zero(),
    invalid: 0,
    summary: '',
  }));
  const totals = zero();

  const statusOf = memo((word: string) => readStatus(word, map));
  const ratingOf = memo((word: string) => readStatus(word, map, 'rating'));
  const readCell = (cell: RagCell | undefined, cellPath: string): RagCellModel =>
    show(meaning(cell, cellPath), opts.locale);
  type Meaning = Omit<RagCellModel, 'text'>;
  const meaning = (cell: RagCell | undefined, cellPath: string): Meaning => {
    if (cell === undefined) return { kind: 'none', path: cellPath };
    if (typeof cell === 'string') {
      const r = statusOf(cell);
      if (r.kind === 'status')
        return {
          kind: 'status',
          status: r.status,
          path: cellPath,
          ...(r.rating ? { rating: r.rating } : {}),
        };
      problems.push({ path: cellPath, ...saidOf(r) });
      return { kind: 'invalid', raw: cell, path: cellPath };
    }
    const extra: Partial<Meaning> = {};
    if (cell.note !== undefined) extra.note = cell.note;
    Object.assign(extra, readLink(cell.href, joinKey(cellPath, 'href'), problems));
    if (cell.value !== undefined) {
      extra.value = cell.value;
      if (cell.target !== undefined) {
        extra.target = cell.target;
        extra.measure = t(opts.locale, 'rag.measure', {
          value: formatValue(cell.value, undefined, opts.locale),
          target: formatValue(cell.target, undefined, opts.locale),
        });
      } else extra.measure = formatValue(cell.value, undefined, opts.locale);
    }
    const word = cell.status ?? cell.rating;
    if (word !== undefined) {
      const r = cell.status !== undefined ? statusOf(word) : ratingOf(word);
      const at = joinKey(cellPath, cell.status !== undefined ? 'status' : 'rating');
      if (r.kind === 'invalid') {
        problems.push({ path: at, ...saidOf(r) });
        return { kind: 'invalid', raw: word, path: cellPath, ...extra };
      }
      const rating = cell.status !== undefined && cell.rating !== undefined ? cell.rating : r.rating;
      return { kind: 'status', status: r.status, path: cellPath, ...extra, ...(rating ? { rating } : {}) };
    }
    // No polarity means no judgement, as for a KPI (reference §5.3): 73 against 80 is red only if higher is
    // better, and the data must say so.
    if (cell.value !== undefined && cell.target !== undefined && cell.polarity !== undefined) {
      const status = statusFromTarget(cell.value, cell.target, cell.polarity, cell.tolerance ?? 0);
      if (status) return { kind: 'status', status, path: cellPath, ...extra };
    }
    const key =
      cell.value === undefined
        ? 'layout.rag.noStatus'
        : cell.target === undefined
          ? 'layout.rag.noTarget'
          : cell.polarity === undefined
            ? 'layout.rag.noPolarity'
            : 'layout.rag.polarityNone';
    problems.push({ path: cellPath, ...said((l) => t(l, key)) });
    return { kind: 'invalid', path: cellPath, ...extra };
  };

  const groups: RagGroupModel[] = [];
  const byGroup = new Map<string, RagGroupModel>();
  let rowCount = 0;
  for (const row of data.rows) {
    const rowPath = sourcePath(row);
    const cellsPath = joinKey(rowPath, 'cells');
    checkColumnKeys(row.cells, columnIds, cellsPath, problems);
    const cells = data.columns.map((c, i) => {
      const cell = readCell(row.cells[c.id], joinKey(cellsPath, c.id));
      const column = columns[i]!;
      if (cell.status) {
        column.counts[cell.status]++;
        totals[cell.status]++;
      } else if (cell.kind === 'invalid') column.invalid++;
      return cell;
    });
    const groupKey = row.group ?? '';
    let group = byGroup.get(groupKey);
    if (!group) {
      group = row.group === undefined ? { rows: [] } : { label: row.group, rows: [] };
      byGroup.set(groupKey, group);
      groups.push(group);
    }
    group.rows.push({
      key: rowPath || `row-${rowCount}`,
      label: row.label,
      cells,
      statuses: new Set(cells.flatMap((c) => (c.status ? [c.status] : []))),
      ...(row.id === undefined ? {} : { id: row.id }),
      ...(row.group === undefined ? {} : { group: row.group }),
    });
    rowCount++;
  }
  for (const c of columns) c.summary = countWords(c.counts, c.invalid, opts.locale);
  checkDuplicateIds(
    data.columns.map((c, i) => ({ id: c.id, path: joinIndex(joinKey(path, 'columns'), i), name: c.label })),
    problems,
  );
  checkDuplicateIds(
    groups.flatMap((g) => g.rows).map((r) => ({ id: r.id, path: r.key, name: r.label })),
    problems,
  );
  const source = readSource(data.source, path, problems);
  return {
    model: {
      ...(data.title === undefined ? {} : { title: data.title }),
      ...(source ? { source } : {}),
      columns,
      groups,
      rowCount,
      totals,
    },
    problems,
  };
}

/** A cell's mark, letter, words and the lines under them, from what it means. */
function show(cell: Omit<RagCellModel, 'text'>, locale: string | undefined): RagCellModel {
  const details: CellDetail[] = [];
  if (cell.rating) details.push({ className: 'rating', text: cell.rating });
  if (cell.measure) details.push({ className: 'measure', text: cell.measure });
  const shown: RagCellModel = {
    ...cell,
    text: t(locale, 'rag.noEntry'),
    ...(details.length ? { details } : {}),
  };
  if (cell.status) {
    const terms = STATUS[cell.status];
    return {
      ...shown,
      look: { shape: terms.shape, tone: terms.tone },
      letter: statusLetter(cell.status, locale),
      text: statusWord(cell.status, locale),
    };
  }
  return cell.kind === 'invalid' ? { ...shown, look: NOT_VALID, text: t(locale, 'rag.notValid') } : shown;
}

/** The words for a cell, as a screen reader hears it and ik-select reports it: `Amber (Satisfactory)`. */
export function cellWords(cell: RagCellModel): string {
  return `${cell.text}${cell.status && cell.rating ? ` (${cell.rating})` : ''}`;
}

/**
 * What the matrix exports (core/export/table.ts): the items the status filter leaves, a `Group` column when
 * items are grouped, and each cell's status word with its rating or measure. The per-column counts are not
 * data rows and are left out. Named by the title and the last column, when that is a date or period.
 */
export function exportRag(
  model: RagModel,
  shown: readonly RagRowModel[],
  summary: string,
  corner: string,
  locale?: string,
): ExportTable {
  const grouped = shown.some((r) => r.group !== undefined);
  const last = model.columns.at(-1);
  const dated = last && [last.id, last.label].find((p) => parsePeriod(p).ok);
  return {
    name: fileName([model.title, periodPart(dated)], 'statuses'),
    ...(model.title ? { title: model.title } : {}),
    ...(model.source ? { source: model.source.label } : {}),
    ...(last && dated ? { asOf: t(locale, 'export.asOf', { date: last.label }) } : {}),
    summary,
    columns: [corner, ...(grouped ? [t(locale, 'export.group')] : []), ...model.columns.map((c) => c.label)],
    rows: shown.map((r) => [r.label, ...(grouped ? [r.group ?? ''] : []), ...r.cells.map(tableCell)]),
    legend: STATUS_ORDER.map((s) => ({
      look: STATUS[s],
      letter: statusLetter(s, locale),
      text: statusWord(s, locale),
    })),
  };
}
