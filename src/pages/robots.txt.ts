// /robots.txt: everything may be crawled but the search pages; the sitemap line only when there is a sitemap,
// which needs SITE_URL (astro.config.mjs adds the sitemap integration only then).
import type { APIRoute } from 'astro';
import { LOCALES, localePath, withBase } from '../i18n/locales.ts';

export const GET: APIRoute = ({ site }) => {
  const rules = `User-agent: *\nAllow: /\n${LOCALES.map((lang) => `Disallow: ${localePath(lang, '/search/')}\n`).join('')}`;
  const sitemap = site ? `\nSitemap: ${new URL(withBase('/sitemap-index.xml'), site).href}\n` : '';
  return new Response(rules + sitemap, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
