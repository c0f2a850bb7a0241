// The languages generated at build time (繁體中文 at /zh-hant/): every page converted from its source
// language's page, losing nothing — converting the plan back gives the seed word for word — with a notice
// that the source text prevails, links that stay in the language, and a search index of its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, compactText, page, pageUrls } from '../support/dist.ts';
import { LOCALE_INFO, LOCALE_TABLE } from '../../src/i18n/localeTable.ts';
import { HTML_LANG, contentLang, localePath, splitLocale, type Lang } from '../../src/i18n/locales.ts';
import { CONVERTERS, INVERSE_CONVERTERS } from '../../src/i18n/converters.ts';
import { stopWordsShownIn } from '../../src/lib/search/queryWords.ts';

const CHROME_LINES = ['扫一扫在手机打开当前页', '|'];
const seedParagraphs = readFileSync('seeds/000_fb45ffeb8cf86429.txt', 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !CHROME_LINES.includes(line));
const generated = LOCALE_TABLE.filter((row) => row.role === 'generated').map((row) => row.code as Lang);
const urls = pageUrls().filter((url) => url !== '/404.html');

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
        .map((el) => [el.id, compactText(el)]);
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
