/**
 * The kit's widgets, in one place: each tag's name and its element class. Importing this defines every tag
 * (each component's define.ts does so on import). The embed page, the playground and `define.ts` read the
 * widgets and their attributes from here and from each class's option specs, so a new widget is added here
 * once.
 */
import { IkDeadlineTimeline } from './components/deadline-timeline/define.js';
import { IkJudgementGrid } from './components/judgement-grid/define.js';
import { IkKpiSparkline } from './components/kpi-sparkline/define.js';
import { IkRagMatrix } from './components/rag-matrix/define.js';

/** Each widget by its name without the `ik-` prefix, with the words a page shows for it. */
export const WIDGETS = {
  'judgement-grid': { element: IkJudgementGrid, label: 'Judgement grid' },
  'rag-matrix': { element: IkRagMatrix, label: 'RAG matrix' },
  'kpi-sparkline': { element: IkKpiSparkline, label: 'KPI sparkline' },
  'deadline-timeline': { element: IkDeadlineTimeline, label: 'Deadline timeline' },
} as const;

export type WidgetName = keyof typeof WIDGETS;

export const WIDGET_NAMES = Object.keys(WIDGETS) as WidgetName[];

export function isWidgetName(name: string): name is WidgetName {
  return Object.hasOwn(WIDGETS, name);
}

/** A widget's attributes, as its option specs declare them (`format`, `select`, `scale`, `group-by`…). */
export function widgetAttributes(name: WidgetName): string[] {
  return Object.values(WIDGETS[name].element.optionSpecs).map((spec) => spec.attribute);
}
