// Search quality, measured: the query suite (the project's own queries and a held-back set written by people
// who had not seen the site's wording, many of them questions) typed into the real search page in Chromium
// against the built Pagefind index, one page per language, each query checked for its subject in the top three.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { useBrowser } from '../support/chromium.ts';
import { page } from '../support/dist.ts';
import { loadPlanFiles } from '../../src/data/contentFiles.ts';

interface Query {
  q: string;
  expect: string[];
  style: 'term' | 'question';
  from: 'project' | 'people';
}
type Lang = 'zh' | 'en';
const suite = JSON.parse(readFileSync('tests/fixtures/search-queries.json', 'utf8')) as Record<Lang, Query[]>;
const REQUIRED_TOP3_RATE = 0.95;

/** A result matches an expectation with a #clause exactly, or an expected page anywhere on that page. */
export function matches(href: string, expected: string): boolean {
  return expected.includes('#') ? href === expected : href.split('#')[0] === expected;
}

describe('the query suite', () => {
  it.each(['zh', 'en'] as const)('has at least 80 %s queries, half of them questions or colloquial phrases', (lang) => {
    expect(suite[lang].length).toBeGreaterThanOrEqual(80);
    expect(suite[lang].filter((q) => q.style === 'question').length).toBeGreaterThanOrEqual(suite[lang].length / 2);
  });
});

