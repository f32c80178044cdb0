import { mayDefine } from '../../base/define.js';
import { IkKpiSparkline } from './kpi-sparkline.js';

export type { KpiSelectDetail } from './kpi-sparkline.js';
export { IkKpiSparkline };

if (mayDefine('ik-kpi-sparkline', IkKpiSparkline)) customElements.define('ik-kpi-sparkline', IkKpiSparkline);

declare global {
  interface HTMLElementTagNameMap {
    'ik-kpi-sparkline': IkKpiSparkline;
  }
}
