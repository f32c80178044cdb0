/**
 * What the judgement grid shows of its model for the UI state: the rows left by collapsed parents, the part
 * of them drawn so far, and the legend's words. Pure.
 */
import type { ViewBase } from '../../base/ik-element.js';
import { type DrawnRows, drawnPart } from '../../base/progress.js';
import type { LegendEntry } from '../../base/table-parts.js';
import { listOf, t } from '../../core/i18n/index.js';
import { COMPARISON, gradeLabel, NOT_JUDGED, NOT_VALID, scaleName } from '../../core/vocabulary.js';
import type { GridModel, RowModel } from './judgement-grid.layout.js';

export interface GridUi {
  /** Keys of collapsed rows. */
  collapsed: ReadonlySet<string>;
  drawnRows: DrawnRows;
  locale: string;
}

export interface GridView extends ViewBase {
  model: GridModel;
  /** The rows shown: those not under a collapsed row. */
  shown: readonly RowModel[];
  /** The rows drawn now (a national grid is drawn in parts). */
  drawn: readonly RowModel[];
  collapsed: ReadonlySet<string>;
  legend: readonly LegendEntry[];
  legendLabel: string;
  caption: string;
  /** One line a sighted reader takes in at a glance: `33 judgements: 10 inadequate, 17 adequate, 6 good; 9 not judged`. */
  summary: string;
}

function visibleRows(rows: readonly RowModel[], collapsed: ReadonlySet<string>): readonly RowModel[] {
  if (collapsed.size === 0) return rows;
  const hidden = new Set<string>();
  return rows.filter((row) => {
    if (row.parentKey !== undefined && (hidden.has(row.parentKey) || collapsed.has(row.parentKey))) {
      hidden.add(row.key);
      return false;
    }
    return true;
  });
}

export function viewJudgementGrid(model: GridModel, ui: GridUi): GridView {
  const { shown, drawn, progress } = drawnPart(
    visibleRows(model.rows, ui.collapsed),
    model.columns.length + 1,
    ui.drawnRows,
  );
  const l = ui.locale;
  const count = (n: number) => t(l, 'grid.judgements', { count: n });
  // A grid of judgements in words alone (Estyn's) has no grades to key.
  const wordsOnly = model.narrative > 0 && model.legend.every((e) => e.count === 0);
  const legend: LegendEntry[] = [
    ...(wordsOnly
      ? []
      : model.legend.map((entry) => ({ look: entry.look, text: entry.text, count: count(entry.count) }))),
    ...(model.narrative ? [{ text: t(l, 'grid.inWordsKey'), count: count(model.narrative) }] : []),
    { look: NOT_JUDGED, text: t(l, 'grid.notJudged'), count: count(model.notJudged) },
    ...(model.invalid ? [{ look: NOT_VALID, text: t(l, 'grid.notValid'), count: count(model.invalid) }] : []),
    ...(model.compare
      ? [
          {
            symbol: Object.values(COMPARISON)
              .map((c) => c.arrow)
              .join(' '),
            text: t(l, 'grid.compareKey'),
          },
          ...(model.notComparable
            ? [{ text: t(l, 'grid.notComparable'), count: count(model.notComparable) }]
            : []),
        ]
      : []),
  ];
  // The scales named are those with grades; a grid of judgements in words alone names none, as it uses none.
  const names = listOf(
    l,
    model.scales
      .filter((s) => s.grades.length > 0)
      .map((s) => t(l, 'grid.theScale', { scale: scaleName(s, l) })),
    'and',
  );
  const graded = !wordsOnly && names !== '';
  return {
    model,
    summary: summaryOf(model, ui.locale),
    shown,
    drawn,
    progress,
    collapsed: ui.collapsed,
    legend,
    legendLabel: graded ? t(l, 'grid.keyTo', { scales: names }) : t(l, 'grid.keyToJudgements'),
    caption: graded ? t(l, 'grid.captionScales', { scales: names }) : t(l, 'grid.captionWords'),
  };
}

/**
 * `33 judgements: 10 inadequate, 17 adequate, 6 good; 9 not judged`: the judgements of every row (collapsed
 * or not) by grade, from the lowest grade up (as the reader scans for problems first), zeros left out; a
 * state of the scale (`2 not rated`) after them. Grades of two scales with one word are counted together.
 */
export function summaryOf(model: GridModel, locale: string): string {
  const byWord = new Map<string, number>();
  const states = new Map<string, number>();
  let judged = 0;
  for (const s of model.scales) {
    const entries = model.legend.filter(
      (e) =>
        e.count > 0 &&
        (s.grades.some((g) => g === e.grade) ||
          (e.state !== undefined && s.states?.some((t) => t.label === e.state))),
    );
    for (const e of [...entries].reverse()) {
      const word = gradeLabel(e.grade?.label ?? e.state ?? e.text, locale).toLowerCase();
      const into = e.grade ? byWord : states;
      if (e.grade) judged += e.count;
      into.set(word, (into.get(word) ?? 0) + e.count);
    }
  }
  const grades = [...byWord].map(([word, count]) => t(locale, 'grid.count', { count, word }));
  const rest = [
    ...[...states].map(([word, count]) => t(locale, 'grid.count', { count, word })),
    ...(model.narrative && judged ? [t(locale, 'grid.inWords', { count: model.narrative })] : []),
    ...(model.notJudged ? [t(locale, 'grid.notJudgedCount', { count: model.notJudged })] : []),
    ...(model.invalid ? [t(locale, 'grid.notValidCount', { count: model.invalid })] : []),
  ];
  const judgements = t(locale, 'grid.judgements', { count: judged });
  // Judgements in words alone (Estyn's) are counted as such, not as "0 judgements".
  const head =
    judged === 0 && model.narrative
      ? t(locale, 'grid.judgementsInWords', { count: model.narrative })
      : `${judgements}${grades.length ? `: ${grades.join(', ')}` : ''}`;
  return rest.length ? `${head}; ${rest.join(', ')}` : head;
}
