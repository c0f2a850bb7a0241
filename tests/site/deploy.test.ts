// Deployment configs carry the security headers, and the built site ships the sharing and discovery files.
import { readFileSync, existsSync } from 'node:fs';
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
  it.each([
    ['deploy/nginx.conf', (k: string, v: string) => `add_header ${k} "${v}" always;`],
    ['dist/_headers', (k: string, v: string) => `  ${k}: ${v}`],
  ])('%s sets every one of them', (file, line) => {
    const text = readFileSync(file, 'utf8');
    for (const [name, value] of Object.entries(headers)) expect(text, name).toContain(line(name, value));
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
  it('has robots.txt pointing to the sitemap', () => {
    expect(readFileSync('dist/robots.txt', 'utf8')).toMatch(/Sitemap: https?:\/\/.+\/sitemap-index\.xml/);
  });
  it('has a sitemap with hreflang alternates for both languages', () => {
    expect(existsSync('dist/sitemap-index.xml')).toBe(true);
    const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
    expect(sitemap).toContain('hreflang="zh-CN"');
    expect(sitemap).toContain('hreflang="en"');
    expect(sitemap).not.toContain('/search/');
  });
  it.each(pageUrls().filter((u) => u !== '/404.html'))(
    '%s has canonical, Open Graph, Twitter and government meta tags',
    (url) => {
      const doc = page(url);
      const meta = (attr: string, name: string) =>
        doc.querySelector(`meta[${attr}="${name}"]`)?.getAttribute('content');
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/^https?:\/\//);
      for (const p of ['og:title', 'og:description', 'og:url', 'og:site_name', 'og:locale'])
        expect(meta('property', p), p).toBeTruthy();
      for (const n of ['twitter:card', 'SiteName', 'ArticleTitle', 'ContentSource', 'Description', 'Keywords'])
        expect(meta('name', n), n).toBeTruthy();
      const jsonLd = doc.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent));
      expect(jsonLd.some((j) => j['@type'] === 'WebSite')).toBe(true);
    },
  );
  it('describes the plan in JSON-LD as issued by a government organisation on 2022-09-15', () => {
    const plan = page('/plan/')
      .querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.textContent))
      .find((j) => j['@type'] === 'Legislation');
    expect(plan.legislationDate).toBe('2022-09-15');
    expect(plan.legislationPassedBy['@type']).toBe('GovernmentOrganization');
    expect(plan.legislationPassedBy.name).toBe('常州市人民政府');
  });
  it('has an RSS feed of the progress records per language', () => {
    const zh = readFileSync('dist/progress/rss.xml', 'utf8');
    const en = readFileSync('dist/en/progress/rss.xml', 'utf8');
    expect(zh).toContain('<language>zh-cn</language>');
    expect(zh).toContain('常州市人民政府印发工作方案');
    expect(en).toContain('<language>en</language>');
    expect(en).toContain('Changzhou Municipal People&apos;s Government issues the Work Plan');
  });
  it('has a bilingual 404 page', () => {
    const text = page('/404.html').querySelector('main')!.textContent;
    expect(text).toContain('页面未找到');
    expect(text).toContain('Page not found');
  });
});
