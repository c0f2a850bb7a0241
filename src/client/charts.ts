// Draws every chart on the page from the JSON the build wrote beside it (ChartSpec), with Chart.js
// registering only the bar and line pieces these charts use (tree-shaken). The key, the axis titles, the
// summary and the table are HTML already; this adds the picture, and arrow keys that read out each value.
import {
  Chart,
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  CategoryScale,
  Tooltip,
  type ChartDataset,
} from 'chart.js';
import type { ChartSpec } from '../lib/charts/spec.ts';
import {
  categoryLabelsPlugin,
  describeValue,
  directLabelsPlugin,
  marksPadding,
  marksPlugin,
  pointLabelsPlugin,
} from './chartPlugins.ts';
import { hatchPattern, readStyle } from './chartStyle.ts';
import { enableChartKeys } from './chartKeys.ts';

Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  CategoryScale,
  Tooltip,
);

/** Chart labels follow the page's text size, so large-text mode (root font-size 125%) enlarges them too. */
function useTextSize(canvas: HTMLCanvasElement): void {
  const style = getComputedStyle(canvas);
  Chart.defaults.font.family = style.fontFamily;
  Chart.defaults.font.size = Math.round(parseFloat(style.fontSize) * 0.85);
  Chart.defaults.color = '#1b1b1b';
}

/** Bars across the page are as thick as a line of chart text and a half, whatever the text size. */
const barThickness = () => Math.round((Chart.defaults.font.size ?? 12) * 1.5);

function datasets(spec: ChartSpec, figure: HTMLElement, ctx: CanvasRenderingContext2D): ChartDataset[] {
  return spec.series.map((series, i) => {
    const style = readStyle(figure.querySelector(`[data-series-index="${i}"]`));
    const fill = style.hatch ? hatchPattern(ctx, style.color) : style.color;
    const line = spec.type === 'line';
    return {
      label: series.label,
      data: series.data,
      borderColor: style.color,
      backgroundColor: fill,
      borderWidth: line ? (series.derived ? 2 : 3) : 2,
      borderDash: style.dash,
      pointStyle: style.point,
      pointRadius: style.point ? 7 : 0,
      pointHoverRadius: style.point ? 9 : 0,
      showLine: line && series.data.length > 1,
      skipNull: true,
      spanGaps: true,
      ...(spec.indexAxis === 'y' && { barThickness: barThickness() }),
    } as ChartDataset;
  });
}

