// Apache ECharts drawing the benchmark's sparkline (line with points + dashed target, no animation) at
// 120 × 32 on a canvas, with only what a line needs registered (echarts/core).
import { LineChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([LineChart, GridComponent, CanvasRenderer]);

export function render(container, kpis) {
  for (const kpi of kpis) {
    const el = document.createElement('span');
    el.className = 'spark';
    container.append(el);
    const chart = init(el, undefined, { width: 120, height: 32 });
    chart.setOption({
      animation: false,
      grid: { left: 4, right: 4, top: 4, bottom: 4 },
      xAxis: { type: 'category', show: false, data: kpi.series.map((p) => p.period) },
      yAxis: { type: 'value', show: false, scale: true },
      series: [
        {
          type: 'line',
          data: kpi.series.map((p) => p.value),
          symbol: 'circle',
          symbolSize: 4,
          silent: true,
          lineStyle: { color: '#0b0c0c', width: 1.5 },
          itemStyle: { color: '#0b0c0c' },
        },
        {
          type: 'line',
          data: kpi.series.map(() => kpi.target),
          symbol: 'none',
          silent: true,
          lineStyle: { color: '#1d70b8', width: 1, type: [3, 3] },
        },
      ],
    });
  }
}
