// Every printed sheet carries the site's name, "unofficial" and its page number in its foot, in the page's
// language: each page links its language's running-foot stylesheet for print, and that file exists.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileForUrl, page, pageUrls } from '../support/dist.ts';
import { splitLocale } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import { asShownIn } from '../../src/i18n/converters.ts';

describe('the running foot of printed sheets', () => {
  const urls = pageUrls();
  it.each(urls)('%s links the running foot in its language', (url) => {
    const links = page(url)
      .querySelectorAll('link[rel="stylesheet"][media="print"]')
      .map((link) => link.getAttribute('href')!)
      .filter((href) => href.includes('/print/'));
    expect(links).toHaveLength(1);
    const file = fileForUrl(links[0]);
    expect(existsSync(file), `${links[0]} is not in the build`).toBe(true);
    const { lang } = splitLocale(url, '');
    expect(readFileSync(file, 'utf8')).toContain(asShownIn(lang)(useTranslations(lang)('site.name')));
  });
});
