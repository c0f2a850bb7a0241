// Filing deadlines counted from the priority date (the date of the first filing), as the treaties set them:
// - Paris Convention, Art. 4C(1): priority lasts 12 months for patents and utility models, 6 months for
//   industrial designs and trademarks; Art. 4C(2): the period starts on the filing date and the filing day
//   itself is not counted, so a period ends on the same-numbered day of the later month;
// - PCT, Art. 8 and Rule 2.4: the international application itself must be filed within that 12-month
//   priority period; Art. 22(1) and 39(1)(a): national phase at 30 months from the priority date, and
//   Art. 22(3) lets an office allow later (some allow 31 months); CNIPA allows 32 months with a late fee
//   (Implementing Regulations of the Patent Law 2023, Art. 120);
// - within the PCT, months are counted by Rule 80.2: the same day of the later month, or its last day when
//   that month is shorter. Paris periods give the same date (a day-after start with a same-number end), and
//   what happens at a month end outside the PCT is national law.
// A period ending on a day the office is closed moves to its next working day (Paris Art. 4C(3), PCT Rule
// 80.5): that is mandatory, but which days are closed depends on the office, so it is said, not computed.

export type RightKind = 'invention' | 'utility-model' | 'design' | 'trademark';

/** Priority months under Paris Convention Art. 4C(1). */
export const PARIS_PRIORITY_MONTHS: Record<RightKind, number> = {
  invention: 12,
  'utility-model': 12,
  design: 6,
  trademark: 6,
};
export const PCT_NATIONAL_PHASE_MONTHS = 30;
export const PCT_LATER_NATIONAL_PHASE_MONTHS = 31;
/** Entry into China's national phase: 30 months, or 32 with the late fee (Implementing Regulations 2023, Art. 120). */
export const PCT_CHINA_LATE_ENTRY_MONTHS = 32;

/**
 * Filing in China with the priority of a first filing made elsewhere: the copy of the first application is due
 * within 16 months of that first filing for an invention or utility model (Patent Law 2020, Art. 30). For a design
 * it is due within 3 months of the filing in China, a date the planner does not know, so it is said, not dated.
 */
export const CHINA_PRIORITY_COPY_MONTHS = 16;

/** Rights the PCT and China's confidentiality examination (Patent Law 2020, Art. 19) cover. */
export function isPatentRight(right: RightKind): boolean {
  return right === 'invention' || right === 'utility-model';
}

/** Parses YYYY-MM-DD strictly; undefined for anything that is not a real calendar date. */
export function parseIsoDate(value: string): { y: number; m: number; d: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [y, m, d] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
    ? { y, m, d }
    : undefined;
}

function requireDate(isoDate: string): { y: number; m: number; d: number } {
  const date = parseIsoDate(isoDate);
  if (!date) throw new Error(`不是有效日期 / not a date: "${isoDate}" (use YYYY-MM-DD, e.g. 2024-02-29)`);
  return date;
}

/** The date `months` months after `isoDate`, by PCT Rule 80.2 (month end when the day does not exist). */
export function addMonths(isoDate: string, months: number): string {
  const start = requireDate(isoDate);
  const monthIndex = start.m - 1 + months;
  const y = start.y + Math.floor(monthIndex / 12);
  const m = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const d = Math.min(start.d, lastDay);
  return `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier); time zones play no part. */
export function daysBetween(from: string, to: string): number {
  const a = requireDate(from);
  const b = requireDate(to);
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

/**
 * Whether a day is a Saturday or Sunday. A last day on a day the office is closed moves to its next working day
 * (Paris Art. 4C(3), PCT Rule 80.5), but which days an office is closed is its own call: the planner flags a
 * weekend last day for the reader to check with the office rather than moving it.
 */
export function isWeekend(isoDate: string): boolean {
  const { y, m, d } = requireDate(isoDate);
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 || day === 6;
}

export interface Deadlines {
  parisPriority: string;
  /** Only for rights the PCT covers (inventions and utility models). */
  pctNationalPhase?: string;
  pctLaterNationalPhase?: string;
  /** CNIPA's last day with the late fee. */
  pctChinaLateEntry?: string;
}

export function filingDeadlines(priorityDate: string, right: RightKind): Deadlines {
  const deadlines: Deadlines = { parisPriority: addMonths(priorityDate, PARIS_PRIORITY_MONTHS[right]) };
  if (isPatentRight(right)) {
    deadlines.pctNationalPhase = addMonths(priorityDate, PCT_NATIONAL_PHASE_MONTHS);
    deadlines.pctLaterNationalPhase = addMonths(priorityDate, PCT_LATER_NATIONAL_PHASE_MONTHS);
    deadlines.pctChinaLateEntry = addMonths(priorityDate, PCT_CHINA_LATE_ENTRY_MONTHS);
  }
  return deadlines;
}
