// Schema of a year of the Changzhou courts' IP caseload (content/court-cases/<year>.json; the file name is
// the year). The courts' published figures exactly, with what they count, the words they were published in
// and their source. Court cases are not the plan's administrative-enforcement target.
import { z } from 'astro/zod';
import { bilingual, msg, source } from './common.ts';
import { SOURCE_LANG } from '../../i18n/locales.ts';

const count = (field: string, inChinese: string) =>
  z
    .number(
      msg(`${field} 应为数字,如 1708(不要加“件”或引号)`, `${field} must be a number such as 1708 (no unit, no quotes)`),
    )
    .int(msg(`${field}(${inChinese})应为整数`, `${field} (${inChinese}) must be a whole number`))
    .nonnegative(msg(`${field} 不能为负数`, `${field} cannot be negative`));

export const courtCaseYear = z.strictObject(
  {
    /** IP cases the courts accepted (受理) in the year. */
    accepted: count('accepted', '受理'),
    /** IP cases the courts concluded (审结) in the year; these may include cases accepted the year before. */
    concluded: count('concluded', '审结'),
    /** What the published figure counts, as the source puts it (各类 / 民事、刑事、行政). */
    scope: bilingual,
    /** The source's own words for the figures, verbatim, so a reader can check them against the source. */
    quote: z.string(msg('缺少 quote(来源原文)', 'quote is required: the words of the source')).min(1),
    source,
    /** H: the court's own publication; M: a copy or a report of it (shown to readers). */
    confidence: z.enum(
      ['H', 'M'],
      msg(
        'confidence 应为 H(官方或一手来源)或 M(可靠的二手来源或转载副本)',
        'confidence must be H (official or primary source) or M (reputable secondary source or a copy)',
      ),
    ),
    /** The progress record that reports these figures (its file name in content/progress/zh/). */
    record: z
      .string(
        msg(
          `record 应为 content/progress/${SOURCE_LANG}/ 中的文件名`,
          `record must be a file name from content/progress/${SOURCE_LANG}/`,
        ),
      )
      .optional(),
  },
  msg(
    '只能包含 accepted、concluded、scope、quote、source、confidence 和 record',
    'only accepted, concluded, scope, quote, source, confidence and record are allowed',
  ),
);
export type CourtCaseYear = z.infer<typeof courtCaseYear>;