describe('search', () => {
  const { open, origin, sharedTab } = useBrowser();

  /** The search page of a language, freshly loaded (at `query` if given) in the file's tab for that language:
   *  navigating an open tab costs a fraction of a new browser context, and a fresh load resets the filters. */
  async function searchPage(lang: Lang, query = ''): Promise<Page> {
    const tab = await sharedTab(`search ${lang}`);
    await tab.goto(`${origin}${lang === 'en' ? '/en' : ''}/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`);
    return tab;
  }

  /** Types a query into the search page and returns the result links and the status line. */
  async function typeQuery(tab: Page, query: string): Promise<{ hrefs: string[]; status: string }> {
    await tab.fill('#search-page-q', query);
    await tab.evaluate(() => {
      document.querySelector('[data-search-status]')!.textContent = '';
    });
    await tab.press('#search-page-q', 'Enter');
    // Waits in the page for the status line to give a count or "nothing found" (the page writes it after the
    // results), then reads the results: one round trip per query instead of polling every frame.
    return tab.evaluate(
      () =>
        new Promise<{ hrefs: string[]; status: string }>((done) => {
          const status = document.querySelector<HTMLElement>('[data-search-status]')!;
          const finished = () => /\d/.test(status.textContent ?? '') || status.textContent === status.dataset.labelNone;
          const report = () =>
            done({
              hrefs: [...document.querySelectorAll('[data-search-results] li h2 a')].map(
                (a) => a.getAttribute('href') ?? '',
              ),
              status: status.textContent ?? '',
            });
          if (finished()) return report();
          const watcher = new MutationObserver(() => {
            if (!finished()) return;
            watcher.disconnect();
            report();
          });
          watcher.observe(status, { childList: true, characterData: true, subtree: true });
        }),
    );
  }

  describe.each(['zh', 'en'] as const)('typed into the %s search page', (lang) => {
    const outcomes = new Map<string, string[]>();
    let tab: Page;
    beforeAll(async () => {
      tab = await searchPage(lang);
      for (const { q } of suite[lang]) outcomes.set(q, (await typeQuery(tab, q)).hrefs);
    });

    it(`finds the expected page in the top 3 for at least ${REQUIRED_TOP3_RATE * 100}% of the queries`, () => {
      const misses = suite[lang].filter(
        ({ q, expect: wanted }) =>
          !outcomes
            .get(q)!
            .slice(0, 3)
            .some((href) => wanted.some((e) => matches(href, e))),
      );
      const rate = 1 - misses.length / suite[lang].length;
      console.log(
        `search top-3 (${lang}): ${(rate * 100).toFixed(1)}% of ${suite[lang].length}${misses.length ? `; misses:\n  ${misses.map((m) => `${m.q} → ${outcomes.get(m.q)!.slice(0, 3).join(', ')}`).join('\n  ')}` : ''}`,
      );
      expect(rate).toBeGreaterThanOrEqual(REQUIRED_TOP3_RATE);
    });

    it('returns results for every query, including the many Pagefind alone finds nothing for', async () => {
      expect(suite[lang].filter(({ q }) => outcomes.get(q)!.length === 0).map(({ q }) => q)).toEqual([]);
      // Pagefind on its own, as typed: the suite keeps at least ten questions it cannot answer, so the
      // fallback (stop words, vocabulary, word by word) stays tested as the content changes.
      const queries = suite[lang].map((q) => q.q);
      // Written as a string so the test runner does not rewrite the browser's import().
      const counts = (await tab.evaluate(
        `import('/pagefind/pagefind.js').then((pf) => Promise.all(${JSON.stringify(queries)}.map(async (q) => (await pf.search(q)).results.length)))`,
      )) as number[];
      const nothingAlone = queries.filter((_, i) => counts[i] === 0);
      console.log(`queries Pagefind alone finds nothing for (${lang}): ${nothingAlone.length}`);
      expect(nothingAlone.length).toBeGreaterThanOrEqual(10);
    });
  });

  it('says which words it searched for when it shortened a question', async () => {
    const { status } = await typeQuery(await searchPage('zh'), '专利侵权投诉电话');
    expect(status).toContain('专利');
    expect(status).not.toContain('电话');
  });

  it('offers the guide pages instead of a dead end when nothing is found', async () => {
    const tab = await searchPage('en');
    const { hrefs } = await typeQuery(tab, 'qwzxv');
    expect(hrefs).toEqual([]);
    const guides = await tab.$$eval('[data-search-help]:not([hidden]) a', (links) =>
      links.map((a) => a.getAttribute('href')),
    );
    expect(guides).toEqual(expect.arrayContaining(['/en/services/', '/en/overseas/']));
  });

  it('marks the words found in snippets and shows no hidden link text', async () => {
    const tab = await searchPage('zh');
    await typeQuery(tab, '加强知识产权维权援助');
    const snippets = await tab.$$eval('[data-search-results] li p:last-child', (ps) =>
      ps.map((p) => ({ text: p.textContent ?? '', marks: p.querySelectorAll('mark').length })),
    );
    expect(snippets.some((s) => s.marks > 0)).toBe(true);
    expect(snippets.map((s) => s.text).join(' ')).not.toMatch(/本条链接|Link to this clause/);
  });

  it('fetches Pagefind as soon as the search box is focused, before anything is submitted', async () => {
    const tab = await open('/search/');
    await tab.waitForLoadState('networkidle');
    expect(
      await tab.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.includes('/pagefind/'))),
    ).toBe(false);
    const loaded = tab.waitForRequest((request) => request.url().includes('/pagefind/pagefind.js'));
    await tab.focus('#search-page-q');
    await loaded;
    await tab.context().close();
  });

  it("returns a link to the clause for a query on a measure's lead phrase", async () => {
    const tab = await searchPage('zh');
    expect((await typeQuery(tab, '健全知识产权保护制度机制')).hrefs.slice(0, 3)).toContain('/plan/#task-2-1-1');
  });

  it.each([
    ['zh', '地理标志', '/plan/'],
    ['en', 'geographical indication', '/en/plan/'],
  ] as const)(
    'finds every clause of the plan that contains the plan term %s "%s", a clause first',
    async (lang, term, plan) => {
      // Expected from the plan's own text, so the test follows the content.
      const clauses = loadPlanFiles(lang)
        .flatMap((f) => f.clauses)
        .filter((c) => c.text.toLowerCase().includes(term))
        .map((c) => `${plan}#${c.id}`);
      expect(clauses.length).toBeGreaterThan(3);
      const { hrefs } = await typeQuery(await searchPage(lang), term);
      expect(hrefs[0]).toMatch(/\/plan\/#/);
      expect(hrefs).toEqual(expect.arrayContaining(clauses));
    },
  );

  it('writes snippets of Chinese pages in Chinese punctuation, with no period Pagefind adds', async () => {
    const tab = await searchPage('zh');
    await typeQuery(tab, '地理标志');
    const snippets = await tab.$$eval('[data-search-results] li p:last-child', (ps) => ps.map((p) => p.textContent));
    expect(snippets.join('\n')).not.toMatch(/\p{Script=Han}\. /u);
  });

  it('does not rank the accessibility statement for a subject query such as 地理标志', async () => {
    const tab = await searchPage('zh');
    expect((await typeQuery(tab, '地理标志')).hrefs.some((href) => href.startsWith('/accessibility/'))).toBe(false);
  });

  it('localises the search page: no English interface text on the Chinese page', async () => {
    const tab = await searchPage('zh', '马德里');
    await tab.waitForSelector('[data-search-results] li');
    const ui = await tab.evaluate(() =>
      [
        ...document.querySelectorAll(
          '[data-search-page] legend, [data-search-page] label, [data-search-status], .search-type, button',
        ),
      ]
        .map((el) => el.textContent ?? '')
        .join(' '),
    );
    expect(ui).not.toMatch(/\b(Search|Results|All|Plan clause|Target|Service)\b/);
  });

  it('filters results by content type', async () => {
    const tab = await searchPage('zh', '保护');
    await tab.waitForSelector('[data-search-results] li');
    await tab.check('[data-search-filters] input[value="service"]');
    await tab.waitForFunction(() =>
      [...document.querySelectorAll('[data-search-results] li h2 a')].every((a) =>
        a.getAttribute('href')!.startsWith('/services/'),
      ),
    );
  });

  it('can be used with the keyboard alone: type, submit with Enter, tab to the first result', async () => {
    const tab = await searchPage('en');
    await tab.focus('#search-page-q');
    await tab.keyboard.type('Madrid');
    await tab.keyboard.press('Enter');
    await tab.waitForSelector('[data-search-results] li');
    expect(tab.url()).toContain('?q=Madrid');
  });
});

describe('search loads nothing until asked', () => {
  const { origin, sharedTab } = useBrowser();

  it.each(['/', '/plan/', '/en/targets/madrid-registrations/', '/services/'])(
    '%s requests no Pagefind file',
    async (url) => {
      const tab = await sharedTab('no search');
      const requested: string[] = [];
      const record = (r: Request) => requested.push(r.url());
      tab.on('request', record);
      await tab.goto(origin + url, { waitUntil: 'networkidle' }).finally(() => tab.off('request', record));
      expect(requested.filter((r) => r.includes('/pagefind/'))).toEqual([]);
    },
  );

  it('indexes only the main content: no navigation or footer text in the index body', () => {
    const doc = page('/plan/');
    expect(
      doc.querySelector('header [data-pagefind-body], footer [data-pagefind-body], nav[data-pagefind-body]'),
    ).toBeNull();
    expect(doc.querySelector('main')!.hasAttribute('data-pagefind-body')).toBe(true);
  });
});
