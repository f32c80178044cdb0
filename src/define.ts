/**
 * Defines every Inspection Kit tag. This is the entry of the single-file bundle `dist/inspection-kit.js`,
 * and `import 'inspection-kit/define'` for developers.
 */
import './components/judgement-grid/define.js';
import './components/rag-matrix/define.js';
import './components/kpi-sparkline/define.js';
import './components/deadline-timeline/define.js';
