// Search quality, measured: the query suite (the project's own queries and a held-back set written by people
// who had not seen the site's wording, many of them questions; for the 繁體 edition the words of readers in Taiwan
// and Hong Kong) typed into the real search page in Chromium against the built Pagefind index, one page per
// language, each query checked for its subject in the top three.
import { readdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page, Request } from '@playwright/test';
import { expect, test, type SharedTab } from './fixtures.ts';
import { axeViolations } from './axe.ts';
import { loadPlanFiles } from '../../src/data/contentFiles.ts';
import { subjectWords } from '../../src/lib/search/vocabulary.ts';
import { localePath } from '../../src/i18n/locales.ts';
import { leadPhrase } from '../../src/lib/plan/leadPhrase.ts';
import { clauseNumber } from '../../src/lib/plan/clauseRef.ts';
import type { VocabularyEntry } from '../../src/lib/schemas/glossarySynonyms.ts';

interface Query {
  q: string;
  expect: string[];
  style: 'term' | 'question';
  from: 'project' | 'people';
}
type Lang = 'zh' | 'en';
type SuiteLang = Lang | 'zh-hant';
const suite = JSON.parse(readFileSync('tests/fixtures/search-queries.json', 'utf8')) as Record<SuiteLang, Query[]>;
const REQUIRED_TOP3_RATE = 0.95;
/** Queries whose expected clause of the plan is reached from the plan's group, shown or opened from its last line. */
const planClauseSuite = JSON.parse(readFileSync('tests/fixtures/search-plan-clauses.json', 'utf8')) as Record<
  SuiteLang,
  Array<{ q: string; clause: string }>
>;
const vocabulary = JSON.parse(readFileSync('content/glossary/synonyms.json', 'utf8')) as VocabularyEntry[];

/** The site's word for the subject a query names, from the vocabulary editors keep (维权援助 for 抄袭). */
function searchVocabularyOf(query: string, lang: Lang): string {
  const [subject] = subjectWords(query, lang, vocabulary);
  if (!subject) throw new Error(`content/glossary/synonyms.json names no subject in "${query}"`);
  return subject;
}

/** A result matches an expectation with a #clause exactly, or an expected page anywhere on that page. */
function matches(href: string, expected: string): boolean {
  return expected.includes('#') ? href === expected : href.split('#')[0] === expected;
}

/** The search page of a language, freshly loaded (at `query` if given) in the worker's tab for that language:
 *  navigating an open tab costs a fraction of a new browser context, and a fresh load resets the filters. */
async function searchPage(sharedTab: SharedTab, lang: Lang, query = ''): Promise<Page> {
  const tab = await sharedTab(`search ${lang}`);
  await tab.goto(`${lang === 'en' ? '/en' : ''}/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`);
  return tab;
}

