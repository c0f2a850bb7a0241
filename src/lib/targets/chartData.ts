// The numbers a target page charts and tabulates, built once at build time so the chart and its
// table can never disagree: the plan's target at its deadline, Changzhou's baseline and published figures.
// National references are context, not progress: they go in a table of their own (contextRows), and the
// chart draws them only as a series titled and coloured as national (src/lib/charts/targetChart.ts).
import type { Lang } from '../../i18n/locales.ts';
import type { Source } from '../schemas/common.ts';
import { formatAsOf, formatTargetValue, type TargetUnit } from './format.ts';
import { endOfPeriod } from './status.ts';

export type SeriesKind = 'target' | 'baseline' | 'figure' | 'benchmark';

export interface ChartPoint {
  series: SeriesKind;
  seriesLabel: string;
  asOf: string;
  value: number;
  /** The value as people read it: 280亿元 / RMB 28 billion. */
  display: string;
  /** The date as people read it: 2025年6月 / June 2025. */
  when: string;
  /** Where the value comes from, shown in the table beside it. */
  sources?: Source[];
  /** A source named in a line rather than a record: the plan, for the target it sets. */
  sourceText?: string;
}

export interface ChartData {
  unit: TargetUnit;
  labels: string[];
  series: Array<{ kind: SeriesKind; label: string; values: Array<number | null> }>;
  points: ChartPoint[];
}

export interface ChartInput {
  unit: TargetUnit;
  /** The plan's target; source: the plan named in a line (planSourceLine). */
  target: { value: number; asOf: string; label: string; source?: string };
  figures: Array<{ value: number; asOf: string; sources?: Source[] }>;
  figureLabel: string;
  /** Changzhou's starting value, where the plan or a source gives one. */
  baseline?: { value: number; asOf: string; label: string; source?: string };
}

export interface BenchmarkInput {
  value: number;
  asOf: string;
  label: string;
  sources?: Source[];
}

function toPoint(
  series: SeriesKind,
  seriesLabel: string,
  v: { value: number; asOf: string; sources?: Source[] },
  unit: TargetUnit,
  lang: Lang,
): ChartPoint {
  return {
    series,
    seriesLabel,
    asOf: v.asOf,
    value: v.value,
    sources: v.sources,
    display: formatTargetValue(v.value, unit, lang),
    when: formatAsOf(v.asOf, lang),
  };
}

export function buildChartData(input: ChartInput, lang: Lang): ChartData {
  const point = (series: SeriesKind, seriesLabel: string, v: { value: number; asOf: string; sources?: Source[] }) =>
    toPoint(series, seriesLabel, v, input.unit, lang);
  const points = [
    { ...point('target', input.target.label, input.target), sourceText: input.target.source },
    ...(input.baseline ? [point('baseline', input.baseline.label, input.baseline)] : []),
    ...input.figures.map((f) => point('figure', input.figureLabel, f)),
  ].sort((a, b) => endOfPeriod(a.asOf) - endOfPeriod(b.asOf) || a.series.localeCompare(b.series));
  const labels = [...new Set(points.map((p) => p.when))];
  const seriesKeys = [...new Map(points.map((p) => [`${p.series}|${p.seriesLabel}`, p])).values()];
  const series = seriesKeys.map(({ series: kind, seriesLabel }) => ({
    kind,
    label: seriesLabel,
    values: labels.map(
      (label) =>
        points.find((p) => p.series === kind && p.seriesLabel === seriesLabel && p.when === label)?.value ?? null,
    ),
  }));
  return { unit: input.unit, labels, series, points };
}

/** True only when Changzhou has a published figure: a chart of the target alone would say nothing. */
export function hasChart(data: ChartData): boolean {
  return data.points.some((p) => p.series === 'figure');
}

/** National reference values as table rows, oldest first, for the context table beside (never on) the chart. */
export function contextRows(benchmarks: BenchmarkInput[], unit: TargetUnit, lang: Lang): ChartPoint[] {
  return benchmarks
    .map((b) => toPoint('benchmark', b.label, b, unit, lang))
    .sort((a, b) => endOfPeriod(a.asOf) - endOfPeriod(b.asOf));
}
