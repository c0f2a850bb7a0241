// The BASE_PATH build (dist-base/, built for /ip-site/ and dated before the plan ended, see tests/builds.ts):
// feeds, sitemap and robots carry the base, and the date alone puts the plan in its implementation period.
// (Every link, asset and anchor in it is checked by tests/site/links.test.ts, which this project also runs.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, DIST, fileForUrl, page, pageUrls } from '../support/dist.ts';
import { useTranslations } from '../../src/i18n/t.ts';

// Chinese pages show full-width punctuation (converted at build), so text is compared after NFKC.
const nfkc = (text: string | undefined) => (text ?? '').normalize('NFKC');

// The strings as pages show them: the plan's dates filled in, Chinese with full-width punctuation.
const zh = useTranslations('zh');
const en = useTranslations('en');

const text = (file: string) => readFileSync(join(DIST, file), 'utf8');
// The date and the site address tests/builds.ts builds dist-base/ with.
const dates = JSON.parse(readFileSync('tests/fixtures/build-dates.json', 'utf8')) as { beforePlanPeriod: string };
const { SITE_URL } = JSON.parse(readFileSync('tests/fixtures/deployment.json', 'utf8')) as { SITE_URL: string };

describe('a build under a base path', () => {
  it('is the build the project says it is', () => {
    expect(BASE).toBe('/ip-site');
  });

  it('puts the base in every sitemap entry, the robots.txt sitemap line and the RSS item links', () => {
    const sitemaps = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
    const locs = sitemaps.flatMap((f) =>
      [...text(f).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname),
    );
    expect(locs.length).toBeGreaterThan(0);
    expect(locs.filter((path) => !path.startsWith(`${BASE}/`))).toEqual([]);
    expect(text('robots.txt')).toMatch(new RegExp(`Sitemap: \\S+${BASE}/sitemap-index\\.xml`));
    for (const feed of ['progress/rss.xml', 'en/progress/rss.xml']) {
      const links = [...text(feed).matchAll(/<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]).pathname);
      expect(links.length).toBeGreaterThan(0);
      expect(links.filter((path) => !path.startsWith(`${BASE}/`))).toEqual([]);
    }
  });

  it('builds its search index into the site (tests/browser/base/walk.spec.ts searches it from inside the base in Chromium)', () => {
    expect(readdirSync(join(DIST, 'pagefind')).some((f) => f === 'pagefind.js')).toBe(true);
  });

  it("puts the base in every absolute address of the site's own pages: canonical, hreflang, Open Graph, JSON-LD", () => {
    // The print stylesheet writes the origin before a link's own address (which carries the base already):
    // `"https://host" attr(href)` is the one place the origin stands alone.
    const own = new RegExp(
      `https?://${new URL(SITE_URL).host.replace(/\./g, '\\.')}(?!" attr\\(href\\))(/[^"'\\s<>]*)?`,
      'g',
    );
    const outside = pageUrls().flatMap((url) =>
      [...readFileSync(fileForUrl(url), 'utf8').matchAll(own)]
        .map((m) => m[1] ?? '/')
        .filter((path) => !path.startsWith(`${BASE}/`))
        .map((path) => `${url}: ${path}`),
    );
    expect(outside).toEqual([]);
  });

  it('shows the plan as current and the phase under way when built before its period ended, in both languages', () => {
    expect(nfkc(page(`${BASE}/plan/`).querySelector('.validity')?.textContent)).toContain(nfkc(zh('validity.current')));
    expect(page(`${BASE}/en/plan/`).querySelector('.validity')?.textContent).toContain(en('validity.current'));
    // Nothing about an ended period, nor what it means, while the plan runs.
    expect(page(`${BASE}/plan/`).querySelector('[data-validity-meaning]')).toBeNull();
    expect(page(`${BASE}/plan/explained/`).querySelector('[data-validity-brief]')).toBeNull();
    const timeline = page(`${BASE}/plan/timeline/`).textContent;
    expect(nfkc(timeline)).not.toContain(nfkc(zh('timeline.afterEnd')));
    // The one phase marked as under way is the one whose months include the build date.
    const month = dates.beforePlanPeriod.slice(0, 7);
    for (const path of [`${BASE}/plan/timeline/`, `${BASE}/en/plan/timeline/`]) {
      const current = page(path).querySelectorAll('[aria-current="step"]');
      expect(current).toHaveLength(1);
      const [start, end] = current[0].querySelectorAll('time').map((t) => t.getAttribute('datetime')!);
      expect(start <= month && month <= end, `${start}–${end} should include ${month}`).toBe(true);
    }
  });
});
