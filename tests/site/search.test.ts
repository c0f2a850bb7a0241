// Search quality, measured: realistic queries in both languages, each with the page or clause a reader
// expects in the top three results, run through the real search page against the built Pagefind index.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/chromium.ts';
import { page } from '../support/dist.ts';

interface Query { q: string; expect: string[] }
const suite = JSON.parse(readFileSync('tests/fixtures/search-queries.json', 'utf8')) as Record<'zh' | 'en', Query[]>;
const REQUIRED_TOP3_RATE = 0.9;

/** A result matches an expectation with a #clause exactly, or an expected page anywhere on that page. */
export function matches(href: string, expected: string): boolean {
  return expected.includes('#') ? href === expected : href.split('#')[0] === expected;
}

describe('search', () => {
  const { open } = useBrowser();

  async function top3(lang: 'zh' | 'en', query: string): Promise<string[]> {
    const tab = await open(`${lang === 'en' ? '/en' : ''}/search/?q=${encodeURIComponent(query)}`);
    await tab.waitForFunction(() => /\d|没有|No results/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const hrefs = await tab.$$eval('[data-search-results] li h2 a', (links) => links.slice(0, 3).map((a) => a.getAttribute('href') ?? ''));
    await tab.context().close();
    return hrefs;
  }

  it.each(['zh', 'en'] as const)('finds the expected page in the top 3 for at least 90%% of the %s queries', async (lang) => {
    expect(suite[lang].length).toBeGreaterThanOrEqual(30);
    const misses: string[] = [];
    for (const { q, expect: expected } of suite[lang]) {
      const hrefs = await top3(lang, q);
      if (!hrefs.some((href) => expected.some((e) => matches(href, e)))) misses.push(`${q} → ${hrefs.join(', ')}`);
    }
    const rate = 1 - misses.length / suite[lang].length;
    console.log(`search top-3 (${lang}): ${(rate * 100).toFixed(1)}%${misses.length ? `; misses:\n  ${misses.join('\n  ')}` : ''}`);
    expect(rate, misses.join('\n')).toBeGreaterThanOrEqual(REQUIRED_TOP3_RATE);
  });

  it('returns a link to the clause for a query on a measure\'s lead phrase', async () => {
    expect(await top3('zh', '健全知识产权保护制度机制')).toContain('/plan/#task-2-1-1');
  });

  it('localises the search page: no English interface text on the Chinese page', async () => {
    const tab = await open('/search/?q=%E9%A9%AC%E5%BE%B7%E9%87%8C');
    await tab.waitForSelector('[data-search-results] li');
    const ui = await tab.evaluate(() => [...document.querySelectorAll('[data-search-page] legend, [data-search-page] label, [data-search-status], .search-type, button')].map((el) => el.textContent ?? '').join(' '));
    expect(ui).not.toMatch(/\b(Search|Results|All|Plan clause|Target|Service)\b/);
    await tab.context().close();
  });

  it('filters results by content type', async () => {
    const tab = await open('/search/?q=%E4%BF%9D%E6%8A%A4');
    await tab.waitForSelector('[data-search-results] li');
    await tab.check('[data-search-filters] input[value="service"]');
    await tab.waitForFunction(() => [...document.querySelectorAll('[data-search-results] li h2 a')].every((a) => a.getAttribute('href')!.startsWith('/services/')));
    await tab.context().close();
  });

  it('can be used with the keyboard alone: type, submit with Enter, tab to the first result', async () => {
    const tab = await open('/en/search/');
    await tab.focus('#search-page-q');
    await tab.keyboard.type('Madrid');
    await tab.keyboard.press('Enter');
    await tab.waitForSelector('[data-search-results] li');
    expect(tab.url()).toContain('?q=Madrid');
    await tab.context().close();
  });
});

describe('search loads nothing until asked', () => {
  const { open } = useBrowser();

  it.each(['/', '/plan/', '/en/targets/madrid-registrations/', '/services/'])('%s requests no Pagefind file', async (url) => {
    const tab = await open('/');
    const requested: string[] = [];
    tab.on('request', (r) => requested.push(r.url()));
    await tab.goto(tab.url().replace(/\/$/, '') + url, { waitUntil: 'networkidle' });
    expect(requested.filter((r) => r.includes('/pagefind/'))).toEqual([]);
    await tab.context().close();
  });

  it('indexes only the main content: no navigation or footer text in the index body', () => {
    const doc = page('/plan/');
    expect(doc.querySelector('header [data-pagefind-body], footer [data-pagefind-body], nav[data-pagefind-body]')).toBeNull();
    expect(doc.querySelector('main')!.hasAttribute('data-pagefind-body')).toBe(true);
  });
});
