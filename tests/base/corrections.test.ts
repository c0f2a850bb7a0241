// dist-base/ is built with an address for corrections (SITE_CORRECTIONS in tests/fixtures/deployment.json):
// there, and only there, pages ask readers for corrections and leads, and the about page says where to send
// them. (dist/, built without one, offers no such link: tests/site/trust.test.ts.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE, page, pageUrls } from '../support/dist.ts';
import { CONTENT_LANGS, localePath } from '../../src/i18n/locales.ts';

const deployment = JSON.parse(readFileSync('tests/fixtures/deployment.json', 'utf8')) as Record<string, string>;

describe('a deployment with a channel for corrections', () => {
  it.each(CONTENT_LANGS)('%s: the about page gives the address to send corrections to', (lang) => {
    const section = page(BASE + localePath(lang, '/about/'))
      .getElementById('corrections')
      ?.closest('section');
    expect(section?.querySelector(`a[href="mailto:${deployment.SITE_CORRECTIONS}"]`)).not.toBeNull();
  });

  it('links every target page with no figure, and every footer, to it', () => {
    const empty = pageUrls().filter((url) => page(url).querySelector('[data-target-empty]'));
    expect(empty.length).toBeGreaterThan(0);
    for (const url of empty)
      expect(page(url).querySelector('[data-target-empty] a[href$="/about/#corrections"]'), url).not.toBeNull();
    for (const url of pageUrls().filter((u) => page(u).querySelector('.site-footer')))
      expect(page(url).querySelector('.site-footer a[href$="/about/#corrections"]'), url).not.toBeNull();
  });
});
