// The search index holds what a reader can read, nothing else: no hidden link text or keyword blocks in the
// snippets, no table cells run together, no keywords on pages the vocabulary does not name.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { DIST, page, pageUrls } from '../support/dist.ts';
import { addClauseToolWords, anchorText, type Anchor } from '../../src/lib/search/clauseHits.ts';
import { clausePhrase } from '../../src/lib/plan/clauseRef.ts';
import { CLAUSE_PAGES } from '../../src/client/searchHits.ts';
import { LOCALES, splitLocale } from '../../src/i18n/locales.ts';
import { asShownIn } from '../../src/i18n/converters.ts';
import { useTranslations } from '../../src/i18n/t.ts';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  anchors: Anchor[];
}

/** Every page in the Pagefind index: its URL, the text its snippets come from, and its metadata. */
function fragments(): Fragment[] {
  const dir = join(DIST, 'pagefind', 'fragment');
  return readdirSync(dir).map(
    (file) =>
      JSON.parse(
        gunzipSync(readFileSync(join(dir, file)))
          .subarray('pagefind_dcd'.length)
          .toString('utf8'),
      ) as Fragment,
  );
}

describe('the search index', () => {
  const indexed = fragments();
  const byUrl = new Map(indexed.map((f) => [f.url, f]));

  it('has both languages and every content page', () => {
    expect(indexed.length).toBeGreaterThan(0);
    for (const url of ['/plan/', '/en/plan/', '/overseas/', '/en/services/hotline-12330/'])
      expect(byUrl.has(url), url).toBe(true);
  });

  it('indexes the change log by its title only: its list of changed pages would match every search', () => {
    for (const url of ['/changelog/', '/en/changelog/']) {
      const listed = page(url)
        .querySelectorAll('.changelog li a')
        .map((a) => a.textContent.trim());
      expect(listed.length, url).toBeGreaterThan(0);
      const content = byUrl.get(url)?.content ?? '';
      // A title the page's own heading or introduction also says ("Progress") proves nothing either way.
      const intro = page(url)
        .querySelectorAll('main h1, main h1 + p')
        .map((el) => el.textContent)
        .join(' ');
      expect(
        listed.filter((title) => !intro.includes(title) && content.includes(title)),
        url,
      ).toEqual([]);
    }
  });

  it('keeps visually hidden link text ("本条链接", "Link to this clause") out of every snippet', () => {
    expect(indexed.filter((f) => /本条链接|Link to this clause/.test(f.content)).map((f) => f.url)).toEqual([]);
  });

  it('keeps the guides\' shared "not legal advice" line out of their snippets', () => {
    const lines = LOCALES.map((lang) => useTranslations(lang)('guides.notLegalAdviceShort'));
    expect(indexed.filter((f) => lines.some((line) => f.content.includes(line))).map((f) => f.url)).toEqual([]);
  });

  it('keeps the print button and its keyboard hint ("打印本页", "Ctrl+P") out of every snippet', () => {
    const words = LOCALES.map((lang) => useTranslations(lang)('print.button'));
    expect(
      indexed.filter((f) => /Ctrl\+P/.test(f.content) || words.some((w) => f.content.includes(w))).map((f) => f.url),
    ).toEqual([]);
  });

  it('indexes nothing a screen reader is told to skip: shapes (◇ ○ ✔), arrows and short labels stay out of snippets', () => {
    // A proposed service's snippet began "◇ 方案提出建设" (eleventh review): what is aria-hidden is decoration or a
    // twin of words said elsewhere, so the searchable part of every page leaves it out of the index as well.
    const indexedText = (el: HTMLElement): boolean => {
      for (let at: HTMLElement | null = el; at; at = at.parentNode as HTMLElement | null)
        if (at.hasAttribute?.('data-pagefind-ignore')) return false;
      return true;
    };
    const leaks = pageUrls().flatMap((url) =>
      (page(url).querySelector('[data-pagefind-body]')?.querySelectorAll('[aria-hidden="true"]') ?? [])
        .filter((el) => el.textContent.trim() !== '' && indexedText(el))
        .map((el) => `${url}: ${el.textContent.trim()}`),
    );
    expect(leaks).toEqual([]);
  });

  it('has no hidden keyword block on any page', () => {
    expect(readFileSync(join(DIST, 'accessibility', 'index.html'), 'utf8')).not.toContain('data-search-keywords');
  });

  it('does not index the accessibility statement under subject keywords', () => {
    expect(byUrl.get('/accessibility/')!.meta.keywords ?? '').not.toMatch(/地理标志|地标|geographical indication/);
    expect(byUrl.get('/accessibility/')!.content).not.toMatch(/geographical indication/);
  });

  it('never runs a label and its value together (table cells, definition lists)', () => {
    const joined: string[] = [];
    for (const f of indexed) {
      const doc = page(f.url);
      // A label and value that also stand together in the page's prose (实用新型12个月) are not a join.
      const main = doc.querySelector('main')!.clone() as typeof doc;
      main.querySelectorAll('table, dl').forEach((el) => el.remove());
      const prose = main.textContent.replace(/\s+/g, '');
      // Pagefind separates Chinese words with zero-width spaces; joined cells would still read as one string.
      const text = f.content.replace(/\u200b/g, '');
      for (const dt of doc.querySelectorAll('main dt, main th')) {
        const next = dt.nextElementSibling;
        const pair = `${dt.textContent.trim()}${next?.textContent.trim() ?? ''}`;
        if (
          next &&
          pair.length > dt.textContent.trim().length &&
          text.includes(pair) &&
          !prose.includes(pair.replace(/\s+/g, ''))
        )
          joined.push(`${f.url}: ${pair}`);
      }
    }
    expect(joined).toEqual([]);
  });

  it('leaves the home page out: it only repeats the ways in to other pages', () => {
    expect(byUrl.has('/')).toBe(false);
    expect(byUrl.has('/en/')).toBe(false);
  });

  it("indexes what people call a page's subject as metadata: 贷款 on the pledge-financing target", () => {
    expect(byUrl.get('/targets/ip-pledge-financing/')!.meta.keywords).toContain('贷款');
    expect(byUrl.get('/en/targets/ip-pledge-financing/')!.meta.keywords).toContain('loan');
  });

  it('gives every result a title that says what it is: no page, section or clause is titled only by a number', () => {
    // The clause tools' words, cut from a landing place's text as the search page cuts them.
    for (const lang of LOCALES)
      addClauseToolWords(
        (['plan.copyLink', 'plan.clauseLink'] as const).map((key) => asShownIn(lang)(useTranslations(lang)(key))),
      );
    const bare: string[] = [];
    for (const f of indexed) {
      const { lang } = splitLocale(f.url);
      // A page's title; its headings, which title its sections; on the plan, each clause by its lead phrase.
      const titles = [
        f.meta.title ?? '',
        ...f.anchors
          .filter((a) => /^h[1-6]$/.test(a.element) || (CLAUSE_PAGES.test(f.url) && /^(p|li)$/.test(a.element)))
          .map((a) => (CLAUSE_PAGES.test(f.url) ? clausePhrase(anchorText(a), lang) : anchorText(a))),
      ];
      for (const title of titles) if (/^[\p{N}\p{P}\p{S}\s]*$/u.test(title)) bare.push(`${f.url}: "${title}"`);
    }
    expect(bare).toEqual([]);
  });
});
