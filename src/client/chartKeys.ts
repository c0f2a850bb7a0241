// The chart from the keyboard: with the chart focused, the arrow keys step through every value the chart
// holds (not the lines worked out from them) and a live region reads each one out as the table writes it,
// with where it is among them ("3 of 46", from the canvas's data-position in the page's language).
import type { Chart } from 'chart.js';
import type { ChartSpec } from '../lib/charts/spec.ts';
import { describeValue } from './chartPlugins.ts';

export function enableChartKeys(canvas: HTMLCanvasElement, chart: Chart, spec: ChartSpec): void {
  const announcer = canvas.closest('[data-chart]')?.querySelector<HTMLElement>('[data-chart-announcer]');
  const stops = chart.data.datasets.flatMap((dataset, datasetIndex) =>
    spec.series[datasetIndex]?.derived
      ? []
      : (dataset.data as unknown[]).flatMap((value, index) => (value === null ? [] : [{ datasetIndex, index }])),
  );
  let current = -1;
  canvas.addEventListener('keydown', (event) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (!step || stops.length === 0) return;
    event.preventDefault();
    current = (current + step + stops.length) % stops.length;
    const stop = stops[current];
    chart.setActiveElements([stop]);
    chart.tooltip?.setActiveElements([stop], { x: 0, y: 0 });
    chart.update();
    const position = (canvas.dataset.position ?? '{i}/{n}')
      .replace('{i}', String(current + 1))
      .replace('{n}', String(stops.length));
    const value = chart.data.datasets[stop.datasetIndex].data[stop.index];
    if (announcer) announcer.textContent = `${describeValue(spec, stop.datasetIndex, stop.index, value)} (${position})`;
  });
}
