// Filing deadlines counted from the priority date (the date of the first filing), as the treaties set them:
// - Paris Convention, Art. 4C(1): priority lasts 12 months for patents and utility models, 6 months for
//   industrial designs and trademarks;
// - PCT, Art. 22(1) and 39(1)(a): national phase entry at 30 months from the priority date; Art. 22(3)
//   lets an office allow later, and some allow 31 months;
// - months are counted as PCT Rule 80.2 counts them: the same day of the later month, or its last day
//   when that month is shorter. A deadline that falls on a day the office is closed moves to the next
//   working day (Paris Art. 4C(3), PCT Rule 80.5); that depends on the office and is not computed here.

export type RightKind = 'invention' | 'utility-model' | 'design' | 'trademark';

/** Priority months under Paris Convention Art. 4C(1). */
export const PARIS_PRIORITY_MONTHS: Record<RightKind, number> = { invention: 12, 'utility-model': 12, design: 6, trademark: 6 };
export const PCT_NATIONAL_PHASE_MONTHS = 30;
export const PCT_LATER_NATIONAL_PHASE_MONTHS = 31;

/** Parses YYYY-MM-DD strictly; undefined for anything that is not a real calendar date. */
export function parseIsoDate(value: string): { y: number; m: number; d: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [y, m, d] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? { y, m, d } : undefined;
}

/** The date `months` months after `isoDate`, by PCT Rule 80.2 (month end when the day does not exist). */
export function addMonths(isoDate: string, months: number): string {
  const start = parseIsoDate(isoDate);
  if (!start) throw new Error(`not a date: ${isoDate}`);
  const monthIndex = start.m - 1 + months;
  const y = start.y + Math.floor(monthIndex / 12);
  const m = (monthIndex % 12 + 12) % 12;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const d = Math.min(start.d, lastDay);
  return `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface Deadlines {
  parisPriority: string;
  /** Only for rights the PCT covers (inventions and utility models). */
  pctNationalPhase?: string;
  pctLaterNationalPhase?: string;
}

export function filingDeadlines(priorityDate: string, right: RightKind): Deadlines {
  const deadlines: Deadlines = { parisPriority: addMonths(priorityDate, PARIS_PRIORITY_MONTHS[right]) };
  if (right === 'invention' || right === 'utility-model') {
    deadlines.pctNationalPhase = addMonths(priorityDate, PCT_NATIONAL_PHASE_MONTHS);
    deadlines.pctLaterNationalPhase = addMonths(priorityDate, PCT_LATER_NATIONAL_PHASE_MONTHS);
  }
  return deadlines;
}
