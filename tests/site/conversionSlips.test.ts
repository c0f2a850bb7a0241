// Every built 繁體 page is free of the words OpenCC wrote wrongly before CORRECTIONS (src/i18n/converters.ts)
// fixed them: the check of the converted sources (tests/unit/conversionSlips.test.ts), made on what readers get.
import { describe, expect, it } from 'vitest';
import { compactText, page, pageUrls } from '../support/dist.ts';
import { splitLocale } from '../../src/i18n/locales.ts';
import { NEVER_RIGHT } from '../fixtures/conversionSlips.ts';

describe('the built 繁體 edition', () => {
  it('shows none of the words OpenCC once wrote wrongly', () => {
    const hantPages = pageUrls().filter((url) => splitLocale(url).lang === 'zh-hant');
    expect(hantPages.length, 'no 繁體 pages in dist/: build the site first').toBeGreaterThan(0);
    const found = hantPages.flatMap((url) => {
      const text = compactText(page(url));
      return NEVER_RIGHT.filter((word) => text.includes(word)).map((word) => `${url}: ${word}`);
    });
    expect(found).toEqual([]);
  });
});
