// Formats target values per language with Intl: 280亿元 in Chinese, RMB 28 billion in English. The unit's words
// come from each language's dictionary; how the number is set, from its typography profile in the locale table.
import { typographyOf, type Lang } from '../../i18n/locales.ts';
import { LOCALE_INFO, type TypographyProfile } from '../../i18n/localeTable.ts';
import { DICTIONARIES } from '../../i18n/dictionaries.ts';
import type { UIKey } from '../../i18n/dictionaries.ts';
import type { TARGET_UNITS } from '../schemas/target.ts';
import { formatValue, type ValueFormat } from '../charts/valueFormat.ts';

type NumberFormat = Extract<ValueFormat, { kind: 'number' }>;

export type TargetUnit = (typeof TARGET_UNITS)[number];

/** How figures are set in each typography profile. The plan writes 6000 and 1400 without grouping and
 *  280亿 / 1万 compactly, and Chinese typography follows it; English groups (10,000) and writes 28 billion. */
const NUMBER_STYLE: Record<TypographyProfile, Pick<NumberFormat, 'compactFrom' | 'compactDisplay' | 'grouping'>> = {
  cjk: { compactFrom: 10000, grouping: false },
  latin: { compactFrom: 1_000_000, compactDisplay: 'long', grouping: true },
};

/** How a target's values are written, compact where large (280亿, 1万; 28 billion, 10,000): the unit's pattern
 *  from the language's dictionary, the number in its typography profile's style. */
export function targetValueFormat(unit: TargetUnit, lang: Lang): ValueFormat {
  const key: UIKey = `targetUnit.${unit}`;
  return {
    kind: 'number',
    locale: LOCALE_INFO[lang].intl,
    pattern: { other: DICTIONARIES[lang][key] },
    ...NUMBER_STYLE[typographyOf(lang)],
    maximumFractionDigits: 2,
  };
}

export function formatTargetValue(value: number, unit: TargetUnit, lang: Lang): string {
  return formatValue(targetValueFormat(unit, lang), value);
}

/** What a target commits to, as the dictionary's phrase (targets.goalPhrase): 不低于435件 / At least 435
 *  registrations. Inside a sentence ("Target: at least 435 …") the comparator starts in lower case where the
 *  script has case; a comparator is never a name. */
export function formatGoal(
  target: { comparator: string; value: number; unit: TargetUnit },
  lang: Lang,
  { inSentence = false } = {},
): string {
  const words = DICTIONARIES[lang];
  const comparator = words[`comparator.${target.comparator}` as UIKey];
  const bound = inSentence ? comparator.toLocaleLowerCase(LOCALE_INFO[lang].intl) : comparator;
  return words['targets.goalPhrase']
    .replace('{bound}', bound)
    .replace('{value}', formatTargetValue(target.value, target.unit, lang));
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

/** A figure with its date: 每万人18件 (2024年12月) / 18 patents per 10,000 people (December 2024). */
export function formatFigure(figure: { value: number; asOf: string }, unit: TargetUnit, lang: Lang): string {
  return `${formatTargetValue(figure.value, unit, lang)} (${formatAsOf(figure.asOf, lang)})`;
}
