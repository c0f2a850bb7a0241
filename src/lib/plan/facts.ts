// The plan's own facts, stated once: its title, issuer, date of issue and period. Source: the plan text
// (seeds/000_fb45ffeb8cf86429.txt): the title, "常州市人民政府 2022年9月15日", and 五、时序进度
// (2022年7月 to 2025年6月). The English title follows content/glossary/terms.json.
import type { Lang } from '../../i18n/locales.ts';

export const PLAN_TITLE: Record<Lang, string> = {
  zh: '常州市国家知识产权强市建设试点城市工作方案(2022-2025年)',
  en: 'Changzhou Work Plan as a National Pilot City in Building the Strong Intellectual Property City (2022-2025)',
};

export const PLAN_ISSUER: Record<Lang, string> = {
  zh: '常州市人民政府',
  en: "Changzhou Municipal People's Government",
};

/** The date the plan was issued, YYYY-MM-DD. */
export const PLAN_ISSUED = '2022-09-15';

/** The plan's period, first and last month (YYYY-MM): July 2022 to June 2025 (五、时序进度, phases 一 to 四). */
export const PLAN_PERIOD = { start: '2022-07', end: '2025-06' } as const;
