// The change log's Atom feed is well-formed XML a feed reader can read, in every language: parsed by Chromium's
// own XML parser, with as many entries as /changelog/ lists. (Its entries' links and words: tests/site/changelogFeed.test.ts.)
import { expect, test } from './fixtures.ts';
import { LOCALES, localePath } from '../../src/i18n/locales.ts';

for (const lang of LOCALES)
  test(`${lang}: the change log's feed parses as Atom, one entry per item of the page`, async ({ sharedTab }) => {
    const tab = await sharedTab('changelog feed');
    await tab.goto(localePath(lang, '/changelog/'));
    const items = await tab.locator('.changelog > li').count();
    const href = await tab.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
    const parsed = await tab.evaluate(async (url) => {
      const response = await fetch(url!);
      const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
      return {
        type: response.headers.get('content-type') ?? '',
        error: doc.querySelector('parsererror')?.textContent ?? '',
        namespace: doc.documentElement.namespaceURI,
        entries: doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry').length,
      };
    }, href);
    expect(parsed.error).toBe('');
    expect(parsed.namespace).toBe('http://www.w3.org/2005/Atom');
    expect(items).toBeGreaterThan(0);
    expect(parsed.entries).toBe(items);
  });
