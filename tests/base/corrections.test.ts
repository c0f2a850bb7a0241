// dist-base/ is built with an address for corrections (SITE_CORRECTIONS in tests/fixtures/deployment.json):
// there, and only there, pages ask readers for corrections and leads (a target page with no figure for a source,
// through the same prefilled link as "提供线索" on a service page), and the about page says where to send them. (dist/, built without one, offers no such link: tests/site/trust.test.ts.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE, page, pageUrls } from '../support/dist.ts';
import { CONTENT_LANGS, contentLang, localePath, splitLocale } from '../../src/i18n/locales.ts';

const deployment = JSON.parse(readFileSync('tests/fixtures/deployment.json', 'utf8')) as Record<string, string>;

describe('a deployment with a channel for corrections', () => {
  it.each(CONTENT_LANGS)('%s: the about page gives the address to send corrections to', (lang) => {
    const section = page(BASE + localePath(lang, '/about/'))
      .getElementById('corrections')
      ?.closest('section');
    expect(section?.querySelector(`a[href="mailto:${deployment.SITE_CORRECTIONS}"]`)).not.toBeNull();
  });

  it('asks on every target page with no figure for a source, opening the channel filled in with the page', () => {
    const empty = pageUrls().filter((url) => page(url).querySelector('[data-target-empty]'));
    expect(empty.length).toBeGreaterThan(0);
    for (const url of empty) {
      const doc = page(url);
      const href = doc.querySelector('[data-target-empty] [data-tell-us] a')?.getAttribute('href') ?? '';
      expect(href.startsWith(`mailto:${deployment.SITE_CORRECTIONS}?`), url).toBe(true);
      // The message names the page's full address and the target, so an editor knows what it is about: by the
      // name the page shows (NFKC: the page widens its punctuation, GB/T 15834); a generated edition's message,
      // an address its page pass leaves alone, names it as its source language does.
      const body = (new URLSearchParams(href.split('?')[1]).get('body') ?? '').normalize('NFKC');
      const { lang } = splitLocale(url, BASE);
      if (contentLang(lang) === lang)
        expect(body, url).toContain(doc.querySelector('h1')!.textContent.trim().normalize('NFKC'));
      expect(body, url).toContain(`${deployment.SITE_URL}${url}`);
    }
  });

  it('links every footer to it', () => {
    for (const url of pageUrls().filter((u) => page(u).querySelector('.site-footer')))
      expect(page(url).querySelector('.site-footer a[href$="/about/#corrections"]'), url).not.toBeNull();
  });
});
