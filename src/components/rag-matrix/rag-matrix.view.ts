/**
 * What the RAG matrix shows of its model for the UI state: the items left by the status filter, in their
 * groups, the part of them drawn so far, the filter buttons' and the "Showing …" words, and the legend. Pure.
 */
import { type Filters, filterView, shownLine } from '../../base/filter-view.js';
import type { ViewBase } from '../../base/ik-element.js';
import { type DrawnRows, drawnPart } from '../../base/progress.js';
import type { LegendEntry } from '../../base/table-parts.js';
import { t } from '../../core/i18n/index.js';
import type { Status } from '../../core/status.js';
import { STATUSES } from '../../core/status.js';
import { STATUS, STATUS_ORDER, statusLetter, statusMeaning, statusWord } from '../../core/vocabulary.js';
import type { RagGroupModel, RagModel, RagRowModel } from './rag-matrix.layout.js';

export interface RagUi {
  /** The status whose items alone are shown, or none. */
  filter: Status | undefined;
  drawnRows: DrawnRows;
  locale: string;
}

/**
 * A row of the grid as drawn, in order (row `r` of the grid navigation is `lines[r]`): a group's header row,
 * or an item. Both are in the keyboard's reach, so that arrow keys land on a group's name as well.
 */
export type RagLine =
  | { kind: 'group'; key: string; label: string; position: number; siblings: number }
  | { kind: 'item'; key: string; row: RagRowModel; level: 1 | 2; position: number; siblings: number };

export interface RagView extends ViewBase {
  model: RagModel;
  filter: Status | undefined;
  /** The items shown, in order, across groups (row `r` of the grid is `shown[r]`). */
  shown: readonly RagRowModel[];
  /** The groups with the rows drawn now (a long matrix is drawn in parts). */
  drawnGroups: readonly RagGroupModel[];
  /** How many items are drawn now. */
  drawnCount: number;
  /** The grid's rows drawn now, group header rows among them. */
  lines: readonly RagLine[];
  /** Whether any item is in a named group: the grid is then a tree of two levels. */
  tree: boolean;
  filters: Filters<Status>;
  /** `23 items by latest status: 11 green, 10 amber, 2 grey`. */
  summary: string;
  legend: readonly LegendEntry[];
}

export function viewRagMatrix(model: RagModel, ui: RagUi): RagView {
  const { filter } = ui;
  const groups = model.groups
    .map((g) => ({ ...g, rows: filter ? g.rows.filter((row) => row.statuses.has(filter)) : g.rows }))
    .filter((g) => g.rows.length > 0);
  const { shown, drawn, progress } = drawnPart(
    groups.flatMap((g) => g.rows),
    model.columns.length + 1,
    ui.drawnRows,
  );
  let budget = drawn.length;
  const drawnGroups = groups
    .map((g) => {
      const rows = g.rows.slice(0, Math.max(0, budget));
      budget -= rows.length;
      return { ...g, rows };
    })
    .filter((g) => g.rows.length > 0);
  const tree = groups.some((g) => g.label !== undefined);
  const named = groups.filter((g) => g.label !== undefined);
  const lines: RagLine[] = [];
  for (const g of drawnGroups) {
    const full = groups.find((f) => f.label === g.label)!;
    if (g.label !== undefined) {
      lines.push({
        kind: 'group',
        key: `group:${g.label}`,
        label: g.label,
        position: named.findIndex((f) => f.label === g.label) + 1,
        siblings: named.length,
      });
    }
    for (const [i, row] of g.rows.entries()) {
      lines.push({
        kind: 'item',
        key: row.key,
        row,
        level: g.label === undefined ? 1 : 2,
        position: i + 1,
        siblings: full.rows.length,
      });
    }
  }
  return {
    model,
    filter,
    shown,
    drawnGroups,
    drawnCount: drawn.length,
    lines,
    tree,
    progress,
    summary: summaryOf(shown, model.rowCount, filter !== undefined, ui.locale),
    filters: filterView({
      label: t(ui.locale, 'rag.filters'),
      order: STATUS_ORDER,
      // What each button shows: the items with that status somewhere in their row (not the cells).
      counts: itemCounts(model),
      terms: STATUS,
      word: (s) => statusWord(s, ui.locale),
      active: filter,
      total: model.rowCount,
      shown: shownLine({
        shown: shown.length,
        total: model.rowCount,
        noun: [t(ui.locale, 'rag.item'), t(ui.locale, 'rag.items')],
        ...(filter ? { which: t(ui.locale, `rag.with.${filter}`) } : {}),
        locale: ui.locale,
      }),
      locale: ui.locale,
    }),
    legend: STATUS_ORDER.map((s) => ({
      look: STATUS[s],
      letter: statusLetter(s, ui.locale),
      text: t(ui.locale, 'rag.legend', {
        word: statusWord(s, ui.locale),
        meaning: statusMeaning(s, ui.locale),
      }),
    })),
  };
}

/** How many items have each status in some cell: what the status's filter button shows. */
export function itemCounts(model: RagModel): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const g of model.groups) for (const row of g.rows) for (const s of row.statuses) counts[s]++;
  return counts;
}

/** An item's status in the last column that gives it one. */
function latestStatus(row: RagRowModel): Status | undefined {
  for (let i = row.cells.length - 1; i >= 0; i--) {
    const status = row.cells[i]!.status;
    if (status) return status;
  }
  return undefined;
}

/**
 * `23 items by latest status: 11 green, 10 amber, 2 grey`: the items shown (all, or those the filter leaves)
 * by the status of their last column with one, zeros left out.
 */
export function summaryOf(
  shown: readonly RagRowModel[],
  total: number,
  filtered: boolean,
  locale: string,
): string {
  const counts = new Map<Status | undefined, number>();
  for (const row of shown) {
    const s = latestStatus(row);
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const parts = [
    ...STATUS_ORDER.filter((s) => counts.get(s)).map((s) =>
      t(locale, 'rag.count', { count: counts.get(s)!, status: statusWord(s, locale).toLowerCase() }),
    ),
    ...(counts.get(undefined) ? [t(locale, 'rag.noStatus', { count: counts.get(undefined)! })] : []),
  ];
  const items = t(locale, 'rag.itemCount', { count: shown.length });
  const head = filtered
    ? t(locale, 'rag.byStatusShown', { items, total })
    : t(locale, 'rag.byStatus', { items });
  return parts.length ? `${head}: ${parts.join(', ')}` : head;
}
