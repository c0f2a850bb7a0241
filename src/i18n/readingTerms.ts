// The 繁體 pages' 用語對照: the mainland words a page's content keeps (its characters converted, its words the
// source's: docs/decisions/interface-terms.md) beside the word Taiwan usually writes for each. No pair of its own:
// each comes from the interface list (src/i18n/interfaceTerms.tw.ts, every pair one OpenCC's Taiwan phrase table
// makes, tested) or the search list (src/i18n/searchTerms.tw.ts, OpenCC's or Taiwan's Patent Act, each with its
// source). The page pass keeps the rows for the words the page uses (src/lib/typography/termPairs.ts).
import { LOCALE_INFO, type Lang } from './localeTable.ts';
import type { ConverterName } from './converters.ts';
import { TAIWAN_TERMS, type TermList } from './interfaceTerms.tw.ts';
import { TAIWAN_SEARCH_TERMS, type SearchTerm } from './searchTerms.tw.ts';

export interface ReadingTerm {
  /** The word as the converted pages write it. */
  mainland: string;
  /** The word the region usually writes for it. */
  taiwan: string;
  /** What marks the word as used on a page (the page pass looks for any of them). */
  phrases: readonly string[];
}

/**
 * One row per word, the search list's first (the IP words a reader looks for: 知識產權, 實用新型, 外觀設計), then
 * the interface list's. A search pair whose word holds a shorter listed word (知識產權局, the short name 智慧局 of
 * one office) is a name, not a word to compare: its shorter word's row covers it. An interface pair for the
 * interface's sense only (打開 a file, 設備 the reader's phone) is left out, and so is one limited to the
 * interface's phrases (文件 is a computer file only in .ics 文件; on the pages it is a document).
 */
export function readingTerms(search: readonly SearchTerm[], ui: TermList): ReadingTerm[] {
  const rows = new Map<string, ReadingTerm>();
  const words = search.map((term) => term.mainland);
  for (const { mainland, taiwan } of search) {
    const holdsShorter = words.some((word) => word !== mainland && mainland.includes(word));
    if (!rows.has(mainland) && !holdsShorter) rows.set(mainland, { mainland, taiwan, phrases: [mainland] });
  }
  for (const { mainland, taiwan, only, interfaceSense } of ui.terms)
    if (!rows.has(mainland) && !interfaceSense && !only) rows.set(mainland, { mainland, taiwan, phrases: [mainland] });
  return [...rows.values()];
}

const BY_CONVERTER: Record<ConverterName, { terms: ReadingTerm[]; keep: readonly string[] }> = {
  s2t: { terms: readingTerms(TAIWAN_SEARCH_TERMS, TAIWAN_TERMS), keep: TAIWAN_TERMS.keep },
};

/** The rows a generated language's pages may list, and the names whose words do not count; none otherwise. */
export function readingTermsFor(lang: Lang): { terms: ReadingTerm[]; keep: readonly string[] } {
  const convert = (LOCALE_INFO[lang] as { convert?: ConverterName }).convert;
  return convert ? BY_CONVERTER[convert] : { terms: [], keep: [] };
}
