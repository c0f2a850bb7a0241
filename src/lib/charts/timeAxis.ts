// Time on a chart, in month numbers (monthNumber): where a dated value is drawn, and the axis around it.
import type { Lang } from '../../i18n/locales.ts';
import { LOCALE_INFO } from '../../i18n/localeTable.ts';
import { monthDate, monthNumber } from './valueFormat.ts';

/**
 * Where a value dated YYYY, YYYY-MM or YYYY-MM-DD is drawn: in the middle of the period it names, so "2022"
 * sits between the 2022 and 2023 ticks and "December 2022" just before 2023, where a reader looks for them.
 */
export function pointTime(asOf: string): number {
  const [y, m, d] = asOf.split('-').map(Number);
  if (!m) return y * 12 + 6;
  if (!d) return monthNumber(asOf) + 0.5;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return monthNumber(asOf) + (d - 0.5) / days;
}

/** The end of a month (YYYY-MM): a deadline "by June 2025" is drawn at the start of July. */
export const endOfMonthTime = (yyyyMm: string): number => monthNumber(yyyyMm) + 1;

/** A calendar day (YYYY-MM-DD) on the axis. */
export function dayTime(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return monthNumber(day.slice(0, 7)) + (d - 1) / days;
}

/** An axis from a little before the first time to a little after the last, on whole half-years. */
export function timeRange(times: number[]): { min: number; max: number } {
  const min = Math.floor((Math.min(...times) - 1) / 6) * 6;
  const max = Math.ceil((Math.max(...times) + 1) / 6) * 6;
  return { min, max };
}

/** A tick on the first of each January inside the range, labelled with the year in the page's language. */
export function yearTicks(range: { min: number; max: number }, lang: Lang): Array<{ at: number; label: string }> {
  const year = new Intl.DateTimeFormat(LOCALE_INFO[lang].intl, { year: 'numeric', timeZone: 'UTC' });
  const ticks: Array<{ at: number; label: string }> = [];
  for (let at = Math.ceil(range.min / 12) * 12; at <= range.max; at += 12)
    ticks.push({ at, label: year.format(monthDate(at)) });
  return ticks;
}
