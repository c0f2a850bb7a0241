// Whether a date written as text names a real calendar day. YAML and `Date` both roll an impossible date
// over (2024-02-30 becomes 2024-03-01), so a date is checked as the editor typed it, before anything reads it.
import type { EditorMessage } from '../content/editorMessage.ts';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** What is wrong with a YYYY-MM-DD date as written, in Chinese and English; undefined if it is a real day. */
export function writtenDateProblem(value: string): EditorMessage | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match)
    return {
      inChinese: '日期应写成 YYYY-MM-DD,如 2024-04-25',
      inEnglish: 'a date is written YYYY-MM-DD, e.g. 2024-04-25',
    };
  const [year, month, day] = match.slice(1).map(Number);
  if (month < 1 || month > 12)
    return {
      inChinese: `没有 ${match[2]} 月,月份应为 01–12`,
      inEnglish: `there is no month ${match[2]}: months run 01–12`,
    };
  const days = month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1];
  if (day < 1 || day > days)
    return {
      inChinese: `${year}年${month}月只有 ${days} 天`,
      // The English half is the editors' English (British, as the guides are written), not a page's language.
      inEnglish: `${new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1))} has ${days} days`,
    };
  return undefined;
}
