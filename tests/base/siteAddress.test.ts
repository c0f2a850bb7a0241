// dist-base/ is built with SITE_URL, under BASE_PATH and with a security contact (tests/fixtures/deployment.json):
// every absolute address in it is the site address, the base and a path the build made. (The same build
// without SITE_URL: tests/site/siteAddress.test.ts.)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, DIST, fileForUrl, page, pageUrls } from '../support/dist.ts';
import { CONTENT_LANGS, HTML_LANG, LOCALES, localePath } from '../../src/i18n/locales.ts';
import { PLAN_TEXT_PATH } from '../../src/lib/content/routes.ts';

const deployment = JSON.parse(readFileSync('tests/fixtures/deployment.json', 'utf8')) as Record<string, string>;
const dates = JSON.parse(readFileSync('tests/fixtures/build-dates.json', 'utf8')) as { beforePlanPeriod: string };
const SITE = deployment.SITE_URL;
const text = (file: string) => readFileSync(join(DIST, file), 'utf8');
/** The page an absolute address of the site leads to, or a note that it leads elsewhere. */
const pathOnSite = (address: string) =>
  address.startsWith(`${SITE}/`) ? address.slice(SITE.length) : `elsewhere: ${address}`;
const built = (address: string) => existsSync(fileForUrl(pathOnSite(address)));

const indexable = pageUrls().filter((url) => !page(url).querySelector('meta[name="robots"][content="noindex"]'));

describe('a build with SITE_URL', () => {
  it.each(indexable)('%s names its own address as canonical and og:url', (url) => {
    const doc = page(url);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(SITE + url);
    expect(doc.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(SITE + url);
    const alternates = doc.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => l.getAttribute('href')!);
    expect(alternates.filter((address) => !built(address))).toEqual([]);
  });

  it('gives the site and the plan their addresses in JSON-LD', () => {
    const json = page(`${BASE}/plan/`)
      .querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.textContent) as { '@type': string; url?: string });
    expect(json.find((j) => j['@type'] === 'WebSite')?.url).toBe(`${SITE}${BASE}/`);
    expect(json.find((j) => j['@type'] === 'Legislation')?.url).toBe(`${SITE}${BASE}/plan/`);
  });

  it('gives every service body its page address in JSON-LD', () => {
    // A body the plan only proposes (its page opens with where to go now) is given no structured data at all.
    const services = pageUrls().filter(
      (url) => /\/services\/[^/]+\/$/.test(url) && !page(url).querySelector('[data-go-now]'),
    );
    expect(services.length).toBeGreaterThan(0);
    for (const url of services) {
      const body = page(url)
        .querySelectorAll('script[type="application/ld+json"]')
        .map((s) => JSON.parse(s.textContent) as { '@type': string; url?: string })
        .find((j) => ['GovernmentOffice', 'Organization'].includes(j['@type']));
      expect(body?.url, url).toBe(SITE + url);
    }
  });

  it("prints a QR code of the page's own address on the pages meant for paper", () => {
    const printed = pageUrls().filter((url) => page(url).querySelector('.print-qr'));
    expect(printed).toContain(`${BASE}/plan/summary/`);
    for (const url of printed) {
      const qr = page(url).querySelector('.print-qr')!;
      expect(qr.querySelector('svg[role="img"]'), url).not.toBeNull();
      expect(qr.querySelector('.print-qr__url')?.textContent, url).toBe(SITE + url);
    }
  });

  it('lists in its sitemap the addresses of built pages, with hreflang alternates for both languages', () => {
    const sitemaps = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
    const locs = sitemaps.flatMap((f) => [...text(f).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
    expect(locs.length).toBeGreaterThan(0);
    expect(locs.filter((address) => !built(address))).toEqual([]);
    const sitemap = sitemaps.map(text).join('');
    expect(sitemap).toContain('hreflang="zh-CN"');
    expect(sitemap).toContain('hreflang="en"');
    expect(sitemap).not.toContain('/search/');
    expect(sitemap).not.toContain('/admin/');
    expect(text('robots.txt')).toContain(`Sitemap: ${SITE}${BASE}/sitemap-index.xml`);
  });

  it('has an RSS feed per language whose links lead to built pages', () => {
    const zh = text('progress/rss.xml');
    const en = text('en/progress/rss.xml');
    expect(zh).toContain('<language>zh-cn</language>');
    expect(zh).toContain('常州市人民政府印发工作方案');
    expect(en).toContain('<language>en</language>');
    expect(en).toContain('Changzhou Municipal People&apos;s Government issues the Work Plan');
    const links = [zh, en].flatMap((feed) => [...feed.matchAll(/<(?:link|guid[^>]*)>([^<]+)</g)].map((m) => m[1]));
    expect(links.length).toBeGreaterThan(2);
    expect(links.filter((address) => !built(address))).toEqual([]);
    for (const [feed, lang] of [
      [zh, ''],
      [en, '/en'],
    ])
      expect(feed).toContain(`<link>${SITE}${BASE}${lang}/progress/</link>`);
    expect(page(`${BASE}/progress/`).querySelector('link[type="application/rss+xml"]')?.getAttribute('href')).toBe(
      `${BASE}/progress/rss.xml`,
    );
  });

  it("names, in each language's plain text of the plan, the full address of the plan page it belongs to", () => {
    for (const lang of CONTENT_LANGS) {
      const file = text(localePath(lang, PLAN_TEXT_PATH, '/').slice(1));
      const head = file.slice(0, file.indexOf('='.repeat(40)));
      expect(head, lang).toContain(`${SITE}${localePath(lang, '/plan/', BASE)}\n`);
    }
  });

  it('writes each open-data clause link as the full address of its clause', () => {
    const { targets: records } = JSON.parse(text('data/targets.json')) as {
      targets: Array<{ clause: string; clause_url: string }>;
    };
    expect(records.length).toBeGreaterThan(0);
    for (const { clause, clause_url } of records) expect(clause_url).toBe(`${SITE}${BASE}/plan/#${clause}`);
    expect(text('data/targets.csv')).toContain(`${SITE}${BASE}/plan/#${records[0].clause}`);
  });

  it('publishes security.txt (RFC 9116) with the contact, an expiry a day short of a year after the build, and its address', () => {
    const [year, month, day] = dates.beforePlanPeriod.split('-').map(Number);
    const expires = new Date(Date.UTC(year + 1, month - 1, day - 1)).toISOString();
    expect(text('.well-known/security.txt')).toBe(
      [
        `Contact: mailto:${deployment.SITE_SECURITY_CONTACT}`,
        `Expires: ${expires}`,
        `Preferred-Languages: ${LOCALES.map((lang) => HTML_LANG[lang]).join(', ')}`,
        `Canonical: ${SITE}${BASE}/.well-known/security.txt`,
        '',
      ].join('\n'),
    );
  });
});
