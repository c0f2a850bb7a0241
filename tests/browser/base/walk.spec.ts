// A reader's walk through the BASE_PATH build in Chromium: one page of each kind in both languages loads
// with every request answered inside the base, and a search finds pages and links into the base.
import type { Request, Response } from '@playwright/test';
import { expect, test } from '../fixtures.ts';
import { BASE, basePageUrls } from './site.ts';

/** One page per kind: the first page of each section, per language ("/ip-site/en/services/…"). */
function onePagePerKind(): string[] {
  const seen = new Map<string, string>();
  for (const url of basePageUrls()) {
    const segments = url.slice(BASE.length).split('/').filter(Boolean);
    const lang = segments[0] === 'en' ? 'en' : 'zh';
    const parts = lang === 'en' ? segments.slice(1) : segments;
    const kind = `${lang}:${parts[0] ?? ''}:${parts.length}`;
    if (!seen.has(kind)) seen.set(kind, url);
  }
  return [...seen.values()];
}

test.describe('the site under /ip-site/ in Chromium', () => {
  for (const url of onePagePerKind())
    test(`${url} loads with every request answered inside the base`, async ({ sharedTab }) => {
      const failures: string[] = [];
      const onResponse = (response: Response) => {
        if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
      };
      const onFailed = (request: Request) => failures.push(`failed ${request.url()}`);
      const onRequest = (request: Request) => {
        const u = new URL(request.url());
        if (u.protocol.startsWith('http') && !u.pathname.startsWith(`${BASE}/`))
          failures.push(`outside the base: ${u.pathname}`);
      };
      // One tab for the walk, as a reader clicking on would have; each page's listeners are removed after it.
      const page = await sharedTab('base walk');
      page.on('response', onResponse).on('requestfailed', onFailed).on('request', onRequest);
      try {
        await page.goto(url, { waitUntil: 'networkidle' });
      } finally {
        page.off('response', onResponse).off('requestfailed', onFailed).off('request', onRequest);
      }
      expect(failures).toEqual([]);
      expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
    });

  for (const [lang, query] of [
    ['zh', '马德里'],
    ['en', 'Madrid'],
  ])
    test(`finds ${lang} pages for "${query}" and links them inside the base`, async ({ open }) => {
      const page = await open(`${BASE}${lang === 'en' ? '/en' : ''}/search/?q=${encodeURIComponent(query)}`);
      const first = page.locator('[data-search-results] a').first();
      await first.waitFor();
      const href = await first.getAttribute('href');
      expect(new URL(href!, page.url()).pathname.startsWith(`${BASE}/`)).toBe(true);
      const response = await page.goto(new URL(href!, page.url()).href);
      expect(response?.status()).toBe(200);
      await page.context().close();
    });
});
