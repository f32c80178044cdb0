// Observable Plot drawing the benchmark's sparkline (line + ruleY for the target) as SVG.
import { line, plot, ruleY } from '@observablehq/plot';

export function render(container, kpis) {
  for (const kpi of kpis) {
    const points = kpi.series.map((p, i) => ({ i, value: p.value }));
    const el = document.createElement('span');
    el.className = 'spark';
    el.append(
      plot({
        width: 120,
        height: 32,
        margin: 4,
        axis: null,
        marks: [
          ruleY([kpi.target], { stroke: '#1d70b8', strokeDasharray: '3,3' }),
          line(points, { x: 'i', y: 'value', stroke: '#0b0c0c', strokeWidth: 1.5 }),
        ],
      }),
    );
    container.append(el);
  }
}
