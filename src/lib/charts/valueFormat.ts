// How a chart's values are written, as data: the build writes its tables with it and the browser writes
// what the chart announces with it, so a value read out from the chart and the table cell are the same text.
import { typographyOf, type Lang } from '../../i18n/locales.ts';
import { LOCALE_INFO } from '../../i18n/localeTable.ts';

/** A unit pattern per plural category ("{n} case" / "{n} cases"); Chinese needs only `other`. */
export type UnitPattern = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export type ValueFormat =
  | {
      kind: 'number';
      locale: string;
      pattern: UnitPattern;
      /** From this value on, written compactly (280亿, 28 billion). */
      compactFrom?: number;
      compactDisplay?: 'short' | 'long';
      grouping: boolean;
      maximumFractionDigits: number;
    }
  /** A span of whole months [first month, month after the last), in month numbers (see monthNumber). */
  | { kind: 'months'; locale: string; separator: string };

/** Months counted from January of year 0, so a time axis can be plain numbers: 2022-07 is 2022 × 12 + 6. */
export const monthNumber = (yyyyMm: string): number => {
  const [y, m] = yyyyMm.split('-').map(Number);
  return y * 12 + (m - 1);
};

/** A month number as the UTC date of the first of that month. */
export const monthDate = (month: number): Date => new Date(Date.UTC(Math.floor(month / 12), month % 12, 1));

function formatNumber(format: Extract<ValueFormat, { kind: 'number' }>, value: number): string {
  const compact = format.compactFrom !== undefined && Math.abs(value) >= format.compactFrom;
  const number = new Intl.NumberFormat(format.locale, {
    notation: compact ? 'compact' : 'standard',
    ...(compact && format.compactDisplay && { compactDisplay: format.compactDisplay }),
    ...(!format.grouping && { useGrouping: false }),
    maximumFractionDigits: format.maximumFractionDigits,
  }).format(value);
  const plural = new Intl.PluralRules(format.locale).select(value);
  return (format.pattern[plural] ?? format.pattern.other).replace('{n}', number);
}

export function formatValue(format: ValueFormat, value: number | [number, number]): string {
  if (format.kind === 'months') {
    const [first, after] = Array.isArray(value) ? value : [value, value + 1];
    const month = new Intl.DateTimeFormat(format.locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
    return `${month.format(monthDate(first))}${format.separator}${month.format(monthDate(after - 1))}`;
  }
  return formatNumber(format, Array.isArray(value) ? value[1] - value[0] : value);
}

/** A count of things: 16项 / 16 measures, 1708件 / 1,708 cases. */
export function countFormat(lang: Lang, pattern: UnitPattern): ValueFormat {
  return {
    kind: 'number',
    locale: LOCALE_INFO[lang].intl,
    pattern,
    // Chinese official writing has no thousands separator in counts (1708件); English groups (1,708 cases).
    grouping: typographyOf(lang) === 'latin',
    maximumFractionDigits: 0,
  };
}

/** Spans of months: 2022年7月–2022年9月 / July 2022 – September 2022. */
export function monthsFormat(lang: Lang): ValueFormat {
  return { kind: 'months', locale: LOCALE_INFO[lang].intl, separator: typographyOf(lang) === 'cjk' ? '—' : ' – ' };
}
