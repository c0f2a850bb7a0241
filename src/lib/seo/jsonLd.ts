// JSON-LD for every page (the website) and for the plan page (the plan, issued by a government organisation).
// The plan's issuer, 常州市人民政府, is a GovernmentOrganization; the site's own publisher comes from the identity
// setting and is a GovernmentOrganization only when the setting says the deployment is official.
import type { Lang } from '../../i18n/locales.ts';
import { planPeriodEnded } from '../plan/period.ts';

export const PLAN_ISSUER = { zh: '常州市人民政府', en: "Changzhou Municipal People's Government" } as const;
export const PLAN_TITLE = {
  zh: '常州市国家知识产权强市建设试点城市工作方案(2022-2025年)',
  en: 'Changzhou Work Plan as a National Pilot City in Building the Strong Intellectual Property City (2022-2025)',
} as const;

interface Input { lang: Lang; site: string; siteName: string; pageUrl: string; isPlan: boolean; publisher: { name: string; official: boolean } }

export function siteJsonLd({ lang, site, siteName, pageUrl, isPlan, publisher }: Input): Array<Record<string, unknown>> {
  const issuer = { '@type': 'GovernmentOrganization', name: PLAN_ISSUER[lang], address: { '@type': 'PostalAddress', addressLocality: lang === 'zh' ? '常州' : 'Changzhou', addressCountry: 'CN' } };
  const website = { '@context': 'https://schema.org', '@type': 'WebSite', name: siteName, url: site, inLanguage: lang === 'zh' ? 'zh-CN' : 'en', about: { '@type': 'Legislation', name: PLAN_TITLE[lang] }, publisher: { '@type': publisher.official ? 'GovernmentOrganization' : 'Organization', name: publisher.name } };
  if (!isPlan) return [website];
  const plan = {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: PLAN_TITLE[lang],
    url: pageUrl,
    inLanguage: lang === 'zh' ? 'zh-CN' : 'en',
    legislationDate: '2022-09-15',
    legislationPassedBy: issuer,
    publisher: issuer,
    legislationLegalForce: planPeriodEnded(new Date()) ? 'https://schema.org/NotInForce' : 'https://schema.org/InForce',
    temporalCoverage: '2022-07/2025-06',
    ...(lang === 'en' && { isBasedOn: { '@type': 'Legislation', name: PLAN_TITLE.zh, inLanguage: 'zh-CN' } }),
  };
  return [website, plan];
}
