// /.well-known/security.txt (RFC 9116), only when SITE_SECURITY_CONTACT is set: a route with a parameter, so
// that without a contact it has no path and the file does not exist (a fixed route would always be built).
import type { APIRoute } from 'astro';
import { securityTxt } from '../../lib/site/securityTxt.ts';
import { SECURITY_CONTACTS } from '../../site.config.ts';
import { BUILD_DATE } from '../../data/buildDate.ts';
import { LOCALES, withBase } from '../../i18n/locales.ts';
import { LOCALE_INFO } from '../../i18n/localeTable.ts';

export const getStaticPaths = () => (SECURITY_CONTACTS ? [{ params: { file: 'security.txt' } }] : []);

export const GET: APIRoute = ({ site }) =>
  new Response(
    securityTxt({
      contacts: SECURITY_CONTACTS ?? [],
      buildDate: BUILD_DATE,
      // Its own address is known only with SITE_URL (RFC 9116, 2.5.2: Canonical names where the file lives).
      canonical: site && new URL(withBase('/.well-known/security.txt'), site).href,
      languages: LOCALES.map((l) => LOCALE_INFO[l].bcp47),
    }),
    { headers: { 'content-type': 'text/plain; charset=utf-8' } },
  );
