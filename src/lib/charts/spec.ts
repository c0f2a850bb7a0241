// A chart as the build hands it to the browser: JSON only, shaped like Chart.js's own config, plus what the
// browser needs to write it for people (the value format, the axis ticks, the marks). One builder per chart
// kind makes it from content at build time, together with the table, the summary and the CSV of the same
// numbers (ChartView), so the drawing and the words beside it cannot disagree.
import type { ValueFormat } from './valueFormat.ts';

export type ChartKind = 'responsibilities' | 'timetable' | 'court-cases' | 'national-context' | 'target-progress';

/** What a series is; the browser gives each role a colour and a pattern, dash or point shape of its own. */
export type SeriesRole =
  | 'lead'
  | 'join'
  | 'phase-past'
  | 'phase-current'
  | 'phase-future'
  | 'accepted'
  | 'concluded'
  | 'changzhou'
  | 'baseline'
  | 'target'
  | 'path'
  | 'national';

export type ChartDatum = number | [number, number] | { x: number; y: number } | null;

export interface ChartSeries {
  role: SeriesRole;
  label: string;
  /** Bars: one value per category, or a span [from, to) for a floating bar. Time charts: points {x, y}. */
  data: ChartDatum[];
  /** What each value is called when the keyboard reaches it ("2023年", "2022年12月"), beside data. */
  at: Array<string | null>;
  /** A line worked out from other values (the status rule's path): drawn, not stepped through or tabulated. */
  derived?: boolean;
  /** Written beside each point on the chart itself ("全国 2022年"), so a point is never read as another series'. */
  pointLabel?: string;
}

/** A line across the chart at a value: today, the end of the period, a deadline, a target. Labelled directly. */
export interface ChartMark {
  role: 'today' | 'period-end' | 'deadline' | 'target';
  axis: 'x' | 'y';
  at: number;
  label: string;
}

export interface ChartSpec {
  id: string;
  kind: ChartKind;
  type: 'bar' | 'line';
  /** 'y' draws the bars across the page, one row per category. */
  indexAxis: 'x' | 'y';
  stacked: boolean;
  /** The categories of a bar chart; bars across the page carry theirs written above each bar. */
  categories: string[];
  series: ChartSeries[];
  /** A time axis in month numbers (monthNumber), with its ticks already written in the page's language. */
  time?: { min: number; max: number; ticks: Array<{ at: number; label: string }> };
  valueAxis: { min?: number; max?: number; title: string };
  indexAxisTitle: string;
  marks: ChartMark[];
  /** Values written at the end of each bar, so neither colour nor the axis is needed to read them. */
  directLabels: boolean;
  format: ValueFormat;
  locale: string;
}

/** A source named in one line, "publisher: title", and on English pages its Chinese original beside it. */
export interface SourceLine {
  text: string;
  /** The Chinese original of text, when the page shows an English gloss. */
  original?: string;
}

export interface ChartTableRow {
  header: string;
  cells: Array<{ text: string; value?: number }>;
  source?: ChartSource;
}

export interface ChartTable {
  caption: string;
  columns: string[];
  rows: ChartTableRow[];
}

export interface ChartSource extends SourceLine {
  url?: string;
  /** YYYY-MM-DD: when the source was published. */
  date: string;
}

/** Everything a page shows about one chart. */
export interface ChartView {
  spec: ChartSpec;
  /** What the chart shows and whose figures they are. */
  title: string;
  /** The chart in words: the main facts a sighted reader would take from it. */
  summary: string;
  /** What the figures are not (e.g. court caseloads are not the enforcement target). */
  note?: string;
  sources: ChartSource[];
  /** The same numbers as a table; target pages bring their own (their figures and the national context). */
  table?: ChartTable;
  /** The CSV download, header first. */
  csv: string[][];
}
