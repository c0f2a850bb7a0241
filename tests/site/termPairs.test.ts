// The 繁體 pages' 用語對照 (TermPairs.astro, kept to the page's words by src/lib/typography/termPairs.ts): a Taiwan
// reader found 知識產權, 實用新型 and 外觀設計 foreign. Under the conversion notice a page lists the words its
// content uses beside Taiwan's usual word, each pair from the checked lists, and none it does not use; the
// Chinese and English pages have no such list, and the content keeps its words.
import { describe, expect, it } from 'vitest';
import { page } from '../support/dist.ts';
import { LOCALE_TABLE } from '../../src/i18n/localeTable.ts';
import { localePath, type Lang } from '../../src/i18n/locales.ts';
import { readingTermsFor } from '../../src/i18n/readingTerms.ts';

const generated = LOCALE_TABLE.filter((row) => row.role === 'generated').map((row) => row.code as Lang);
const others = LOCALE_TABLE.filter((row) => row.role !== 'generated').map((row) => row.code as Lang);
const GUIDE = '/foreign-companies/';

describe.each(generated)('the 用語對照 of %s', (lang) => {
  const { terms, keep } = readingTermsFor(lang);
  const guide = page(localePath(lang, GUIDE, '/'));
  const main = guide.querySelector('main')!;
  const block = main.querySelector('[data-term-pairs]');
  const listed = (block?.querySelectorAll('[data-term-phrases]') ?? []).map((row) =>
    row.querySelectorAll('dt, dd').map((cell) => cell.textContent.trim()),
  );
  /** The guide's own text, without the list and the names kept whole. */
  const text = (() => {
    const copy = main.clone() as typeof main;
    copy.querySelector('[data-term-pairs]')?.remove();
    return keep.reduce((out, name) => out.replaceAll(name, ''), copy.textContent);
  })();

  it('sits right under the conversion notice, folded', () => {
    expect(block?.tagName).toBe('DETAILS');
    expect(block?.previousElementSibling?.classList.contains('generated-notice')).toBe(true);
  });

  it('lists on the foreign-companies guide each pair whose word the guide uses, and no other', () => {
    const used = terms
      .filter(({ mainland }) => text.includes(mainland))
      .map(({ mainland, taiwan }) => [mainland, taiwan]);
    expect(used.length).toBeGreaterThan(0);
    expect(listed).toEqual(used);
    // The words the Taiwan reader looked for are among them: the guide speaks of all three.
    expect(listed.map(([mainland]) => mainland)).toEqual(expect.arrayContaining(['知識產權', '實用新型', '外觀設計']));
  });

  it('changes none of the guide’s words: each listed word is still there, as the source writes it', () => {
    for (const [mainland] of listed) expect(text, mainland).toContain(mainland);
  });

  it('is left out of the search index, which repeats it on no page', () => {
    expect(block?.hasAttribute('data-pagefind-ignore')).toBe(true);
  });
});

describe.each(others)('the %s pages', (lang) => {
  it('carry no 用語對照', () => {
    for (const path of [GUIDE, '/', '/plan/'])
      expect(page(localePath(lang, path, '/')).querySelector('[data-term-pairs]'), path).toBeNull();
  });
});
