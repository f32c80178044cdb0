/**
 * Inspection Kit: `import 'inspection-kit'` defines the four tags (docs/reference.md §1) and gives the
 * element classes, the base element and the shared core. A widget's own entry
 * (`inspection-kit/kpi-sparkline`) defines just it.
 */
import './define.js';

export type {
  IkErrorDetail,
  IkEventDetails,
  IkEventMap,
  IkLoadDetail,
  IkSelectDetail,
  IkSelectDetails,
} from './base/events.js';
export { type Built, IkElement, type Shape, STATES, type WidgetState } from './base/ik-element.js';
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
