// Every page exists in both languages, says which language it is in and points to its twin.
import { describe, expect, it } from 'vitest';
import { page, pageUrls } from '../support/dist.ts';

const urls = pageUrls().filter((url) => url !== '/404.html');
const zhUrls = urls.filter((url) => !url.startsWith('/en/'));
const enUrls = urls.filter((url) => url.startsWith('/en/'));

describe('page twins', () => {
  it('builds the pages of the foundation in both languages', () => {
    for (const url of ['/', '/plan/', '/plan/units/', '/plan/timeline/', '/about/', '/accessibility/']) {
      expect(zhUrls).toContain(url);
      expect(enUrls).toContain(`/en${url}`);
    }
  });

  it('has an English twin for every Chinese page and a Chinese twin for every English page', () => {
    expect(enUrls.map((url) => url.replace(/^\/en/, '')).sort()).toEqual(zhUrls.sort());
  });

  it.each(urls)('%s declares its language and links both language versions with hreflang', (url) => {
    const doc = page(url);
    const isEnglish = url.startsWith('/en/');
    expect(doc.querySelector('html')!.getAttribute('lang')).toBe(isEnglish ? 'en' : 'zh-CN');
    const alternates = Object.fromEntries(
      doc
        .querySelectorAll('link[rel="alternate"][hreflang]')
        // Paths in a build without SITE_URL, full addresses with it (tests/base/siteAddress.test.ts).
        .map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!, 'https://any.host').pathname]),
    );
    const neutral = url.replace(/^\/en/, '');
    expect(alternates['zh-CN']).toBe(neutral);
    expect(alternates.en).toBe(`/en${neutral}`);
    expect(alternates['x-default']).toBe(neutral);
  });

  it.each(urls)('%s has a language switch to its twin', (url) => {
    const href = page(url).querySelector('[data-language-switch]')!.getAttribute('href');
    expect(href).toBe(url.startsWith('/en/') ? url.replace(/^\/en/, '') : `/en${url}`);
  });
});
