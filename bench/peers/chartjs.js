// Chart.js drawing the benchmark's sparkline (line + target, no animation), with only what a line needs.
import { CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement } from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale);

export function render(container, kpis) {
  for (const kpi of kpis) {
    const el = document.createElement('span');
    el.className = 'spark';
    const canvas = document.createElement('canvas');
    canvas.width = 120;
    canvas.height = 32;
    el.append(canvas);
    container.append(el);
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: kpi.series.map((p) => p.period),
        datasets: [
          {
            data: kpi.series.map((p) => p.value),
            borderColor: '#0b0c0c',
            backgroundColor: '#0b0c0c',
            borderWidth: 1.5,
            pointRadius: 2,
          },
          {
            data: kpi.series.map(() => kpi.target),
            borderColor: '#1d70b8',
            borderWidth: 1,
            borderDash: [3, 3],
            pointRadius: 0,
          },
        ],
      },
      options: {
        animation: false,
        responsive: false,
        events: [],
        scales: { x: { display: false }, y: { display: false } },
      },
    });
  }
}
