/**
 * Inspection Kit: the element classes, the base element and the shared core. Importing this module defines
 * no tags; `inspection-kit/define` (or a widget's own entry, e.g. `inspection-kit/kpi-sparkline`) does.
 */
export {
  type Built,
  IkElement,
  type IkErrorDetail,
  type IkLoadDetail,
  type Shape,
  STATES,
  type WidgetState,
} from './base/ik-element.js';
export { TOKENS } from './base/tokens.js';
export {
  type ActionSelectDetail,
  IkDeadlineTimeline,
} from './components/deadline-timeline/deadline-timeline.js';
export { layoutTimeline } from './components/deadline-timeline/deadline-timeline.layout.js';
export { IkJudgementGrid, type JudgementSelectDetail } from './components/judgement-grid/judgement-grid.js';
export { layoutJudgementGrid } from './components/judgement-grid/judgement-grid.layout.js';
export { IkKpiSparkline, type KpiSelectDetail } from './components/kpi-sparkline/kpi-sparkline.js';
export { layoutKpi } from './components/kpi-sparkline/kpi-sparkline.layout.js';
export { IkRagMatrix, type RagSelectDetail } from './components/rag-matrix/rag-matrix.js';
export { layoutRagMatrix } from './components/rag-matrix/rag-matrix.layout.js';
export * from './core/index.js';
