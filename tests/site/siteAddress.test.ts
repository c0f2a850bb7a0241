// dist/ is built without SITE_URL (tests/builds.ts): the build then names no host at all, rather than a
// placeholder. No canonical link, og:url, print QR code, sitemap, feed or security.txt; the open data's
// clause links are paths. (The same build with SITE_URL: tests/base/siteAddress.test.ts.)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, fileForUrl, page, pageUrls } from '../support/dist.ts';

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)],
  );
const TEXT = /\.(html|xml|txt|json|csv|js|css|svg)$/;
const pages = pageUrls();
const jsonLd = (url: string) =>
  page(url)
    .querySelectorAll('script[type="application/ld+json"]')
    .map((s) => JSON.parse(s.textContent) as Record<string, unknown>);
const clauseIds = new Set(
  page('/plan/')
    .querySelectorAll('[id]')
    .map((e) => e.id),
);

describe('a build without SITE_URL', () => {
  it('names no placeholder host in any file (grep -r example.org dist/ finds nothing)', () => {
    const files = walk(DIST).filter((file) => TEXT.test(file));
    expect(files.length).toBeGreaterThan(pages.length);
    const naming = files.filter((file) => readFileSync(file, 'utf8').includes('example.org'));
    expect(naming.map((file) => relative(DIST, file))).toEqual([]);
  });

  it('gives no page a canonical link, an og:url or a url of its own in JSON-LD', () => {
    const withAddress = pages.filter(
      (url) =>
        page(url).querySelector('link[rel="canonical"], meta[property="og:url"]') ||
        jsonLd(url).some((json) => 'url' in json),
    );
    expect(withAddress).toEqual([]);
  });

  it('prints no QR code, since the address it would carry is unknown', () => {
    expect(pages.filter((url) => page(url).querySelector('.print-qr'))).toEqual([]);
  });

  it('has no sitemap, and robots.txt names none', () => {
    expect(readdirSync(DIST).filter((name) => name.startsWith('sitemap'))).toEqual([]);
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Sitemap:/im);
  });

  it('has no RSS feed, and no page links to one', () => {
    expect(existsSync(fileForUrl('/progress/rss.xml'))).toBe(false);
    expect(existsSync(fileForUrl('/en/progress/rss.xml'))).toBe(false);
    expect(pages.filter((url) => page(url).querySelector('[href$="rss.xml"]'))).toEqual([]);
  });

  it('writes each open-data clause link as the path of its clause on /plan/', () => {
    const { targets: records } = JSON.parse(readFileSync(fileForUrl('/data/targets.json'), 'utf8')) as {
      targets: Array<{ clause: string; clause_url: string }>;
    };
    expect(records.length).toBeGreaterThan(0);
    for (const { clause, clause_url } of records) {
      expect(clause_url).toBe(`/plan/#${clause}`);
      expect(clauseIds.has(clause), clause).toBe(true);
    }
    const csv = readFileSync(fileForUrl('/data/targets.csv'), 'utf8');
    expect(csv).not.toMatch(/https?:\/\/[^,"]*\/plan\//);
  });

  it('has no security.txt, since no security contact is set', () => {
    expect(existsSync(join(DIST, '.well-known'))).toBe(false);
  });
});
