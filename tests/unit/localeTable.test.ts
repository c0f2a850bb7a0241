// The one locale table: every tag a language needs, and lists joined as each language joins them.
import { describe, expect, it } from 'vitest';
import { LOCALE_INFO } from '../../src/i18n/localeTable.ts';
import { listParts } from '../../src/lib/format/list.ts';
import { EDITOR_ENGLISH_LANG, HREFLANG, HTML_LANG, LOCALES, TRANSLATION_LANGS } from '../../src/i18n/locales.ts';

describe('locale table', () => {
  it('gives <html lang> and hreflang from the same row for every language', () => {
    for (const lang of LOCALES) {
      expect(HTML_LANG[lang]).toBe(LOCALE_INFO[lang].bcp47);
      expect(HREFLANG[lang]).toBe(LOCALE_INFO[lang].hreflang);
    }
  });
  it('formats English the British way', () => {
    expect(
      new Intl.DateTimeFormat(LOCALE_INFO.en.intl, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date('2022-09-15'),
      ),
    ).toBe('15 September 2022');
  });
  it("names exactly one translation, in English, as the edition the editors' English messages quote", () => {
    const marked = TRANSLATION_LANGS.filter((lang) => 'editorEnglish' in LOCALE_INFO[lang]);
    expect(marked).toEqual([EDITOR_ENGLISH_LANG]);
    expect(new Intl.Locale(LOCALE_INFO[EDITOR_ENGLISH_LANG].intl).language).toBe('en');
  });
});

describe('list separators', () => {
  const separators = (count: number, lang: 'zh' | 'en') =>
    listParts(count, lang).flatMap((p) => (p.type === 'literal' ? [p.value] : []));
  it('joins Chinese lists with 、 and 和, and English ones with commas and "and", never 、', () => {
    expect(separators(3, 'zh')).toEqual(['、', '和']);
    expect(separators(3, 'en')).toEqual([', ', ' and ']);
    expect(separators(2, 'en')).toEqual([' and ']);
    expect(separators(1, 'en')).toEqual([]);
  });
});
