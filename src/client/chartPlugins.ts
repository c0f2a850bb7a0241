// Drawing that Chart.js leaves to plugins: lines across the chart for today, the end of the period, a
// deadline or a target, each labelled where it is drawn; and the values written on the bars.
import type { Chart, Plugin } from 'chart.js';
import type { ChartMark, ChartSpec } from '../lib/charts/spec.ts';
import { formatValue } from '../lib/charts/valueFormat.ts';
import { labelsThatFit, type LabelBox, type Obstacle } from '../lib/charts/labelPlacement.ts';
import type { SeriesStyle } from './chartStyle.ts';

const font = (chart: Chart, weight = 'normal') =>
  `${weight} ${chart.options.font?.size ?? 12}px ${chart.options.font?.family ?? 'sans-serif'}`;

const fontOfSize = (chart: Chart, weight: string, size: number) =>
  `${weight} ${Math.floor(size)}px ${chart.options.font?.family ?? 'sans-serif'}`;

/** Where a label goes: its box, kept inside the canvas. */
function labelBox(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, align: CanvasTextAlign): LabelBox {
  const width = ctx.measureText(text).width;
  const height = parseFloat(ctx.font.split(' ')[1]) * 1.3;
  const wanted = align === 'center' ? x - width / 2 : align === 'right' || align === 'end' ? x - width : x;
  const left = Math.max(3, Math.min(wanted, ctx.canvas.clientWidth - width - 3));
  return { left: left - 3, top: y - height / 2, width: width + 6, height };
}

/** A label with a white box behind it, so it stays readable over lines and hatching; kept inside the canvas. */
function boxedText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, align: CanvasTextAlign) {
  const box = labelBox(ctx, text, x, y, align);
  // Opaque: a line showing through (a reviewer read the timetable's phase names as struck through) is worse.
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(box.left, box.top, box.width, box.height);
  ctx.fillStyle = '#1b1b1b';
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.fillText(text, box.left + 3, y);
}

/**
 * Lines for today, the end of the period and a deadline, labelled in the space kept at the top of the canvas
 * (never over the data), one row each; a target is a line across, named in the key.
 */
export function marksPlugin(marks: ChartMark[], styles: SeriesStyle[]): Plugin {
  return {
    id: 'marks',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea: area } = chart;
      let row = 0;
      marks.forEach((mark, i) => {
        const style = styles[i];
        const scale = chart.scales[mark.axis];
        const at = scale.getPixelForValue(mark.at);
        ctx.save();
        ctx.strokeStyle = style.color;
        ctx.lineWidth = 2;
        ctx.setLineDash(style.dash);
        ctx.beginPath();
        if (mark.axis === 'x') {
          ctx.moveTo(at, area.top - 4);
          ctx.lineTo(at, area.bottom);
        } else {
          ctx.moveTo(area.left, at);
          ctx.lineTo(area.right, at);
        }
        ctx.stroke();
        if (mark.axis === 'x') {
          ctx.font = font(chart, '600');
          // A label wider than the canvas (large text on a phone) is set smaller until it fits, never cut off.
          const room = ctx.canvas.clientWidth - 12;
          const width = ctx.measureText(mark.label).width;
          if (width > room) ctx.font = fontOfSize(chart, '600', ((chart.options.font?.size ?? 12) * room) / width);
          const rightHalf = at > (area.left + area.right) / 2;
          const lineHeight = (chart.options.font?.size ?? 12) * 1.5;
          boxedText(ctx, mark.label, at, 4 + lineHeight * (row + 0.5), rightHalf ? 'right' : 'left');
          row += 1;
        }
        ctx.restore();
      });
    },
  };
}

/** Room at the top of the canvas for the labels of the lines across the time axis. */
export function marksPadding(chartFontSize: number, marks: ChartMark[]): number {
  return 8 + marks.filter((m) => m.axis === 'x').length * chartFontSize * 1.5;
}

/** A label broken into lines no wider than `width`: at spaces, or between any two characters of Chinese. */
function wrapToWidth(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const spaced = /\s/.test(text);
  const pieces = spaced ? text.split(/\s+/) : [...text];
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const next = line ? `${line}${spaced ? ' ' : ''}${piece}` : piece;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = piece;
    } else line = next;
  }
  return [...lines, line];
}

/**
 * Bars across the page name their category above the bar, over the whole width, so long names (the English
 * names of units) take one or two lines instead of a narrow column beside the bars.
 */
export function categoryLabelsPlugin(categories: string[], barThickness: () => number): Plugin {
  return {
    id: 'categoryLabels',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea: area } = chart;
      const size = chart.options.font?.size ?? 12;
      const lineHeight = size * 1.3;
      ctx.save();
      ctx.font = font(chart);
      categories.forEach((label, i) => {
        const lines = wrapToWidth(ctx, label, area.right - area.left - 6);
        const bottom = chart.scales.y.getPixelForValue(i) - barThickness() / 2 - 2;
        lines.forEach((line, k) =>
          boxedText(ctx, line, area.left + 3, bottom - (lines.length - k - 0.5) * lineHeight, 'left'),
        );
      });
      ctx.restore();
    },
  };
}

