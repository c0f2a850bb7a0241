// The page pass's narrowing of a generated page's 用語對照 to the words the page uses (src/lib/typography/termPairs.ts),
// and the rows the 繁體 edition may list (src/i18n/readingTerms.ts): only checked pairs, no name, no interface sense.
import { describe, expect, it } from 'vitest';
import { keepUsedTermPairs } from '../../src/lib/typography/termPairs.ts';
import { readingTerms } from '../../src/i18n/readingTerms.ts';
import { TAIWAN_TERMS } from '../../src/i18n/interfaceTerms.tw.ts';
import { TAIWAN_SEARCH_TERMS } from '../../src/i18n/searchTerms.tw.ts';

const block = (...words: string[]) =>
  `<details class="term-pairs" data-term-pairs><summary>用語對照</summary><dl>${words
    .map((word) => `<div data-term-phrases="${word}"><dt>${word}</dt><dd>x</dd></div>`)
    .join('')}</dl></details>`;
const pageWith = (body: string, ...words: string[]) =>
  `<html><body><header>選單 信息</header><main>${block(...words)}${body}</main></body></html>`;

describe('keepUsedTermPairs', () => {
  it('keeps the rows for the words the page’s main text uses, and drops the others', () => {
    const out = keepUsedTermPairs(pageWith('<p>外觀設計專利</p>', '知識產權', '外觀設計'), []);
    expect(out).toContain('data-term-phrases="外觀設計"');
    expect(out).not.toContain('data-term-phrases="知識產權"');
  });

  it('drops the whole block when the page uses none of the words, never leaving it empty', () => {
    const out = keepUsedTermPairs(pageWith('<p>專利</p>', '知識產權'), []);
    expect(out).not.toContain('data-term-pairs');
    expect(out).toContain('<p>專利</p>');
  });

  it('does not count a word in the header, in a script, in an attribute or inside a name kept whole', () => {
    const body = '<p title="信息">常州大學知識產權信息中心</p><script>const w = "實用新型";</script><p>知識產權</p>';
    const out = keepUsedTermPairs(pageWith(body, '信息', '實用新型', '知識產權'), ['知識產權信息中心']);
    expect(out).not.toContain('data-term-phrases="信息"');
    expect(out).not.toContain('data-term-phrases="實用新型"');
    expect(out).toContain('data-term-phrases="知識產權"');
  });

  it('leaves a page without the block as it is', () => {
    const html = '<main><p>知識產權</p></main>';
    expect(keepUsedTermPairs(html, [])).toBe(html);
  });
});

describe('readingTerms', () => {
  const rows = readingTerms(TAIWAN_SEARCH_TERMS, TAIWAN_TERMS);
  const pairs = new Set([
    ...TAIWAN_SEARCH_TERMS.map((t) => `${t.mainland}→${t.taiwan}`),
    ...TAIWAN_TERMS.terms.map((t) => `${t.mainland}→${t.taiwan}`),
  ]);

  it('adds no pair of its own: each row is one of the checked lists’ pairs', () => {
    for (const { mainland, taiwan } of rows) expect(pairs.has(`${mainland}→${taiwan}`), mainland).toBe(true);
  });

  it('gives one row a word, the search list’s first (智慧財產權, not the short 智財)', () => {
    const words = rows.map((row) => row.mainland);
    expect(new Set(words).size).toBe(words.length);
    const first = TAIWAN_SEARCH_TERMS[0]!;
    expect(rows.find((row) => row.mainland === first.mainland)?.taiwan).toBe(first.taiwan);
  });

  it('leaves out an office’s short name and the interface’s own senses (打開 a file, 文件 a computer file)', () => {
    const words = rows.map((row) => row.mainland);
    const named = TAIWAN_SEARCH_TERMS.filter((t) =>
      TAIWAN_SEARCH_TERMS.some((o) => o.mainland !== t.mainland && t.mainland.includes(o.mainland)),
    );
    expect(named.length).toBeGreaterThan(0);
    for (const { mainland } of named) expect(words).not.toContain(mainland);
    for (const { mainland, only, interfaceSense } of TAIWAN_TERMS.terms)
      if (only || interfaceSense) expect(words, mainland).not.toContain(mainland);
  });
});
