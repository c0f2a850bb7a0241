// A language exists in one place (issue 21): its code is written only in the locale table, the dictionaries
// and content. Code asks src/i18n/locales.ts (SOURCE_LANG, CONTENT_LANGS, inLang, typographyOf …) instead of
// naming 'zh' or 'en', so a new language is a table row, its dictionary and its content.
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';

/** Where a language's code belongs, and why. */
const ALLOWED: Record<string, string> = {
  'src/i18n/localeTable.ts': 'the locale table itself',
  'src/i18n/zh.ts': 'a dictionary',
  'src/i18n/en.ts': 'a dictionary',
  'src/i18n/zh-hant.ts': 'a dictionary',
  'src/i18n/dictionaries.ts': "the dictionaries by their table code (a dictionary's name is its code)",
};

const CODE = ['src', 'scripts', 'tools'].flatMap((dir) => globSync(`${dir}/**/*.{ts,mjs,js,astro}`));
CODE.push('astro.config.mjs');

// Comments may name a language as an example (content/progress/zh/…); the rule is about what the code does.
const withoutComments = (text: string) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A code as a string ('zh'), an object key or type field (zh:), a property (.zh) or a path segment (/zh/). */
function uses(code: string): RegExp {
  const c = escape(code);
  return new RegExp(`['"\`]${c}['"\`]|(?<![\\w-])${c}\\??:(?!:)|\\.${c}(?![\\w-])|/${c}(?=[/'"\`.$?#])`, 'g');
}

describe('language codes', () => {
  it('are checked in every code file, and the test knows every language of the table', () => {
    expect(CODE.length).toBeGreaterThan(100);
    expect(LOCALES.length).toBeGreaterThan(1);
  });

  it('appear only in the locale table, the dictionaries and content', () => {
    const found: string[] = [];
    for (const file of CODE.filter((f) => !(f in ALLOWED))) {
      const lines = withoutComments(readFileSync(file, 'utf8')).split('\n');
      lines.forEach((line, i) => {
        for (const code of LOCALES)
          for (const m of line.matchAll(uses(code))) found.push(`${file}:${i + 1}: ${m[0]}  ←  ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('are caught in each form the rule forbids', () => {
    const sample = [`lang === 'zh'`, `{ en: 'x' }`, `name.zh`, '`content/plan/en/`', `"zh-hant"`, '`/en${path}`'];
    for (const text of sample)
      expect(
        LOCALES.some((code) => uses(code).test(text)),
        text,
      ).toBe(true);
    const fine = ['zhClauses', 'enText', 'import.meta.env', 'https://example.org/', 'titleEn', 'a::en'];
    for (const text of fine)
      expect(
        LOCALES.some((code) => uses(code).test(text)),
        text,
      ).toBe(false);
  });
});
