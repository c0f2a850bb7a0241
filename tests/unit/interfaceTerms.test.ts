// The 繁體 edition's interface in Taiwan's words (選單, 搜尋, 列印, 連結, 資料): every pair in the term list is one
// OpenCC's own Taiwan phrase table makes (no guesses), the dictionary a reader meets uses none of the mainland
// words, and the plan's own words in the dictionary stay a character conversion (docs/decisions/interface-terms.md).
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { zh } from '../../src/i18n/zh.ts';
import { PLAN_WORDS, zhHant } from '../../src/i18n/zh-hant.ts';
import { CONVERTERS, INTERFACE_CONVERTERS, INVERSE_CONVERTERS } from '../../src/i18n/converters.ts';
import { TAIWAN_TERMS } from '../../src/i18n/interfaceTerms.tw.ts';

const taiwanPhrases = OpenCC.ConverterFactory(OpenCC.Locale.from.cn, OpenCC.Locale.to.twp);
const entries = Object.entries(zhHant) as [keyof typeof zh, string][];
const interfaceEntries = entries.filter(([key]) => !PLAN_WORDS.test(key));
/** What a reader must not meet in the interface: each term, or where it changes only in some phrases, those. */
const mainlandPhrases = TAIWAN_TERMS.terms.flatMap(({ mainland, only }) => only ?? [mainland]);
const withoutKeptNames = (text: string) => TAIWAN_TERMS.keep.reduce((out, name) => out.replaceAll(name, ''), text);

describe('the term list', () => {
  it.each(TAIWAN_TERMS.terms.map((term) => [term.mainland, term.taiwan]))(
    '%s → %s is what OpenCC’s Taiwan phrase table makes of it',
    (mainland, taiwan) => {
      expect(taiwanPhrases(INVERSE_CONVERTERS.s2t(mainland))).toBe(taiwan);
    },
  );

  it('changes a term in a phrase it is limited to, and leaves a kept name whole', () => {
    const limited = TAIWAN_TERMS.terms.filter((term) => term.only);
    expect(limited.length).toBeGreaterThan(0);
    for (const { mainland, taiwan, only } of limited)
      for (const phrase of only!) expect(INTERFACE_CONVERTERS.s2t(phrase)).toBe(phrase.replace(mainland, taiwan));
    for (const name of TAIWAN_TERMS.keep) expect(INTERFACE_CONVERTERS.s2t(name)).toBe(name);
  });
});

describe('the 繁體 interface', () => {
  it.each(mainlandPhrases)('uses no “%s” in any string a reader meets', (phrase) => {
    const found = interfaceEntries.filter(([, text]) => withoutKeptNames(text).includes(phrase)).map(([key]) => key);
    expect(found).toEqual([]);
  });

  it('uses Taiwan’s words where the Chinese interface has the mainland’s', () => {
    // Every string whose converted form holds a listed term now holds its Taiwan word instead.
    const changed = interfaceEntries.filter(([key]) =>
      mainlandPhrases.some((phrase) => withoutKeptNames(CONVERTERS.s2t(zh[key])).includes(phrase)),
    );
    expect(changed.length).toBeGreaterThan(0);
    for (const [key, text] of changed)
      expect(
        TAIWAN_TERMS.terms.some(({ taiwan }) => text.includes(taiwan)),
        key,
      ).toBe(true);
  });

  it('quotes with 「」, never “”', () => {
    expect(interfaceEntries.filter(([, text]) => /[“”]/.test(text)).map(([key]) => key)).toEqual([]);
    expect(interfaceEntries.some(([, text]) => text.includes('「'))).toBe(true);
  });

  it('is left as it is by the page pass, which converts the page again', () => {
    expect(entries.filter(([, text]) => CONVERTERS.s2t(text) !== text).map(([key]) => key)).toEqual([]);
  });

  it('keeps the plan’s own words in the dictionary (its title, issuer, units) a character conversion', () => {
    const planWords = entries.filter(([key]) => PLAN_WORDS.test(key));
    expect(planWords.length).toBeGreaterThan(0);
    for (const [key, text] of planWords) expect(text, key).toBe(CONVERTERS.s2t(zh[key]));
  });
});
