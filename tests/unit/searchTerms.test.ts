// The 繁體 search's Taiwan words (src/i18n/searchTerms.tw.ts): a pair marked as OpenCC's is what OpenCC's own
// Taiwan phrase table makes of the site's word (no guesses), and every pair leads to a word the site uses.
import { describe, expect, it } from 'vitest';
import { globSync, readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { CONVERTERS, INVERSE_CONVERTERS } from '../../src/i18n/converters.ts';
import { TAIWAN_SEARCH_TERMS } from '../../src/i18n/searchTerms.tw.ts';

const taiwanPhrases = OpenCC.ConverterFactory(OpenCC.Locale.from.cn, OpenCC.Locale.to.twp);
const site = globSync('content/**/*.{md,json}')
  .map((file) => CONVERTERS.s2t(readFileSync(file, 'utf8')))
  .join('\n');

describe('Taiwan’s search words', () => {
  it.each(TAIWAN_SEARCH_TERMS.filter((term) => term.opencc).map((term) => [term.mainland, term.taiwan]))(
    '%s → %s is what OpenCC’s Taiwan phrase table makes of it',
    (mainland, taiwan) => {
      expect(taiwanPhrases(INVERSE_CONVERTERS.s2t(mainland))).toBe(taiwan);
    },
  );

  it.each(TAIWAN_SEARCH_TERMS.map((term) => [term.taiwan, term.mainland]))(
    '%s leads to %s, a word the 繁體 pages use',
    (_taiwan, mainland) => {
      expect(site).toContain(mainland);
    },
  );
});
