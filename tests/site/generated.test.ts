// The languages generated at build time (繁體中文 at /zh-hant/): every page converted from its source
// language's page, losing nothing — converting the plan back gives the seed word for word — with a notice
// that the source text prevails, links that stay in the language, and a search index of its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, compactText, page, pageUrls } from '../support/dist.ts';
import { LOCALE_INFO, LOCALE_TABLE } from '../../src/i18n/localeTable.ts';
import { HTML_LANG, contentLang, localePath, splitLocale, type Lang } from '../../src/i18n/locales.ts';
import { CONVERTERS, INTERFACE_CONVERTERS, INVERSE_CONVERTERS } from '../../src/i18n/converters.ts';
import { TAIWAN_TERMS } from '../../src/i18n/interfaceTerms.tw.ts';
import { stopWordsShownIn } from '../../src/lib/search/queryWords.ts';
import type { HTMLElement } from 'node-html-parser';

const CHROME_LINES = ['扫一扫在手机打开当前页', '|'];
const seedParagraphs = readFileSync('seeds/000_fb45ffeb8cf86429.txt', 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !CHROME_LINES.includes(line));
const generated = LOCALE_TABLE.filter((row) => row.role === 'generated').map((row) => row.code as Lang);
const urls = pageUrls().filter((url) => url !== '/404.html');

/** The interface of a page: what the site writes around the content (header, footer, breadcrumbs, the notice, the
 *  plan's clause tools), its text and the words of its labels; not the page's own title in the breadcrumbs, which
 *  is the content's (開放數據 on /data/, from content/pages). */
const INTERFACE =
  'header, footer, nav, .generated-notice, main .clause-link, main .clause-more-toggle, main .clause-more';
function interfaceText(root: HTMLElement): string {
  const text = root
    .querySelectorAll(INTERFACE)
    .flatMap((el) => [el, ...el.querySelectorAll('[aria-label], [placeholder], [title]')])
    .flatMap((el) => [el.textContent, ...['aria-label', 'placeholder', 'title'].map((name) => el.getAttribute(name))])
    .join(' ');
  return text.replace(root.querySelector('.breadcrumbs [aria-current="page"]')?.textContent ?? '', '');
}
/** The mainland's words the interface must not use (src/i18n/interfaceTerms.tw.ts), as Traditional text. */
const mainlandPhrases = TAIWAN_TERMS.terms.flatMap(({ mainland, only }) => only ?? [mainland]);
const keepNames = (text: string) => TAIWAN_TERMS.keep.reduce((out, name) => out.replaceAll(name, ''), text);
/** A plan clause's own words, without its tools (本條連結, 引用, 對照), which are the interface's. */
function clauseWords(el: HTMLElement): string {
  const copy = el.clone() as HTMLElement;
  copy.querySelectorAll('.clause-link, .clause-more-toggle, .clause-more').forEach((tool) => tool.remove());
  return compactText(copy);
}
const count = (text: string, word: string) => text.split(word).length - 1;

