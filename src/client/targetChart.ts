// Draws target charts with Chart.js, registering only the pieces a line chart needs (tree-shaken).
// Patterns and point shapes, not colour alone, tell the series apart; motion honours reduced-motion;
// the arrow keys step through the points and announce each one.
import { Chart, LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip } from 'chart.js';
import type { ChartData, SeriesKind } from '../lib/targets/chartData.ts';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);

const STYLE: Record<SeriesKind, { color: string; dash: number[]; point: 'rectRot' | 'circle' | 'triangle' }> = {
  target: { color: '#9e1b1b', dash: [8, 4], point: 'rectRot' },
  figure: { color: '#0b4f9c', dash: [], point: 'circle' },
  benchmark: { color: '#4a4a4a', dash: [2, 3], point: 'triangle' },
};

type Payload = ChartData & { locale: string };

/** Chart labels follow the page's text size, so large-text mode (root font-size 125%) enlarges them too. */
function useTextSize(canvas: HTMLCanvasElement): void {
  const style = getComputedStyle(canvas);
  Chart.defaults.font.family = style.fontFamily;
  Chart.defaults.font.size = Math.round(parseFloat(style.fontSize) * 0.85);
}

function draw(canvas: HTMLCanvasElement): void {
  const source = document.getElementById(canvas.dataset.targetChart ?? '');
  if (!source?.textContent) return;
  const data = JSON.parse(source.textContent) as Payload;
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const number = new Intl.NumberFormat(data.locale, { notation: 'compact', maximumFractionDigits: 2 });
  useTextSize(canvas);
  const chart = new Chart(canvas, {
    type: 'line',
    data: {
      labels: data.labels,
      datasets: data.series.map((s) => ({
        label: s.label,
        data: s.values,
        borderColor: STYLE[s.kind].color,
        backgroundColor: STYLE[s.kind].color,
        borderDash: STYLE[s.kind].dash,
        pointStyle: STYLE[s.kind].point,
        pointRadius: 6,
        spanGaps: true,
      })),
    },
    options: {
      maintainAspectRatio: false,
      animation: reduceMotion ? false : { duration: 400 },
      scales: { y: { beginAtZero: true, ticks: { callback: (v) => number.format(Number(v)) } } },
      plugins: {
        legend: { labels: { usePointStyle: true } },
        tooltip: { callbacks: { label: (item) => data.points.find((p) => p.seriesLabel === item.dataset.label && p.when === item.label)?.display ?? '' } },
      },
    },
  });
  enableKeyboard(canvas, chart, data);
  // Redraw the labels at the new size when the reader switches large-text mode on or off.
  new MutationObserver(() => {
    useTextSize(canvas);
    chart.options.font = { ...Chart.defaults.font };
    chart.update();
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-reading'] });
}

function enableKeyboard(canvas: HTMLCanvasElement, chart: Chart, data: Payload): void {
  const announcer = canvas.closest('figure')?.querySelector<HTMLElement>('[data-chart-announcer]');
  const stops = chart.data.datasets.flatMap((dataset, datasetIndex) =>
    (dataset.data as Array<number | null>).flatMap((value, index) => (value === null ? [] : [{ datasetIndex, index }])),
  );
  let current = -1;
  canvas.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    current = (current + (event.key === 'ArrowRight' ? 1 : stops.length - 1)) % stops.length;
    const stop = stops[current];
    chart.setActiveElements([stop]);
    chart.tooltip?.setActiveElements([stop], { x: 0, y: 0 });
    chart.update();
    const label = chart.data.datasets[stop.datasetIndex].label;
    const when = data.labels[stop.index];
    const point = data.points.find((p) => p.seriesLabel === label && p.when === when);
    if (announcer && point) announcer.textContent = `${point.seriesLabel}, ${point.when}: ${point.display}`;
  });
}

export function drawTargetCharts(): void {
  document.querySelectorAll<HTMLCanvasElement>('canvas[data-target-chart]').forEach(draw);
}