function draw(canvas: HTMLCanvasElement): void {
  const figure = canvas.closest<HTMLElement>('[data-chart]');
  const source = document.getElementById(canvas.dataset.chartSpec ?? '');
  const ctx = canvas.getContext('2d');
  if (!figure || !source?.textContent || !ctx) return;
  const spec = JSON.parse(source.textContent) as ChartSpec;
  const number = new Intl.NumberFormat(spec.locale, { notation: 'compact', maximumFractionDigits: 1 });
  const valueAxis = spec.indexAxis === 'y' ? 'x' : 'y';
  const indexAxis = spec.indexAxis;
  // A time axis is the value axis of floating bars (the timetable) and the index axis of a line chart.
  const time = spec.time;
  const timeTicks = {
    afterBuildTicks: (scale: { ticks: Array<{ value: number }> }) => {
      scale.ticks = (time?.ticks ?? []).map((tick) => ({ value: tick.at }));
    },
    ticks: { callback: (v: number | string) => time?.ticks.find((t) => t.at === Number(v))?.label ?? '' },
  };
  const markStyles = spec.marks.map((_, i) => readStyle(figure.querySelector(`[data-mark-index="${i}"]`)));
  // Room for the first bar's name above it, as tall as the page lays out its hidden copy (ChartRows.astro).
  const labelRoom = () => figure.querySelector<HTMLElement>('[data-chart-label-room]')?.offsetHeight ?? 0;
  useTextSize(canvas);
  const sets = datasets(spec, figure, ctx);
  // Chart.js's first drawing is the costly part: a task of its own, after the reading of styles above.
  setTimeout(() => {
    const chart = new Chart(canvas, {
      type: spec.type,
      data: { labels: spec.categories, datasets: sets },
      options: {
        indexAxis: spec.indexAxis,
        maintainAspectRatio: false,
        // Drawn at once: no motion to distract or to wait for, and less work on slow phones.
        animation: false,
        interaction: { mode: 'nearest', intersect: true },
        layout: {
          padding: () => ({
            top: 8 + marksPadding(Chart.defaults.font.size ?? 12, spec.marks) + labelRoom(),
            right: 24,
          }),
        },
        scales: {
          [valueAxis]: {
            type: 'linear',
            stacked: spec.stacked,
            min: spec.valueAxis.min,
            max: spec.valueAxis.max,
            grid: { color: '#d9dde1' },
            ...(time && spec.type === 'bar'
              ? timeTicks
              : { ticks: { callback: (v: number | string) => number.format(Number(v)), precision: 0 } }),
          },
          [indexAxis]:
            time && spec.type === 'line'
              ? { type: 'linear', min: time.min, max: time.max, grid: { color: '#d9dde1' }, ...timeTicks }
              : { type: 'category', stacked: spec.stacked, grid: { display: false }, display: spec.indexAxis === 'x' },
        },
        plugins: {
          tooltip: {
            callbacks: {
              title: () => '',
              label: (item) => describeValue(spec, item.datasetIndex, item.dataIndex, item.raw),
            },
          },
        },
      },
      plugins: [
        marksPlugin(spec.marks, markStyles),
        ...(spec.directLabels ? [directLabelsPlugin(spec)] : []),
        ...(spec.series.some((s) => s.pointLabel) ? [pointLabelsPlugin(spec)] : []),
        ...(spec.indexAxis === 'y' ? [categoryLabelsPlugin(spec.categories, barThickness)] : []),
      ],
    });
    if (matchMedia('print').matches) chart.resize(PRINT_WIDTH, canvas.parentElement?.clientHeight);
    enableChartKeys(canvas, chart, spec);
    // Drawn: it may print (an undrawn one prints as an empty frame, DataChart.astro leaves it off paper).
    figure.dataset.drawn = '';
    // Redraw the labels at the new size when the reader switches large-text mode on or off.
    new MutationObserver(() => {
      useTextSize(canvas);
      chart.options.font = { ...Chart.defaults.font };
      if (spec.indexAxis === 'y')
        chart.data.datasets.forEach((d) => Object.assign(d, { barThickness: barThickness() }));
      chart.update();
    }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-reading'] });
  }, 0);
}

/** The width of A4's text in CSS px (210 mm less print.css's 15 mm margins): a chart is drawn for it on paper. */
const PRINT_WIDTH = Math.round(((210 - 2 * 15) / 25.4) * 96);

/** Before printing, every chart is drawn again at the printed width and its height on the page, so its labels
 *  are at their size (drawn for the screen and scaled to the sheet, they came out squashed sideways); the print
 *  stylesheet scales the picture evenly to the column (DataChart.astro). After printing, back to the screen's. */
function fitForPrint(printing: boolean): void {
  for (const chart of Object.values(Chart.instances)) {
    const plot = chart.canvas.parentElement;
    if (printing && plot) chart.resize(PRINT_WIDTH, plot.clientHeight);
    else chart.resize();
  }
}
let fitting = false;
function fitChartsForPrint(): void {
  if (fitting) return;
  fitting = true;
  addEventListener('beforeprint', () => fitForPrint(true));
  addEventListener('afterprint', () => fitForPrint(false));
  matchMedia('print').addEventListener('change', (query) => fitForPrint(query.matches));
}

/** Each chart in a task of its own, after the one that loaded Chart.js, so no single task keeps the page busy. */
export function drawCharts(): void {
  fitChartsForPrint();
  document
    .querySelectorAll<HTMLCanvasElement>('canvas[data-chart-spec]')
    .forEach((canvas) => setTimeout(draw, 0, canvas));
}
