// The security headers are all defined (the real servers send them: tests/deploy/), every page has its
// Content Security Policy, and the sharing and discovery metadata that needs no site address. What needs
// SITE_URL (canonical, og:url, sitemap, feeds) is checked in tests/site/siteAddress.test.ts and
// tests/base/siteAddress.test.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { page, pageUrls } from '../support/dist.ts';

const headers = JSON.parse(readFileSync('deploy/security-headers.json', 'utf8')) as Record<string, string>;
const REQUIRED = [
  'Strict-Transport-Security',
  'X-Content-Type-Options',
  'Referrer-Policy',
  'Permissions-Policy',
  'X-Frame-Options',
];

describe('security headers', () => {
  it('are all defined, with frame-ancestors', () => {
    for (const name of REQUIRED) expect(headers[name], name).toBeTruthy();
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });
});

describe('content security policy', () => {
  it.each(pageUrls())('%s has a CSP without unsafe-inline', (url) => {
    const csp = page(url).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).toMatch(/style-src 'self'/);
    expect(csp).not.toContain('unsafe-inline');
  });
});

describe('sharing and discovery', () => {
  it.each(pageUrls().filter((u) => u !== '/404.html'))('%s has Open Graph, Twitter and government meta tags', (url) => {
    const doc = page(url);
    const meta = (attr: string, name: string) => doc.querySelector(`meta[${attr}="${name}"]`)?.getAttribute('content');
    for (const p of ['og:title', 'og:description', 'og:site_name', 'og:locale'])
      expect(meta('property', p), p).toBeTruthy();
    for (const n of ['twitter:card', 'SiteName', 'ArticleTitle', 'ContentSource', 'Description', 'Keywords'])
      expect(meta('name', n), n).toBeTruthy();
    const jsonLd = doc.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent));
    expect(jsonLd.some((j) => j['@type'] === 'WebSite')).toBe(true);
  });
  it('describes the plan in JSON-LD as issued by a government organisation on 2022-09-15', () => {
    const plan = page('/plan/')
      .querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.textContent))
      .find((j) => j['@type'] === 'Legislation');
    expect(plan.legislationDate).toBe('2022-09-15');
    expect(plan.legislationPassedBy['@type']).toBe('GovernmentOrganization');
    expect(plan.legislationPassedBy.name).toBe('常州市人民政府');
  });
  it('has a bilingual 404 page', () => {
    const text = page('/404.html').querySelector('main')!.textContent;
    expect(text).toContain('页面未找到');
    expect(text).toContain('Page not found');
  });
});
