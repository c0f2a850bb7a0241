// The plan's own facts, stated once: its title, issuer, date of issue and period. Source: the plan text
// (seeds/000_fb45ffeb8cf86429.txt): the title, "常州市人民政府 2022年9月15日", and 五、时序进度
// (2022年7月 to 2025年6月). The title and issuer in each language are in the dictionaries (facts.*); the
// English title follows content/glossary/terms.json (en dash in the range, en-GB).
import { CONTENT_LANGS, contentLang, type ContentLang, type Lang } from '../../i18n/locales.ts';
import { LOCALE_INFO } from '../../i18n/localeTable.ts';
import { DICTIONARIES } from '../../i18n/dictionaries.ts';
import type { UIKey } from '../../i18n/dictionaries.ts';

/** A fact as each content language writes it, from that language's dictionary (a translation's title is
 *  the translation's; a generated language shows its source's, converted on the page). */
const perContentLang = (key: UIKey) =>
  Object.fromEntries(CONTENT_LANGS.map((lang) => [lang, DICTIONARIES[lang][key]])) as Record<ContentLang, string>;

export const PLAN_TITLE = perContentLang('facts.planTitle');

export const PLAN_ISSUER = perContentLang('facts.planIssuer');

/** The date the plan was issued, YYYY-MM-DD. */
export const PLAN_ISSUED = '2022-09-15';

/** The plan's period, first and last month (YYYY-MM): July 2022 to June 2025 (五、时序进度, phases 一 to 四). */
export const PLAN_PERIOD = { start: '2022-07', end: '2025-06' } as const;

/** The plan's facts as a reader's language writes them: issuer, issue date (2022年9月15日 / 15 September 2022)
 *  and the first and last month of its period (2022年7月 / July 2022), for the sentences that state them. */
export function planFactsText(lang: Lang): { issuer: string; issued: string; start: string; end: string } {
  const intl = LOCALE_INFO[lang].intl;
  const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const day = new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(intl, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  return {
    issuer: PLAN_ISSUER[contentLang(lang)],
    issued: day.format(utc(PLAN_ISSUED)),
    start: month.format(utc(`${PLAN_PERIOD.start}-01`)),
    end: month.format(utc(`${PLAN_PERIOD.end}-01`)),
  };
}
