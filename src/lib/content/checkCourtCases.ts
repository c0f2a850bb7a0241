// Checks the courts' caseload files against their own quote and the progress records they cite: each figure
// is in the source's words, the record exists and quotes the same words, so a figure in content/court-cases/
// and the record a reader can open never disagree.
import type { ContentProblem } from './problems.ts';
import { SOURCE_LANG } from '../../i18n/locales.ts';

export interface CourtCaseFile {
  file: string;
  accepted: number;
  concluded: number;
  quote: string;
  record?: string;
}

/** `records`: each progress record's file name (content/progress/zh/) and its text. */
export function checkCourtCases(years: CourtCaseFile[], records: Map<string, string>): ContentProblem[] {
  return years.flatMap(({ file, quote, record, ...figures }) => {
    const unquoted = (['accepted', 'concluded'] as const).filter((field) => !quote.includes(`${figures[field]}件`));
    if (unquoted.length)
      return unquoted.map((field) => ({
        file,
        field,
        message: `${field} 的数值 ${figures[field]} 不在 quote 的原文中(应写作“${figures[field]}件”) / ${field} ${figures[field]} is not in the words of the source in quote ("${figures[field]}件"): check the figure against the source`,
      }));
    if (record === undefined) return [];
    const text = records.get(record);
    if (text === undefined)
      return [
        {
          file,
          field: 'record',
          message: `动态记录“${record}”不存在,应为 content/progress/${SOURCE_LANG}/ 中的文件名(不含 .md) / there is no progress record "${record}": use a file name from content/progress/${SOURCE_LANG}/ without .md`,
        },
      ];
    if (!text.includes(quote))
      return [
        {
          file,
          field: 'quote',
          message: `quote 应与动态记录 ${record} 中引用的原文逐字一致 / quote must be the very words the record ${record} quotes: copy them from it`,
        },
      ];
    return [];
  });
}