test.describe('search', () => {
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
      // The results as they are read, the plan's group (its titles one heading level down) in its place among them.
      () =>
        new Promise<{ hrefs: string[]; status: string }>((done) => {
          const status = document.querySelector<HTMLElement>('[data-search-status]')!;
          const finished = () => /\d/.test(status.textContent ?? '') || status.textContent === status.dataset.labelNone;
          const report = () =>
            done({
              // Not the clauses the plan's group holds closed until the reader opens them.
              hrefs: [...document.querySelectorAll('[data-search-results] li :is(h2, h3) a')]
                .filter((a) => !a.closest('details:not([open])'))
                .map((a) => a.getAttribute('href') ?? ''),
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

  for (const lang of ['zh', 'en', 'zh-hant'] as const)
    test.describe(`typed into the ${lang} search page`, () => {
      const outcomes = new Map<string, string[]>();
      let context: BrowserContext;
      let tab: Page;
      test.beforeAll(async ({ browser, origin }) => {
        // Typing the whole suite takes a while on a busy machine, and the suite grows: the hook's time grows
        // with it (a hook keeps the project's 120 s whatever its describe block configures).
        test.setTimeout(60_000 + suite[lang].length * 2_000);
        context = await browser.newContext({ baseURL: origin });
        tab = await context.newPage();
        await tab.goto(localePath(lang, '/search/'));
        for (const { q } of suite[lang]) outcomes.set(q, (await typeQuery(tab, q)).hrefs);
      });
      test.afterAll(async () => context?.close());

      test(`finds the expected page in the top 3 for at least ${REQUIRED_TOP3_RATE * 100}% of the queries`, () => {
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

      test('returns results for every query, including the many Pagefind alone finds nothing for', async () => {
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

  /** The clauses of the plan's group as a reader reaches them: those shown and, once its last line is opened,
   *  the others; and that last line. */
  async function planGroupClauses(tab: Page): Promise<{ hrefs: string[]; line: string }> {
    const more = tab.locator('[data-search-plan-more]');
    const line = (await more.count()) ? ((await more.locator('summary').textContent()) ?? '') : '';
    if (line) await more.locator('summary').click();
    const hrefs = await tab.$$eval('[data-search-plan-group] :is(h2, h3) a', (links) =>
      links.map((a) => a.getAttribute('href') ?? ''),
    );
    return { hrefs, line };
  }

  // The clause a reader expects among the plan's, shown in the group or one step away (opened from its last line).
  for (const lang of ['zh', 'en', 'zh-hant'] as const)
    for (const { q, clause } of planClauseSuite[lang])
      test(`reaches the clause a reader expects from the plan's group (${q} → ${clause})`, async ({ sharedTab }) => {
        const tab = await sharedTab(`search ${lang}`);
        await tab.goto(localePath(lang, '/search/'));
        await typeQuery(tab, q);
        expect((await planGroupClauses(tab)).hrefs).toContain(clause);
      });

  // However many clauses use a word (商标 is in a dozen), the group reaches each of them and says how many there are.
  for (const [lang, query, word] of [
    ['zh', '商标', '商标'],
    ['en', 'trademark', 'trademark'],
    ['zh-hant', '商標', '商标'],
  ] as const)
    test(`reaches every clause of the plan that contains the word searched for, and counts them (${query})`, async ({
      sharedTab,
    }) => {
      // Expected from the plan's own text (the 繁體 plan is the source's, converted), so the test follows the content.
      const clauses = loadPlanFiles(lang === 'en' ? 'en' : 'zh')
        .flatMap((f) => f.clauses)
        .filter((c) => c.text.toLowerCase().includes(word))
        .map((c) => `${localePath(lang, '/plan/')}#${c.id}`);
      expect(clauses.length).toBeGreaterThan(3);
      const tab = await sharedTab(`search ${lang}`);
      await tab.goto(localePath(lang, '/search/'));
      await typeQuery(tab, query);
      const { hrefs, line } = await planGroupClauses(tab);
      expect([...hrefs].sort()).toEqual([...clauses].sort());
      expect(line).toContain(query);
      expect(line).toContain(String(clauses.length));
      // Opened, the group is still a page every reader can use: its clauses' headings under its own, the line a control.
      expect(await axeViolations(tab)).toEqual([]);
    });

  test('lists the plan’s clauses among all results for a word many pages are named after, and says the list is the most relevant part', async ({
    sharedTab,
  }) => {
    // 商标 names a dozen service and target pages, which outrank the plan page itself.
    const word = '商标';
    const clauses = loadPlanFiles('zh')
      .flatMap((f) => f.clauses)
      .filter((c) => c.text.includes(word));
    expect(clauses.length).toBeGreaterThan(0);
    const tab = await searchPage(sharedTab, 'zh');
    const { hrefs } = await typeQuery(tab, word);
    expect(hrefs.filter((href) => href.startsWith('/plan/#')).length).toBeGreaterThan(0);
    // Said after the results, where it is read once the results have been seen.
    await expect(tab.locator('[data-search-results] ~ [data-search-more]')).toContainText('只列出了最相关的结果');
  });

  for (const [lang, query] of [
    ['zh', '商标被人抄袭怎么办'],
    ['en', 'my trademark was copied'],
  ] as const)
    test(`says which words it searched for and what was typed, when it rewrote a question (${query})`, async ({
      sharedTab,
    }) => {
      const tab = await searchPage(sharedTab, lang);
      const { status } = await typeQuery(tab, query);
      const searched = (await tab.$$eval('[data-searched-word]', (els) => els.map((el) => el.textContent ?? ''))).join(
        ' ',
      );
      // The vocabulary's word for the subject (维权援助, "rights protection assistance") is named as searched…
      const subject = searchVocabularyOf(query, lang);
      expect(searched).toContain(subject);
      // …the question words were not searched, and the reader's own words are given back as typed.
      expect(searched).not.toMatch(/怎么办|\bmy\b|\bwas\b/);
      expect(await tab.locator('[data-typed-words]').textContent()).toContain(query);
      // No claim that the results contain the words typed.
      expect(status).not.toMatch(/包含“|Showing results for/);
    });

  test('names the words it searched for, not a stop word, when it shortened a question', async ({ sharedTab }) => {
    const tab = await searchPage(sharedTab, 'zh');
    await typeQuery(tab, '专利侵权投诉电话');
    const searched = await tab.$$eval('[data-searched-word]', (els) => els.map((el) => el.textContent ?? ''));
    expect(searched.join(' ')).toContain('专利');
    expect(searched.join(' ')).not.toContain('电话');
  });

  for (const [lang, query, question] of [
    ['zh', '专利纠纷打什么电话', /打|什么|电话/],
    ['zh-hant', '專利糾紛打什麼電話', /打|什麼|電話/],
    ['en', 'patent dispute what number do I call', /\b(?:what|number|call)\b/i],
  ] as const)
    test(`names the subject it searched for, with no word of the question glued to it (${query})`, async ({
      sharedTab,
    }) => {
      const tab = await sharedTab(`search ${lang}`);
      await tab.goto(`${lang === 'zh' ? '' : `/${lang}`}/search/`);
      await typeQuery(tab, query);
      const searched = await tab.$$eval('[data-searched-word]', (els) => els.map((el) => el.textContent ?? ''));
      expect(searched.length).toBeGreaterThan(0);
      for (const word of searched) expect(word).not.toMatch(question);
    });

  // The answer to "is the plan still in force" is the page the vocabulary names first for validity (the
  // plan's period ends), above the plan's opening paragraph and a target that merely contains "in force".
  const validity = vocabulary.find((entry) => entry.say?.en.includes('still in force'));
  for (const [lang, query] of [
    ['zh', '方案还有效吗'],
    ['zh', '方案有效吗'],
    ['zh-hant', '方案還有效嗎'],
    ['en', 'is the plan still in force'],
    ['en', 'is the plan still valid'],
    ['en', 'has the plan expired'],
  ] as const)
    test(`answers a question about the plan's validity first (${query})`, async ({ sharedTab }) => {
      const answer = validity?.pages?.[0];
      if (!answer) throw new Error('content/glossary/synonyms.json names no page for "still in force"');
      const prefix = lang === 'zh' ? '' : `/${lang}`;
      const tab = await sharedTab(`search ${lang}`);
      await tab.goto(`${prefix}/search/`);
      expect((await typeQuery(tab, query)).hrefs[0]).toBe(`${prefix}${answer}`);
    });

  // A word for a whole field, searched for on its own, is answered by the pages the vocabulary lists for it (its
  // `broad` entries): 知识产权 by the explainer read from its top, not by one clause of the seventy that use the word;
  // a right (商标, "patent") by pages that include the guide to what to do when it is infringed.
  const fields = vocabulary.filter((entry) => entry.broad && entry.pages?.length);
  for (const [lang, query] of [
    ['zh', '知识产权'],
    ['zh-hant', '智慧財產權'],
    ['en', 'intellectual property'],
    ['zh', '商标'],
    ['zh-hant', '商標'],
    ['en', 'trademark'],
    ['zh-hant', '專利'],
    ['en', 'copyright'],
  ] as const)
    test(`answers a word for a whole field with the pages listed for it (${query})`, async ({ sharedTab }) => {
      const mainland = query.replace('智慧財產權', '知识产权').replace('商標', '商标').replace('專利', '专利');
      const field = fields.find((entry) => [...entry.site.zh, ...entry.site.en].includes(mainland));
      if (!field?.pages) throw new Error(`content/glossary/synonyms.json has no broad entry for ${mainland}`);
      const tab = await sharedTab(`search ${lang}`);
      await tab.goto(localePath(lang, '/search/'));
      const { hrefs } = await typeQuery(tab, query);
      // The pages listed, in their order, as whole pages (no #section), before any clause of the plan.
      expect(hrefs.slice(0, field.pages.length)).toEqual(field.pages.map((page) => localePath(lang, page)));
    });

  // A complaint in the reader's own words (the vocabulary's `say` for the 12330 hotline) finds the pages that say
  // what to do first, not a plan clause that uses the word nor a body's page whose "where else to ask" box names
  // the hotline (that box is left out of the index, so it is never a snippet).
  const complaints = vocabulary.find((entry) => entry.site.zh.includes('12330') && entry.pages?.length);
  for (const [lang, query] of [
    ['zh', '投诉'],
    ['zh', '举报'],
    ['en', 'complaint'],
    ['en', 'report infringement'],
  ] as const)
    test(`answers a complaint in the reader's words with its page first (${query})`, async ({ sharedTab }) => {
      const answers = complaints?.pages ?? [];
      if (!answers.length) throw new Error('content/glossary/synonyms.json names no page for the 12330 hotline');
      const prefix = lang === 'zh' ? '' : `/${lang}`;
      const tab = await searchPage(sharedTab, lang);
      // The hotline's page, then the guide to what to do, as the vocabulary lists them: before any body's page.
      const { hrefs } = await typeQuery(tab, query);
      expect(hrefs.slice(0, answers.length)).toEqual(answers.map((page) => `${prefix}${page}`));
      const snippets = await tab.$$eval('[data-search-results] li p:last-child', (ps) => ps.map((p) => p.textContent));
      expect(snippets.join(' ')).not.toMatch(/还可以向哪里咨询|Where else to ask/);
    });

  // 12348 is on no page of the site (12315 is now: 12330 was to merge into it). Pagefind's
  // pieces of it (12 in 12个月) must not pass for results.
  for (const lang of ['zh', 'en'] as const)
    test(`finds no page for a hotline number the site does not mention, and offers help (${lang})`, async ({
      sharedTab,
    }) => {
      const tab = await searchPage(sharedTab, lang);
      const { hrefs } = await typeQuery(tab, '12348');
      expect(hrefs).toEqual([]);
      expect(await tab.locator('[data-search-help]').isHidden()).toBe(false);
    });

  test('offers the guide pages instead of a dead end when nothing is found', async ({ sharedTab }) => {
    const tab = await searchPage(sharedTab, 'en');
    const { hrefs } = await typeQuery(tab, 'qwzxv');
    expect(hrefs).toEqual([]);
    const guides = await tab.$$eval('[data-search-help]:not([hidden]) a', (links) =>
      links.map((a) => a.getAttribute('href')),
    );
    expect(guides).toEqual(expect.arrayContaining(['/en/services/', '/en/overseas/']));
  });

  test('marks the words found in snippets and shows no hidden link text', async ({ sharedTab }) => {
    const tab = await searchPage(sharedTab, 'zh');
    await typeQuery(tab, '加强知识产权维权援助');
    const snippets = await tab.$$eval('[data-search-results] li p:last-child', (ps) =>
      ps.map((p) => ({ text: p.textContent ?? '', marks: p.querySelectorAll('mark').length })),
    );
    expect(snippets.some((s) => s.marks > 0)).toBe(true);
    expect(snippets.map((s) => s.text).join(' ')).not.toMatch(/本条链接|Link to this clause/);
  });

  test('fetches Pagefind as soon as the search box is focused, before anything is submitted', async ({ open }) => {
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

  test("returns a link to the clause for a query on a measure's lead phrase", async ({ sharedTab }) => {
    const tab = await searchPage(sharedTab, 'zh');
    expect((await typeQuery(tab, '健全知识产权保护制度机制')).hrefs.slice(0, 3)).toContain('/plan/#task-2-1-1');
  });

  for (const [lang, term, plan] of [
    ['zh', '地理标志', '/plan/'],
    ['en', 'geographical indication', '/en/plan/'],
  ] as const)
    test(`answers the plan term ${lang} "${term}" with its definition first, and reaches every clause that contains it`, async ({
      sharedTab,
    }) => {
      // A shopkeeper searching 地理标志 read a clause on rural revitalisation and never learnt what the word means
      // (resident review 12): the explainer's definition, sourced to the Trademark Law, leads (lib/search/definitions.ts).
      const explainer = plan.replace(/plan\/$/, 'plan/explained/');
      const source = lang === 'zh' ? /《中华人民共和国商标法》.{0,12}第十六条/ : /Trademark Law.{0,40}Article 16/;
      const paragraphs = readFileSync(`content/explained/${lang}.md`, 'utf8').split('\n\n');
      expect(paragraphs.some((p) => p.toLowerCase().includes(term) && source.test(p))).toBe(true);
      // Expected from the plan's own text, so the test follows the content.
      const clauses = loadPlanFiles(lang)
        .flatMap((f) => f.clauses)
        .filter((c) => c.text.toLowerCase().includes(term))
        .map((c) => `${plan}#${c.id}`);
      expect(clauses.length).toBeGreaterThan(3);
      const tab = await searchPage(sharedTab, lang);
      const { hrefs } = await typeQuery(tab, term);
      expect(hrefs[0]!.startsWith(`${explainer}#`)).toBe(true);
      const first = await tab.locator('[data-search-results] > li').first().textContent();
      expect(first!.toLowerCase().replace(/\s+/g, ' ')).toContain(term);
      const grouped = (await planGroupClauses(tab)).hrefs;
      expect([...new Set([...hrefs, ...grouped])]).toEqual(expect.arrayContaining(clauses));
    });

  test('writes snippets of Chinese pages in Chinese punctuation, with no period Pagefind adds', async ({
    sharedTab,
  }) => {
    const tab = await searchPage(sharedTab, 'zh');
    await typeQuery(tab, '地理标志');
    const snippets = await tab.$$eval('[data-search-results] li p:last-child', (ps) => ps.map((p) => p.textContent));
    expect(snippets.join('\n')).not.toMatch(/\p{Script=Han}\. /u);
    // The line naming where in its page a result is ("位于：…") too: no ASCII colon after Chinese words.
    const places = await tab.$$eval('[data-search-results] .search-context', (ps) => ps.map((p) => p.textContent));
    expect(places.length).toBeGreaterThan(0);
    expect(places.join('\n')).not.toMatch(/\p{Script=Han}: /u);
  });

  test('starts a snippet at the whole name, not inside it (知识产权纠纷…, not 产权纠纷…)', async ({ sharedTab }) => {
    const name = /^\s+zh:\s*(.+)$/m.exec(readFileSync('content/services/zh/mediation-committee.md', 'utf8'))![1];
    const tab = await searchPage(sharedTab, 'zh');
    await typeQuery(tab, '人民调解');
    const snippet = await tab.$eval(
      '[data-search-results] li:has(a[href="/services/mediation-committee/"]) p:last-child',
      (p) => p.textContent ?? '',
    );
    expect(snippet.startsWith(name) || snippet.startsWith('…')).toBe(true);
    expect(snippet).toContain(name);
  });

  for (const lang of ['zh', 'en'] as const)
    test(`takes each ${lang} explainer section's snippet from that section alone, so it names that section's clause`, async ({
      sharedTab,
    }) => {
      // Each heading of the explainer, with its section's text as the page has it (the hidden clause names of its
      // links, 四（二）1第2段, included): a snippet that reached over the heading read "…四（一） 加大知识产权保护力度".
      const page = await sharedTab(`search explainer ${lang}`);
      await page.goto(localePath(lang, '/plan/explained/'));
      const sections = await page.$$eval('main article :is(h2, h3)[id]', (headings) =>
        headings.map((heading, n) => {
          const range = document.createRange();
          range.setStartBefore(heading);
          if (headings[n + 1]) range.setEndBefore(headings[n + 1]);
          else range.setEndAfter(heading.closest('article')!.lastChild!);
          return { id: heading.id, title: heading.textContent ?? '', text: range.toString() };
        }),
      );
      expect(sections.length).toBeGreaterThan(5);
      // Letters and figures only: the snippet writes Pagefind's block ends as 。 and cuts with …
      const bare = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '');
      const tab = await searchPage(sharedTab, lang);
      const found: string[] = [];
      for (const { id, title, text } of sections) {
        await typeQuery(tab, title);
        const snippet = await tab
          .locator(`[data-search-results] li:has(a[href$="#${encodeURIComponent(id)}"]) p:last-child`)
          .first()
          .textContent({ timeout: 1_000 })
          .catch(() => null);
        if (snippet === null) continue;
        found.push(id);
        for (const piece of snippet.split('…').map(bare).filter(Boolean))
          expect(bare(text), `${title}: "${snippet}"`).toContain(piece);
      }
      // Most headings find their own section (a one-word heading such as 创造 may rank other sections first).
      expect(found.length, found.join(', ')).toBeGreaterThan(sections.length / 2);
    });

  test('titles a clause result by its number and what it is about, never by its first sentence cut short', async ({
    sharedTab,
  }) => {
    // Expected from the plan's files: a measure with a lead phrase in the source is titled by its translation's first
    // sentence, any other clause by the heading it stands under (IV (2) 3 Strengthen IP Rights Protection Assistance).
    const source = new Map(loadPlanFiles('zh').flatMap((f) => f.clauses.map((c) => [c.id, c.text] as const)));
    const expected = new Map<string, string>();
    let heading = '';
    for (const clause of loadPlanFiles('en').flatMap((f) => f.clauses)) {
      if (clause.depth) heading = clause.text.replace(/^(?:\d+|[IVX]+)\.\s*|^\(\d+\)\s*/, '');
      const lead = leadPhrase(source.get(clause.id) ?? '') && /^.+?\.(?=\s|$)/.exec(clause.text)?.[0].slice(0, -1);
      expected.set(clause.id, `${clauseNumber(clause.id, 'en')} ${clause.depth ? heading : lead || heading}`);
    }
    const tab = await searchPage(sharedTab, 'en');
    for (const query of ['geographical indication', 'overseas rights protection']) {
      await typeQuery(tab, query);
      const titles = await tab.$$eval('[data-search-results] li :is(h2, h3) a[href^="/en/plan/#"]', (links) =>
        links.map((a) => ({ id: a.getAttribute('href')!.split('#')[1], title: a.textContent ?? '' })),
      );
      expect(titles.length, query).toBeGreaterThan(0);
      for (const { id, title } of titles) expect(title, id).toBe(expected.get(id));
    }
  });

  test('ranks the page the vocabulary names for a subject above a title that merely contains its words', async ({
    sharedTab,
  }) => {
    const { hrefs } = await typeQuery(await searchPage(sharedTab, 'en'), 'is the plan still in force');
    expect(hrefs[0]).toMatch(/^\/en\/(plan\/|progress\/)/);
  });

  test('answers a question for a phone number with a body that can be called (专利纠纷 电话 → 12330)', async ({
    sharedTab,
  }) => {
    const { hrefs } = await typeQuery(await searchPage(sharedTab, 'zh'), '专利纠纷 电话');
    expect(hrefs.slice(0, 3)).toContain('/services/hotline-12330/');
  });

  test('finds the bodies of a district the query names, whatever their text says (武进 专利)', async ({
    sharedTab,
  }) => {
    const { hrefs } = await typeQuery(await searchPage(sharedTab, 'zh'), '武进 专利');
    const inWujin = readdirSync('content/services/zh')
      .filter((file) => /^district: wujin$/m.test(readFileSync(`content/services/zh/${file}`, 'utf8')))
      .map((file) => `/services/${file.replace(/\.md$/, '')}/`);
    expect(inWujin.length).toBeGreaterThan(0);
    expect(hrefs.slice(0, inWujin.length)).toEqual(expect.arrayContaining(inWujin));
  });

  test('understands a question in 繁體 as in 简体: 商標被抄襲 finds the rights protection assistance centre', async ({
    sharedTab,
  }) => {
    const tab = await sharedTab('search zh-hant');
    await tab.goto('/zh-hant/search/');
    const { hrefs } = await typeQuery(tab, '商標被抄襲');
    expect(hrefs.slice(0, 3)).toContain('/zh-hant/services/rights-assistance/');
  });

  for (const query of ['商標被人抄襲怎麼辦', '專利被侵權怎麼辦'])
    test(`finds the guide to infringement in 繁體 as in 简体 (${query})`, async ({ sharedTab }) => {
      const tab = await sharedTab('search zh-hant');
      await tab.goto('/zh-hant/search/');
      expect((await typeQuery(tab, query)).hrefs.slice(0, 3)).toContain('/zh-hant/infringement/');
    });

  test('answers a 繁體 question for a phone number as the 简体 one (專利糾紛 電話 → 12330)', async ({ sharedTab }) => {
    const tab = await sharedTab('search zh-hant');
    await tab.goto('/zh-hant/search/');
    for (const query of ['專利糾紛 電話', '專利糾紛怎麼聯絡', '專利糾紛打什麼電話'])
      expect((await typeQuery(tab, query)).hrefs.slice(0, 3), query).toContain('/zh-hant/services/hotline-12330/');
  });

  // A reader of the 繁體 edition may type Simplified characters or Taiwan's own words: each query finds the pages
  // the 简体 query of the same subject finds on the 简体 site, whatever those are.
  for (const [query, mainland] of [
    ['智慧財產權', '知识产权'],
    ['知识产权', '知识产权'],
    ['商標註冊', '商标注册'],
  ])
    test(`finds on the 繁體 search page for ${query} what the 简体 page finds for ${mainland}`, async ({
      sharedTab,
    }) => {
      const pagesOf = (hrefs: string[]) => [...new Set(hrefs.map((href) => href.split('#')[0]))];
      const expected = pagesOf((await typeQuery(await searchPage(sharedTab, 'zh'), mainland)).hrefs).slice(0, 3);
      expect(expected.length, `the 简体 search for ${mainland} finds nothing`).toBeGreaterThan(0);
      const tab = await sharedTab('search zh-hant');
      await tab.goto('/zh-hant/search/');
      const found = pagesOf((await typeQuery(tab, query)).hrefs);
      expect(found).toEqual(expect.arrayContaining(expected.map((path) => `/zh-hant${path}`)));
    });

  test('does not rank the accessibility statement for a subject query such as 地理标志', async ({ sharedTab }) => {
    const tab = await searchPage(sharedTab, 'zh');
    expect((await typeQuery(tab, '地理标志')).hrefs.some((href) => href.startsWith('/accessibility/'))).toBe(false);
  });

  test('localises the search page: no English interface text on the Chinese page', async ({ sharedTab }) => {
    const tab = await searchPage(sharedTab, 'zh', '马德里');
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

  test('filters results by content type', async ({ sharedTab }) => {
    const tab = await searchPage(sharedTab, 'zh', '保护');
    await tab.waitForSelector('[data-search-results] li');
    // The filter is folded away under "按类型筛选" so the results come first; the reader opens it.
    await expect(tab.locator('[data-search-filters] input[value="service"]')).toBeHidden();
    await tab.getByText('按类型筛选', { exact: true }).click();
    await tab.check('[data-search-filters] input[value="service"]');
    await tab.waitForFunction(() =>
      [...document.querySelectorAll('[data-search-results] li :is(h2, h3) a')].every((a) =>
        a.getAttribute('href')!.startsWith('/services/'),
      ),
    );
  });

  test('can be used with the keyboard alone: type, submit with Enter, tab to the first result', async ({
    sharedTab,
  }) => {
    const tab = await searchPage(sharedTab, 'en');
    await tab.focus('#search-page-q');
    await tab.keyboard.type('Madrid');
    await tab.keyboard.press('Enter');
    await tab.waitForSelector('[data-search-results] li');
    expect(tab.url()).toContain('?q=Madrid');
  });
});

test.describe('search loads nothing until asked', () => {
  for (const url of ['/', '/plan/', '/en/targets/madrid-registrations/', '/services/'])
    test(`${url} requests no Pagefind file`, async ({ sharedTab }) => {
      const tab = await sharedTab('search none');
      const requested: string[] = [];
      const record = (r: Request) => requested.push(r.url());
      tab.on('request', record);
      await tab.goto(url, { waitUntil: 'networkidle' }).finally(() => tab.off('request', record));
      expect(requested.filter((r) => r.includes('/pagefind/'))).toEqual([]);
    });
});