describe.each(generated)('the generated language %s', (lang) => {
  const back = INVERSE_CONVERTERS[(LOCALE_INFO[lang] as { convert: 's2t' }).convert];
  const source = contentLang(lang);
  const own = urls.filter((url) => splitLocale(url, '/').lang === lang);
  const planText = compactText(page(localePath(lang, '/plan/', '/')).querySelector('main')!);

  it('is converted: its plan reads in another script than the source', () => {
    const sourceText = compactText(page(localePath(source, '/plan/', '/')).querySelector('main')!);
    expect(planText).not.toBe(sourceText);
  });

  it.each(seedParagraphs.map((p, i) => [i + 1, p]))('gives seed paragraph %i back word for word', (_n, paragraph) => {
    expect(back(planText).normalize('NFKC')).toContain(String(paragraph).replace(/\s+/g, '').normalize('NFKC'));
  });

  it('gives every clause of the plan back as the source page shows it', () => {
    const clauses = (l: Lang) =>
      page(localePath(l, '/plan/', '/'))
        .querySelectorAll('main .clause[id]')
        .map((el) => [el.id, clauseWords(el)]);
    const sourceClauses = clauses(source);
    expect(sourceClauses.length).toBeGreaterThan(0);
    expect(clauses(lang).map(([id, text]) => [id, back(text)])).toEqual(sourceClauses);
  });

  it.each(own)('%s says the source text prevails and links to it', (url) => {
    const notice = page(url).querySelector('main .generated-notice a');
    expect(notice?.getAttribute('href')).toBe(localePath(source, splitLocale(url, '/').path, '/'));
    expect(notice?.getAttribute('lang')).toBe(HTML_LANG[source]);
  });

  it.each(own)('%s links to the site’s pages in its own language', (url) => {
    const stray = page(url)
      .querySelectorAll('main a[href^="/"], header a[href^="/"], footer a[href^="/"]')
      .filter((a) => !a.hasAttribute('hreflang'))
      .map((a) => a.getAttribute('href')!)
      .filter((href) => href.split(/[?#]/)[0].endsWith('/') && splitLocale(href, '/').lang !== lang);
    expect(stray).toEqual([]);
  });

  it.each(own)('%s speaks in the region’s words in its interface (選單, 搜尋, 列印)', (url) => {
    const text = keepNames(interfaceText(page(url)));
    expect(mainlandPhrases.filter((phrase) => text.includes(phrase))).toEqual([]);
  });

  it('links each measure’s responsible units to the units matrix as the source page does', () => {
    const unitLinks = (l: Lang) =>
      page(localePath(l, '/plan/', '/')).querySelectorAll('main .clause a[href*="/plan/units/#"]').length;
    expect(unitLinks(source)).toBeGreaterThan(0);
    expect(unitLinks(lang)).toBe(unitLinks(source));
  });

  it('leaves the plan’s words as the source writes them: only its characters are converted', () => {
    const clauses = (l: Lang) =>
      page(localePath(l, '/plan/', '/'))
        .querySelectorAll('main .clause[id]')
        .map(clauseWords)
        .join('');
    const [sourceText, text] = [clauses(source), clauses(lang)];
    const convert = CONVERTERS[(LOCALE_INFO[lang] as { convert: 's2t' }).convert];
    const inPlan = TAIWAN_TERMS.terms.filter(({ mainland }) => count(sourceText, back(mainland)) > 0);
    // The plan holds some of the interface's mainland words (數據, 信息), each as often as the source does.
    expect(inPlan.length).toBeGreaterThan(0);
    for (const { mainland, taiwan } of inPlan) {
      expect(count(text, mainland), mainland).toBe(count(sourceText, back(mainland)));
      expect(count(text, taiwan), taiwan).toBe(count(convert(sourceText), taiwan));
    }
  });

  it('finds a page by the words its interface calls it as well as by its converted words (開放資料, 開放數據)', () => {
    const keywords = (url: string) =>
      (page(url).querySelector('[data-pagefind-meta^="keywords:"]')?.getAttribute('data-pagefind-meta') ?? '')
        .replace(/^keywords:/, '')
        .split(' ')
        .filter(Boolean);
    const differing = own.flatMap((url) =>
      keywords(url)
        .filter((word) => INTERFACE_CONVERTERS.s2t(word) !== word)
        .map((word) => [url, word, INTERFACE_CONVERTERS.s2t(word)] as const),
    );
    expect(differing.length).toBeGreaterThan(0);
    for (const [url, word, own] of differing) expect(keywords(url), `${url}: ${word}`).toContain(own);
  });

  it('has a search index of its own', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages[HTML_LANG[lang].toLowerCase()]?.page_count).toBeGreaterThan(0);
  });

  it('drops question words typed in its own script: its search page carries the stop words its converter made', () => {
    const status = page(localePath(lang, '/search/', '/')).querySelector('[data-search-status]')!;
    const words = (status.getAttribute('data-stop-words') ?? '').split(' ');
    expect(words).toEqual(stopWordsShownIn(CONVERTERS[(LOCALE_INFO[lang] as { convert: 's2t' }).convert]));
    expect(words.length).toBeGreaterThan(0);
  });
});
