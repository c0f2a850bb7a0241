// JSON-LD for every page (the website) and for the plan page (the plan, issued by a government organisation).
// The site itself is not an official government site (see /about/), so the GovernmentOrganization is
// the plan's issuer, 常州市人民政府, not the site's publisher.
import type { Lang } from '../../i18n/locales.ts';
import { LOCALE_INFO } from '../../i18n/localeTable.ts';
import { planPeriodEnded } from '../plan/period.ts';
import { PLAN_ISSUED, PLAN_ISSUER, PLAN_PERIOD, PLAN_TITLE } from '../plan/facts.ts';

/** `today` is the build date (src/data/buildDate.ts): it decides whether the plan is still in force. */
interface Input { lang: Lang; site: string; siteName: string; pageUrl: string; isPlan: boolean; today: Date }

export function siteJsonLd({ lang, site, siteName, pageUrl, isPlan, today }: Input): Array<Record<string, unknown>> {
  const issuer = { '@type': 'GovernmentOrganization', name: PLAN_ISSUER[lang], address: { '@type': 'PostalAddress', addressLocality: lang === 'zh' ? '常州' : 'Changzhou', addressCountry: 'CN' } };
  const website = { '@context': 'https://schema.org', '@type': 'WebSite', name: siteName, url: site, inLanguage: LOCALE_INFO[lang].bcp47, about: { '@type': 'Legislation', name: PLAN_TITLE[lang] } };
  if (!isPlan) return [website];
  const plan = {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: PLAN_TITLE[lang],
    url: pageUrl,
    inLanguage: LOCALE_INFO[lang].bcp47,
    legislationDate: PLAN_ISSUED,
    legislationPassedBy: issuer,
    publisher: issuer,
    legislationLegalForce: planPeriodEnded(today) ? 'https://schema.org/NotInForce' : 'https://schema.org/InForce',
    temporalCoverage: `${PLAN_PERIOD.start}/${PLAN_PERIOD.end}`,
    ...(lang === 'en' && { isBasedOn: { '@type': 'Legislation', name: PLAN_TITLE.zh, inLanguage: LOCALE_INFO.zh.bcp47 } }),
  };
  return [website, plan];
}
