/**
 * What the RAG matrix shows of its model for the UI state: the items left by the status filter, in their
 * groups, the part of them drawn so far, the filter buttons' and the "Showing …" words, and the legend. Pure.
 */
import { type Filters, filterView } from '../../base/filter-view.js';
import type { ViewBase } from '../../base/ik-element.js';
import { drawnPart } from '../../base/progress.js';
import type { LegendEntry } from '../../base/table-parts.js';
import { formatNumber } from '../../core/format.js';
import type { Status } from '../../core/status.js';
import { STATUS, STATUS_ORDER } from '../../core/vocabulary.js';
import type { RagGroupModel, RagModel, RagRowModel } from './rag-matrix.layout.js';

export interface RagUi {
  /** The status whose items alone are shown, or none. */
  filter: Status | undefined;
  drawnRows: number | undefined;
  locale: string;
}

export interface RagView extends ViewBase {
  model: RagModel;
  filter: Status | undefined;
  /** The items shown, in order, across groups (row `r` of the grid is `shown[r]`). */
  shown: readonly RagRowModel[];
  /** The groups with the rows drawn now (a long matrix is drawn in parts). */
  drawnGroups: readonly RagGroupModel[];
  /** How many rows are drawn now. */
  drawnCount: number;
  filters: Filters<Status>;
  legend: readonly LegendEntry[];
}

/** `an amber`, `a green`. */
function withArticle(word: string): string {
  return `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
}

export function viewRagMatrix(model: RagModel, ui: RagUi): RagView {
  const { filter } = ui;
  const n = (k: number) => formatNumber(k, ui.locale, 0);
  const groups = model.groups
    .map((g) => ({ ...g, rows: filter ? g.rows.filter((row) => row.statuses.has(filter)) : g.rows }))
    .filter((g) => g.rows.length > 0);
  const shown = groups.flatMap((g) => g.rows);
  const { drawn, progress } = drawnPart(shown, model.columns.length + 1, ui.drawnRows);
  let budget = drawn.length;
  const drawnGroups = groups
    .map((g) => {
      const rows = g.rows.slice(0, Math.max(0, budget));
      budget -= rows.length;
      return { ...g, rows };
    })
    .filter((g) => g.rows.length > 0);
  return {
    model,
    filter,
    shown,
    drawnGroups,
    drawnCount: drawn.length,
    progress,
    filters: filterView({
      label: 'Show only the items with one status',
      order: STATUS_ORDER,
      counts: model.totals,
      terms: STATUS,
      active: filter,
      shown: filter
        ? `Showing ${n(shown.length)} of ${n(model.rowCount)} items: those with ${withArticle(STATUS[filter].word.toLowerCase())} status`
        : `Showing all ${n(model.rowCount)} items`,
      locale: ui.locale,
    }),
    legend: STATUS_ORDER.map((s) => ({
      look: STATUS[s],
      letter: STATUS[s].letter,
      text: `${STATUS[s].word}: ${STATUS[s].meaning}`,
    })),
  };
}
