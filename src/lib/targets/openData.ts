// Open data: every target with its figures and sources as plain records, and their CSV form.
// The same records feed /data/targets.json, /data/targets.csv and the per-target downloads.
// Columns that hold a text per language are named by the locale table's content languages (name_zh, name_en):
// a published format, so a new content language adds columns and never renames one.
import type { Source } from '../schemas/common.ts';
import { CONTENT_LANGS, type ContentLang } from '../../i18n/locales.ts';

export interface OpenFigure {
  value: number;
  asOf: string;
  sources: Source[];
}
/** The per-language text fields of a target, and the column each language's text is published in. */
const TEXT_FIELDS = ['name', 'plan_wording'] as const;
/** What the latest search for the target's figures looked in, per language (after the status, with its date). */
const CHECK_FIELDS = ['checked_sources'] as const;
type TextField = (typeof TEXT_FIELDS)[number] | (typeof CHECK_FIELDS)[number];
type LanguageColumn<F extends TextField> = `${F}_${ContentLang}`;
const languageColumn = <F extends TextField>(field: F, lang: ContentLang) => `${field}_${lang}` as LanguageColumn<F>;

/** A per-language value ({ zh: …, en: … }) as its columns ({ name_zh: …, name_en: … }), in the table's order. */
export function languageColumns<F extends TextField>(
  field: F,
  values: Readonly<Record<ContentLang, string>>,
): Record<LanguageColumn<F>, string> {
  return Object.fromEntries(CONTENT_LANGS.map((lang) => [languageColumn(field, lang), values[lang]])) as Record<
    LanguageColumn<F>,
    string
  >;
}

export type OpenTarget = {
  id: string;
  kind: 'quantitative' | 'qualitative';
  group: string;
} & Record<LanguageColumn<TextField>, string> & {
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
    /** The day Changzhou's figures for the target were last looked for (YYYY-MM-DD), null where none is recorded:
     *  how old a `no-data` status is. */
    checked_date: string | null;
    figures: OpenFigure[];
  };

/** One CSV row per figure (or one row with empty figure columns when there is none). */
const TARGET_COLUMNS = [
  'id',
  'kind',
  'group',
  ...TEXT_FIELDS.flatMap((field) => CONTENT_LANGS.map((lang) => languageColumn(field, lang))),
  'target_value',
  'unit',
  'comparator',
  'measure',
  'deadline',
  'clause',
  'clause_url',
  'status',
  'checked_date',
  ...CHECK_FIELDS.flatMap((field) => CONTENT_LANGS.map((lang) => languageColumn(field, lang))),
] as const;
const CSV_COLUMNS = [...TARGET_COLUMNS, 'figure_value', 'figure_as_of', 'figure_sources'];

export function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV in UTF-8 with a byte-order mark and CRLF line ends, so Excel opens Chinese text correctly. */
export function toCsv(targets: OpenTarget[]): string {
  const rows = targets.flatMap((t) => {
    const base = TARGET_COLUMNS.map((c) => (t as unknown as Record<string, unknown>)[c]);
    const figures = t.figures.length ? t.figures : [undefined];
    return figures.map((f) => [
      ...base,
      f?.value ?? null,
      f?.asOf ?? null,
      f ? f.sources.map((s) => [s.title, s.publisher, s.url, s.date].filter(Boolean).join(' | ')).join('; ') : null,
    ]);
  });
  return '\uFEFF' + [CSV_COLUMNS, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
