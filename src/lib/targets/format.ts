// Formats target values per locale with Intl: 280亿元 in Chinese, RMB 28 billion in English.
import type { Lang } from '../../i18n/locales.ts';
import { LOCALE_INFO } from '../../i18n/localeTable.ts';
import type { TARGET_UNITS } from '../schemas/target.ts';
import { formatValue, type ValueFormat } from '../charts/valueFormat.ts';

export type TargetUnit = (typeof TARGET_UNITS)[number];

const UNIT_PATTERNS: Record<TargetUnit, { zh: string; en: string }> = {
  patents: { zh: '{n}件', en: '{n} patents' },
  'patents-per-10k-people': { zh: '{n}件', en: '{n} per 10,000 people' },
  'enterprises-per-10k-enterprises': { zh: '{n}家', en: '{n} per 10,000 enterprises' },
  registrations: { zh: '{n}件', en: '{n} registrations' },
  varieties: { zh: '{n}件', en: '{n} varieties' },
  cny: { zh: '{n}元', en: 'RMB {n}' },
  places: { zh: '{n}个', en: '{n}' },
  percent: { zh: '{n}%', en: '{n}%' },
  points: { zh: '{n}分', en: '{n} points' },
  institutions: { zh: '{n}家', en: '{n} service providers' },
  'person-times': { zh: '{n}人次', en: '{n} person-times' },
};

/** How a target's values are written, compact where large (zh: 280亿, 1万; en: 28 billion, 10,000). */
export function targetValueFormat(unit: TargetUnit, lang: Lang): ValueFormat {
  // The plan writes 6000 and 1400 without grouping and 280亿 / 1万 compactly; follow it.
  return lang === 'zh'
    ? {
        kind: 'number',
        locale: LOCALE_INFO.zh.intl,
        pattern: { other: UNIT_PATTERNS[unit].zh },
        compactFrom: 10000,
        grouping: false,
        maximumFractionDigits: 2,
      }
    : {
        kind: 'number',
        locale: LOCALE_INFO.en.intl,
        pattern: { other: UNIT_PATTERNS[unit].en },
        compactFrom: 1_000_000,
        compactDisplay: 'long',
        grouping: true,
        maximumFractionDigits: 2,
      };
}

export function formatTargetValue(value: number, unit: TargetUnit, lang: Lang): string {
  return formatValue(targetValueFormat(unit, lang), value);
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
