// Open data: every target with its figures and sources as plain records, and their CSV form.
// The same records feed /data/targets.json, /data/targets.csv and the per-target downloads.
import type { Source } from '../schemas/common.ts';

export interface OpenFigure {
  value: number;
  asOf: string;
  sources: Source[];
}
export interface OpenTarget {
  id: string;
  kind: 'quantitative' | 'qualitative';
  group: string;
  name_zh: string;
  name_en: string;
  plan_wording_zh: string;
  plan_wording_en: string;
  target_value: number | null;
  unit: string | null;
  comparator: string | null;
  measure: string | null;
  deadline: string;
  clause: string;
  clause_url: string;
  status: string;
  latest_value: number | null;
  latest_as_of: string | null;
  figures: OpenFigure[];
}

/** One CSV row per figure (or one row with empty figure columns when there is none). */
const CSV_COLUMNS = [
  'id',
  'kind',
  'group',
  'name_zh',
  'name_en',
  'plan_wording_zh',
  'plan_wording_en',
  'target_value',
  'unit',
  'comparator',
  'measure',
  'deadline',
  'clause',
  'clause_url',
  'status',
  'figure_value',
  'figure_as_of',
  'figure_sources',
] as const;

export function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV in UTF-8 with a byte-order mark and CRLF line ends, so Excel opens Chinese text correctly. */
export function toCsv(targets: OpenTarget[]): string {
  const rows = targets.flatMap((t) => {
    const base = CSV_COLUMNS.slice(0, 15).map((c) => (t as unknown as Record<string, unknown>)[c]);
    const figures = t.figures.length ? t.figures : [undefined];
    return figures.map((f) => [
      ...base,
      f?.value ?? null,
      f?.asOf ?? null,
      f ? f.sources.map((s) => [s.title, s.publisher, s.url, s.date].filter(Boolean).join(' | ')).join('; ') : null,
    ]);
  });
  return (
    '\uFEFF' +
    [CSV_COLUMNS as readonly string[], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') +
    '\r\n'
  );
}
