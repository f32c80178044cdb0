import { defineWidget } from '../../base/define.js';
import { IkKpiSparkline } from './kpi-sparkline.js';

export type { KpiSelectDetail } from './kpi-sparkline.js';
export { IkKpiSparkline };

defineWidget('ik-kpi-sparkline', IkKpiSparkline);

declare global {
  interface HTMLElementTagNameMap {
    'ik-kpi-sparkline': IkKpiSparkline;
  }
}
