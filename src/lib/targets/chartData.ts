// The numbers a target page charts and tabulates, built once at build time so the chart and its
// table can never disagree: the plan's target at its deadline, published figures, national references.
import type { Lang } from '../../i18n/locales.ts';
import { formatAsOf, formatTargetValue, type TargetUnit } from './format.ts';
import { endOfPeriod } from './status.ts';

export type SeriesKind = 'target' | 'figure' | 'benchmark';

export interface ChartPoint {
  series: SeriesKind;
  seriesLabel: string;
  asOf: string;
  value: number;
  /** The value as people read it: 280亿元 / CNY 28 billion. */
  display: string;
  /** The date as people read it: 2025年6月 / June 2025. */
  when: string;
  source?: string;
}

export interface ChartData {
  unit: TargetUnit;
  labels: string[];
  series: Array<{ kind: SeriesKind; label: string; values: Array<number | null> }>;
  points: ChartPoint[];
}

export interface ChartInput {
  unit: TargetUnit;
  target: { value: number; asOf: string; label: string };
  figures: Array<{ value: number; asOf: string; source?: string }>;
  figureLabel: string;
  benchmarks: Array<{ value: number; asOf: string; label: string; source?: string }>;
}

export function buildChartData(input: ChartInput, lang: Lang): ChartData {
  const point = (series: SeriesKind, seriesLabel: string, v: { value: number; asOf: string; source?: string }): ChartPoint => ({
    series, seriesLabel, asOf: v.asOf, value: v.value, source: v.source,
    display: formatTargetValue(v.value, input.unit, lang), when: formatAsOf(v.asOf, lang),
  });
  const points = [
    point('target', input.target.label, input.target),
    ...input.figures.map((f) => point('figure', input.figureLabel, f)),
    ...input.benchmarks.map((b) => point('benchmark', b.label, b)),
  ].sort((a, b) => endOfPeriod(a.asOf) - endOfPeriod(b.asOf) || a.series.localeCompare(b.series));
  const labels = [...new Set(points.map((p) => p.when))];
  const seriesKeys = [...new Map(points.map((p) => [`${p.series}|${p.seriesLabel}`, p])).values()];
  const series = seriesKeys.map(({ series: kind, seriesLabel }) => ({
    kind,
    label: seriesLabel,
    values: labels.map((label) => points.find((p) => p.series === kind && p.seriesLabel === seriesLabel && p.when === label)?.value ?? null),
  }));
  return { unit: input.unit, labels, series, points };
}

/** True when there is something beyond the target itself to draw. */
export function hasChart(data: ChartData): boolean {
  return data.points.some((p) => p.series !== 'target');
}
