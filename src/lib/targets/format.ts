// Formats target values per locale with Intl: 280亿元 in Chinese, RMB 28 billion in English.
import type { Lang } from '../../i18n/locales.ts';
import { LOCALE_INFO } from '../../i18n/localeTable.ts';
import type { TARGET_UNITS } from '../schemas/target.ts';

export type TargetUnit = (typeof TARGET_UNITS)[number];

const UNIT_LABELS: Record<TargetUnit, { zh: string; en: (n: string) => string }> = {
  patents: { zh: '件', en: (n) => `${n} patents` },
  'patents-per-10k-people': { zh: '件', en: (n) => `${n} per 10,000 people` },
  'enterprises-per-10k-enterprises': { zh: '家', en: (n) => `${n} per 10,000 enterprises` },
  registrations: { zh: '件', en: (n) => `${n} registrations` },
  varieties: { zh: '件', en: (n) => `${n} varieties` },
  cny: { zh: '元', en: (n) => `RMB ${n}` },
  places: { zh: '个', en: (n) => n },
  percent: { zh: '%', en: (n) => `${n}%` },
  points: { zh: '分', en: (n) => `${n} points` },
  institutions: { zh: '家', en: (n) => `${n} service providers` },
  'person-times': { zh: '人次', en: (n) => `${n} person-times` },
};

/** The number alone, compact where large (zh: 280亿, 1万; en: 28 billion, 10,000). */
function formatNumber(value: number, lang: Lang): string {
  // The plan writes 6000 and 1400 without grouping and 280亿 / 1万 compactly; follow it.
  if (lang === 'zh')
    return new Intl.NumberFormat(LOCALE_INFO.zh.intl, {
      notation: value >= 10000 ? 'compact' : 'standard',
      useGrouping: false,
      maximumFractionDigits: 2,
    }).format(value);
  if (value >= 1_000_000)
    return new Intl.NumberFormat(LOCALE_INFO.en.intl, {
      notation: 'compact',
      compactDisplay: 'long',
      maximumFractionDigits: 2,
    }).format(value);
  return new Intl.NumberFormat(LOCALE_INFO.en.intl, { maximumFractionDigits: 2 }).format(value);
}

export function formatTargetValue(value: number, unit: TargetUnit, lang: Lang): string {
  const number = formatNumber(value, lang);
  return lang === 'zh' ? `${number}${UNIT_LABELS[unit].zh}` : UNIT_LABELS[unit].en(number);
}

/** YYYY, YYYY-MM or YYYY-MM-DD in words: 2025年6月 / June 2025. */
export function formatAsOf(asOf: string, lang: Lang): string {
  const [y, m, d] = asOf.split('-').map(Number);
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = d
    ? { dateStyle: 'long', timeZone: 'UTC' }
    : m
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALE_INFO[lang].intl, options).format(date);
}

/** A figure with its date: 18件 (2024年12月) / 18 per 10,000 people (December 2024). */
export function formatFigure(figure: { value: number; asOf: string }, unit: TargetUnit, lang: Lang): string {
  return `${formatTargetValue(figure.value, unit, lang)} (${formatAsOf(figure.asOf, lang)})`;
}
