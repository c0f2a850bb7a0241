// Every page exists in every language of the locale table, says which language it is in, points to each of
// its twins with hreflang, and offers them in its language menu.
import { describe, expect, it } from 'vitest';
import { page, pageUrls } from '../support/dist.ts';
import { DEFAULT_LANG, HREFLANG, HTML_LANG, LOCALES, localePath, splitLocale } from '../../src/i18n/locales.ts';

const urls = pageUrls().filter((url) => url !== '/404.html');
const neutralPaths = (lang: string) =>
  urls
    .map((url) => splitLocale(url, '/'))
    .filter((place) => place.lang === lang)
    .map((place) => place.path)
    .sort();

describe('page twins', () => {
  it('builds the pages of the foundation in every language', () => {
    for (const path of ['/', '/plan/', '/plan/units/', '/plan/timeline/', '/about/', '/accessibility/'])
      for (const lang of LOCALES) expect(urls).toContain(localePath(lang, path, '/'));
  });

  it.each(LOCALES.filter((lang) => lang !== DEFAULT_LANG))(
    'has a %s twin for every page, and no page without one',
    (lang) => {
      expect(neutralPaths(lang)).toEqual(neutralPaths(DEFAULT_LANG));
    },
  );

  it.each(urls)('%s declares its language and links every language version with hreflang', (url) => {
    const doc = page(url);
    const { lang, path } = splitLocale(url, '/');
    expect(doc.querySelector('html')!.getAttribute('lang')).toBe(HTML_LANG[lang]);
    const alternates = Object.fromEntries(
      doc
        .querySelectorAll('link[rel="alternate"][hreflang]')
        // Paths in a build without SITE_URL, full addresses with it (tests/base/siteAddress.test.ts).
        .map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!, 'https://any.host').pathname]),
    );
    for (const other of LOCALES) expect(alternates[HREFLANG[other]]).toBe(localePath(other, path, '/'));
    expect(alternates['x-default']).toBe(localePath(DEFAULT_LANG, path, '/'));
  });

  it.each(urls)('%s offers the same page in every other language in its language menu', (url) => {
    const { lang, path } = splitLocale(url, '/');
    const links = page(url)
      .querySelectorAll('.language-menu [data-language-switch]')
      .map((a) => [a.getAttribute('hreflang'), a.getAttribute('href')]);
    expect(links).toEqual(
      LOCALES.filter((other) => other !== lang).map((other) => [HTML_LANG[other], localePath(other, path, '/')]),
    );
    expect(page(url).querySelector('.language-menu [aria-current]')?.getAttribute('lang')).toBe(HTML_LANG[lang]);
  });
});
