// Highcharts drawing the benchmark's sparkline (line with points + dashed target, no animation) as SVG at
// 120 × 32: axes, title, legend, tooltip and credits off, no accessibility module. Highcharts is not free for
// commercial use; the kit only benchmarks against it (a devDependency, never shipped).
import Highcharts from 'highcharts/esm/highcharts.js';

export function render(container, kpis) {
  for (const kpi of kpis) {
    const el = document.createElement('span');
    el.className = 'spark';
    container.append(el);
    Highcharts.chart(el, {
      chart: {
        width: 120,
        height: 32,
        margin: [4, 4, 4, 4],
        animation: false,
        backgroundColor: 'transparent',
      },
      title: { text: undefined },
      credits: { enabled: false },
      legend: { enabled: false },
      tooltip: { enabled: false },
      accessibility: { enabled: false },
      xAxis: { visible: false },
      yAxis: { visible: false, title: { text: undefined } },
      plotOptions: {
        series: { animation: false, enableMouseTracking: false, states: { hover: { enabled: false } } },
      },
      series: [
        {
          type: 'line',
          data: kpi.series.map((p) => p.value),
          color: '#0b0c0c',
          lineWidth: 1.5,
          marker: { enabled: true, radius: 2, symbol: 'circle' },
        },
        {
          type: 'line',
          data: kpi.series.map(() => kpi.target),
          color: '#1d70b8',
          lineWidth: 1,
          dashStyle: 'Dash',
          marker: { enabled: false },
        },
      ],
    });
  }
}
