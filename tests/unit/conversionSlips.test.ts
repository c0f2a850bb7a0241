// The 繁體 edition spells each word one way: OpenCC's longest-match phrase table sometimes joins a character to
// its neighbour (自注 + 冊, 下籤 + 署) and writes a word differently in one sentence than everywhere else. Every
// Chinese text the site shows (the content files and the UI dictionary) is converted as the pages are and split
// into words; a word converted two ways is a slip for CORRECTIONS in src/i18n/converters.ts.
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONVERTERS, INVERSE_CONVERTERS } from '../../src/i18n/converters.ts';
import { zh } from '../../src/i18n/zh.ts';
import { CONVERSION_SLIPS, NEVER_RIGHT } from '../fixtures/conversionSlips.ts';

const texts = [
  ...globSync('content/**/*.{md,mdx,json}').map((file) => ({ where: file, text: readFileSync(file, 'utf8') })),
  ...Object.entries(zh).map(([key, text]) => ({ where: `src/i18n/zh.ts ${key}`, text })),
];

/** Each word of two or more Chinese characters with the forms the converter gave it, and where each was first
 *  seen. A single character is left out: its form depends on the word it belongs to (归并 歸併, 并且 並且). */
function wordForms(): Map<string, Map<string, string>> {
  const words = new Intl.Segmenter('zh', { granularity: 'word' });
  const forms = new Map<string, Map<string, string>>();
  for (const { where, text } of texts) {
    const converted = CONVERTERS.s2t(text);
    expect(converted.length, `${where}: the conversion changed the text's length`).toBe(text.length);
    for (const { segment, index } of words.segment(text)) {
      if (!/^\p{Script=Han}{2,}$/u.test(segment)) continue;
      const form = converted.slice(index, index + segment.length);
      const seen = forms.get(segment) ?? forms.set(segment, new Map()).get(segment)!;
      if (!seen.has(form)) seen.set(form, `${where}: …${text.slice(Math.max(0, index - 6), index + 8)}…`);
    }
  }
  return forms;
}

describe('the 繁體 edition', () => {
  it('converts each word of the site the same way wherever it occurs', () => {
    const twoWays = [...wordForms()]
      .filter(([, seen]) => seen.size > 1)
      .map(([word, seen]) => `${word} → ${[...seen].map(([form, where]) => `${form} (${where})`).join(' | ')}`);
    expect(twoWays, 'add the wrong form → the usual one to CORRECTIONS in src/i18n/converters.ts').toEqual([]);
  });

  // Slips found by a reader, each a word that is never right in this site's text.
  it.each(CONVERSION_SLIPS)('writes "%s" without "%s", and converts it back unchanged', (simplified, wrong) => {
    const traditional = CONVERTERS.s2t(simplified);
    expect(traditional).not.toContain(wrong);
    expect(INVERSE_CONVERTERS.s2t(traditional)).toBe(simplified);
  });

  it('shows none of those slips anywhere', () => {
    const found = texts.flatMap(({ where, text }) =>
      NEVER_RIGHT.filter((slip) => CONVERTERS.s2t(text).includes(slip)).map((slip) => `${where}: ${slip}`),
    );
    expect(found).toEqual([]);
  });
});
