import { IkKpiSparkline } from './kpi-sparkline.js';

export type { KpiSelectDetail } from './kpi-sparkline.js';
export { IkKpiSparkline };

if (!customElements.get('ik-kpi-sparkline')) customElements.define('ik-kpi-sparkline', IkKpiSparkline);

declare global {
  interface HTMLElementTagNameMap {
    'ik-kpi-sparkline': IkKpiSparkline;
  }
}
