// uPlot drawing the benchmark's sparkline (line + target) at 120 × 32.
import uPlot from 'uplot';

export function render(container, kpis) {
  const xs = kpis[0] ? kpis[0].series.map((_, i) => i) : [];
  for (const kpi of kpis) {
    const el = document.createElement('span');
    el.className = 'spark';
    container.append(el);
    new uPlot(
      {
        width: 120,
        height: 32,
        legend: { show: false },
        cursor: { show: false },
        select: { show: false },
        padding: [4, 4, 4, 4],
        scales: { x: { time: false } },
        axes: [{ show: false }, { show: false }],
        series: [
          {},
          { stroke: '#0b0c0c', width: 1.5, points: { show: true, size: 4 } },
          { stroke: '#1d70b8', width: 1, dash: [3, 3], points: { show: false } },
        ],
      },
      [xs, kpi.series.map((p) => p.value), kpi.series.map(() => kpi.target)],
      el,
    );
  }
}
