// JSON-LD for every page (the website) and for the plan page (the plan, issued by a government organisation).
// The plan's issuer, 常州市人民政府, is a GovernmentOrganization; the site's own publisher comes from the identity
// setting and is a GovernmentOrganization only when the setting says the deployment is official.
import { SOURCE_LANG, contentLang, inLang, type Lang } from '../../i18n/locales.ts';
import { LOCALE_INFO } from '../../i18n/localeTable.ts';
import { planPeriodEnded } from '../plan/period.ts';
import { PLAN_ISSUED, PLAN_ISSUER, PLAN_PERIOD, PLAN_TITLE } from '../plan/facts.ts';

/** `today` is the build date (src/data/buildDate.ts): it decides whether the plan is still in force. */
/** `publisher` comes from the site-identity setting (src/site.config.ts). */
interface Input {
  lang: Lang;
  /** The site's home and this page as absolute URLs; both are left out of the JSON-LD without SITE_URL. */
  site?: string;
  siteName: string;
  /** The issuer's city as the page's language names it. */
  city: string;
  pageUrl?: string;
  isPlan: boolean;
  today: Date;
  publisher: { name: string; official: boolean };
}

export function siteJsonLd({
  lang,
  site,
  siteName,
  city,
  pageUrl,
  isPlan,
  today,
  publisher,
}: Input): Array<Record<string, unknown>> {
  const issuer = {
    '@type': 'GovernmentOrganization',
    name: inLang(PLAN_ISSUER, lang),
    address: { '@type': 'PostalAddress', addressLocality: city, addressCountry: 'CN' },
  };
  const website = {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: siteName,
    ...(site && { url: site }),
    inLanguage: LOCALE_INFO[lang].bcp47,
    about: { '@type': 'Legislation', name: inLang(PLAN_TITLE, lang) },
    publisher: { '@type': publisher.official ? 'GovernmentOrganization' : 'Organization', name: publisher.name },
  };
  if (!isPlan) return [website];
  const plan = {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: inLang(PLAN_TITLE, lang),
    ...(pageUrl && { url: pageUrl }),
    inLanguage: LOCALE_INFO[lang].bcp47,
    legislationDate: PLAN_ISSUED,
    legislationPassedBy: issuer,
    publisher: issuer,
    legislationLegalForce: planPeriodEnded(today) ? 'https://schema.org/NotInForce' : 'https://schema.org/InForce',
    temporalCoverage: `${PLAN_PERIOD.start}/${PLAN_PERIOD.end}`,
    // A translation is based on the source text; a generated language is the source text in other characters.
    ...(contentLang(lang) !== SOURCE_LANG && {
      isBasedOn: { '@type': 'Legislation', name: PLAN_TITLE[SOURCE_LANG], inLanguage: LOCALE_INFO[SOURCE_LANG].bcp47 },
    }),
  };
  return [website, plan];
}
