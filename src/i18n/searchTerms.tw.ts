// What a Taiwanese reader types for the site's words, as Traditional text: the site's (mainland) word ← the
// reader's. Only the search uses this list (the 繁體 search page rewrites a query with it before searching,
// src/data/searchScriptMap.ts); pages keep the plan's words (docs/decisions/interface-terms.md).
// A pair marked `opencc` is one OpenCC's own Taiwan phrase table makes (s2twp), checked by
// tests/unit/searchTerms.test.ts; each other pair says where its word comes from.
// 專利權 and 商標權 are written the same in Taiwan; 著作權 and 版權 are both the site's words already
// (content/glossary/synonyms.json), so none of them needs a pair.

export interface SearchTerm {
  /** The site's word, as the converted pages write it. */
  mainland: string;
  /** What a reader in Taiwan types for it. */
  taiwan: string;
  /** Whether OpenCC's Taiwan phrase table makes `taiwan` of `mainland`. */
  opencc?: true;
}

export const TAIWAN_SEARCH_TERMS: readonly SearchTerm[] = [
  { mainland: '知識產權', taiwan: '智慧財產權', opencc: true },
  // The form without 權 that Taiwan's own bodies are named with (經濟部智慧財產局, 智慧財產及商業法院).
  { mainland: '知識產權', taiwan: '智慧財產' },
  // The short forms Taiwan writes for 智慧財產權 (智財權) and in names (智財局 for 經濟部智慧財產局).
  { mainland: '知識產權', taiwan: '智財權' },
  { mainland: '知識產權', taiwan: '智財' },
  // Taiwan's word for trade secrets, the name of its law on them: 營業秘密法 (Trade Secrets Act, 全國法規資料庫,
  // https://law.moj.gov.tw/); the plan says 商業秘密.
  { mainland: '商業秘密', taiwan: '營業秘密' },
  // Taiwan's names for the two other kinds of patent, as its Patent Act (專利法, Art. 2, 全國法規資料庫,
  // https://law.moj.gov.tw/) names them: 新型專利 is the site's 實用新型, 設計專利 its 外觀設計. 新型 alone gets no
  // pair: it is part of other words on the pages (創新型企業, 新型監管).
  { mainland: '實用新型', taiwan: '新型專利' },
  { mainland: '外觀設計', taiwan: '設計專利' },
  // 智慧局, the short name of Taiwan's patent and trademark office (經濟部智慧財產局): the pages name the offices
  // 國家知識產權局 and 常州市知識產權局, as 智慧財產局 already becomes 知識產權局 through 智慧財產.
  { mainland: '知識產權局', taiwan: '智慧局' },
];
