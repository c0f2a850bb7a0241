// /robots.txt: everything may be crawled; the sitemap is at the site's own address.
import type { APIRoute } from 'astro';
import { SITE_URL } from '../site.config.ts';
import { LOCALES, localePath, withBase } from '../i18n/locales.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\n${LOCALES.map((lang) => `Disallow: ${localePath(lang, '/search/')}\n`).join('')}\nSitemap: ${new URL(withBase('/sitemap-index.xml'), site ?? SITE_URL).href}\n`,
    {
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    },
  );