/** Each bar's value at its end (or, in a stacked bar, inside its segment when it fits, else after the bar). */
export function directLabelsPlugin(spec: ChartSpec): Plugin {
  return {
    id: 'directLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const horizontal = spec.indexAxis === 'y';
      // Numbers as the table writes them: 1708 in Chinese, 1,708 in English.
      const grouping = spec.format.kind === 'number' && spec.format.grouping;
      ctx.save();
      ctx.font = font(chart, '600');
      // Segments of a stacked bar across the page too short for their number: written after the bar's end
      // instead, each behind a swatch of its segment's colour, so no bar goes without its numbers.
      const beyond = new Map<number, { y: number; end: number; labels: Array<{ text: string; fill: unknown }> }>();
      chart.data.datasets.forEach((dataset, d) => {
        const meta = chart.getDatasetMeta(d);
        if (meta.hidden) return;
        meta.data.forEach((bar, i) => {
          const value = dataset.data[i];
          if (typeof value !== 'number' || value === 0) return;
          const text = new Intl.NumberFormat(spec.locale, { useGrouping: grouping }).format(value);
          const { x, y, base } = bar.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
          if (spec.stacked) {
            const length = Math.abs((horizontal ? x : y) - base);
            if (horizontal) {
              const row = beyond.get(i) ?? { y, end: x, labels: [] };
              row.end = Math.max(row.end, x);
              beyond.set(i, row);
              if (length < ctx.measureText(text).width + 10)
                return void row.labels.push({ text, fill: dataset.backgroundColor });
            } else if (length < ctx.measureText(text).width + 10) return;
            const middle = (horizontal ? x : y) - (horizontal ? 1 : -1) * (length / 2);
            boxedText(ctx, text, horizontal ? middle : x, horizontal ? y : middle, 'center');
          } else if (horizontal) boxedText(ctx, text, x + 6, y, 'left');
          else boxedText(ctx, text, x, y - 12, 'center');
        });
      });
      const swatch = (chart.options.font?.size ?? 12) * 0.8;
      for (const { y, end, labels } of beyond.values()) {
        let x = end + 6;
        for (const { text, fill } of labels) {
          ctx.fillStyle = fill as string | CanvasPattern;
          ctx.fillRect(x, y - swatch / 2, swatch, swatch);
          ctx.strokeStyle = '#1b1b1b';
          ctx.strokeRect(x, y - swatch / 2, swatch, swatch);
          boxedText(ctx, text, x + swatch + 4, y, 'left');
          x += swatch + ctx.measureText(text).width + 14;
        }
      }
      ctx.restore();
    },
  };
}

/**
 * The label of a series written beside each of its points (national figures: "全国 2022年"), where it covers no
 * other: with large text on a phone the labels of neighbouring points ran into each other, and the table under
 * the chart carries every value (src/lib/charts/labelPlacement.ts).
 */
export function pointLabelsPlugin(spec: ChartSpec): Plugin {
  return {
    id: 'pointLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = font(chart, '600');
      const labels: Array<{ text: string; x: number; y: number; align: CanvasTextAlign }> = [];
      // What a label may not hide: every drawn point (its own excepted), and the value axis's numbers.
      const area = chart.chartArea;
      const obstacles: Obstacle[] = [{ left: 0, top: 0, width: area.left, height: ctx.canvas.clientHeight }];
      chart.data.datasets.forEach((_, d) => {
        const meta = chart.getDatasetMeta(d);
        if (meta.hidden) return;
        const series = spec.series[d];
        meta.data.forEach((point, i) => {
          const { x, y } = point.getProps(['x', 'y'], true) as { x: number; y: number };
          const labelled = !!series?.pointLabel;
          obstacles.push({
            left: x - 8,
            top: y - 8,
            width: 16,
            height: 16,
            owner: labelled ? labels.length : undefined,
          });
          if (!labelled) return;
          const rightHalf = x > (area.left + area.right) / 2;
          const text = `${series.pointLabel} ${series.at[i] ?? ''}`.trim();
          labels.push({ text, x: x + (rightHalf ? -8 : 8), y: y - 14, align: rightHalf ? 'right' : 'left' });
        });
      });
      const boxes = labels.map(({ text, x, y, align }) => labelBox(ctx, text, x, y, align));
      for (const i of labelsThatFit(boxes, obstacles))
        boxedText(ctx, labels[i].text, labels[i].x, labels[i].y, labels[i].align);
      ctx.restore();
    },
  };
}

/** What the keyboard reads out at one value: series, where, and the value written as the table writes it. */
export function describeValue(spec: ChartSpec, series: number, index: number, raw: unknown): string {
  const s = spec.series[series];
  const value = Array.isArray(raw)
    ? (raw as [number, number])
    : typeof raw === 'object' && raw !== null
      ? (raw as { y: number }).y
      : (raw as number);
  return `${s.label}, ${s.at[index] ?? ''}: ${formatValue(spec.format, value)}`;
}
