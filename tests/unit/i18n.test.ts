// Locale helpers: the URL rules between the Chinese and English sites, and the dictionaries.
import { describe, expect, it } from 'vitest';
import { localePath, splitLocale, otherLangs, langOfContentPath, langStaticPaths } from '../../src/i18n/locales.ts';
import { zh } from '../../src/i18n/zh.ts';
import { en } from '../../src/i18n/en.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import { DICTIONARIES } from '../../src/i18n/dictionaries.ts';
import { lineParts } from '../../src/i18n/lineParts.ts';

describe('locale paths', () => {
  it('serves Chinese at the root and English under /en/', () => {
    expect(localePath('zh', '/plan/')).toBe('/plan/');
    expect(localePath('en', '/plan/')).toBe('/en/plan/');
    expect(localePath('en', '/')).toBe('/en/');
  });

  it('splits a pathname into its language and the same page in any language', () => {
    expect(splitLocale('/en/plan/units/')).toEqual({ lang: 'en', path: '/plan/units/' });
    expect(splitLocale('/plan/')).toEqual({ lang: 'zh', path: '/plan/' });
    expect(splitLocale('/en')).toEqual({ lang: 'en', path: '/' });
    expect(splitLocale('/english/')).toEqual({ lang: 'zh', path: '/english/' });
  });

  it('lists every other language a page is published in', () => {
    expect(otherLangs('zh')).toEqual(['zh-hant', 'en']);
    expect(otherLangs('en')).toEqual(['zh', 'zh-hant']);
  });

  it('serves the Traditional Chinese edition under /zh-hant/ and reads it back', () => {
    expect(localePath('zh-hant', '/plan/')).toBe('/zh-hant/plan/');
    expect(splitLocale('/zh-hant/plan/')).toEqual({ lang: 'zh-hant', path: '/plan/' });
    expect(splitLocale('/ip-site/zh-hant', '/ip-site/')).toEqual({ lang: 'zh-hant', path: '/' });
  });

  it('reads the language of a content file from its folder', () => {
    expect(langOfContentPath('/x/content/plan/en/41-task-1.md')).toBe('en');
    expect(langOfContentPath('content\\pages\\zh\\about.md')).toBe('zh');
    expect(langOfContentPath('content/glossary/units.json')).toBeUndefined();
  });

  it('builds one route per language, the Chinese one without a prefix', () => {
    expect(langStaticPaths()).toEqual([
      { params: { lang: undefined }, props: { lang: 'zh' } },
      { params: { lang: 'zh-hant' }, props: { lang: 'zh-hant' } },
      { params: { lang: 'en' }, props: { lang: 'en' } },
    ]);
  });
});

describe('dictionaries', () => {
  // A slot a translation drops is a name, a number or a link the reader of that language never sees.
  it('give every line the same slots in every language', () => {
    const slotsOf = (line: string) =>
      [...new Set(lineParts(line).flatMap((part) => ('slot' in part ? [part.slot] : [])))].sort();
    const [first, ...others] = Object.entries(DICTIONARIES);
    const differ = others.flatMap(([lang, dictionary]) =>
      Object.entries(first[1]).flatMap(([key, line]) => {
        const theirs = slotsOf(dictionary[key as keyof typeof dictionary]);
        return theirs.join() === slotsOf(line).join()
          ? []
          : [`${lang} ${key}: ${theirs.join()} ≠ ${slotsOf(line).join()}`];
      }),
    );
    expect(differ).toEqual([]);
  });

  it('cut a line into its words and slots, in order', () => {
    expect(lineParts('接通后说要找“{name}”{original}。')).toEqual([
      { text: '接通后说要找“' },
      { slot: 'name' },
      { text: '”' },
      { slot: 'original' },
      { text: '。' },
    ]);
  });

  it('have the same keys and no empty string in either language', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    expect(Object.entries({ ...zh }).filter(([, v]) => !v)).toEqual([]);
    expect(Object.entries(en).filter(([, v]) => !v)).toEqual([]);
  });

  it('translate a key per language', () => {
    expect(useTranslations('zh')('nav.plan')).toBe('工作方案');
    expect(useTranslations('en')('nav.plan')).toBe('Work Plan');
  });

  it('keep Latin-only text out of the Chinese interface strings that label navigation', () => {
    const navValues = Object.entries(zh)
      .filter(([k]) => k.startsWith('nav.'))
      .map(([, v]) => v);
    navValues.forEach((value) => expect(value).toMatch(/[\u4e00-\u9fff]/));
  });
});
