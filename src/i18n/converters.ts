// Converters between scripts, for languages generated at build time (the locale table's `convert`).
// OpenCC's character conversion, with its phrase tables only to choose the right character (发 → 發 or 髮) and
// the common Traditional character forms (為, 裡: OpenCC `tw` variants), never its regional vocabulary (`twp`
// would turn 软件 into 軟體): the plan is a legal text, so its words stay the plan's words.
// Each converter has its inverse, so a test can prove the conversion loses nothing.
import * as OpenCC from 'opencc-js';
import { LOCALE_INFO, type Lang } from './localeTable.ts';
import { TAIWAN_TERMS, type TermList } from './interfaceTerms.tw.ts';

type Convert = (text: string) => string;
const made = new Map<string, Convert>();
const lazily =
  (key: string, make: () => Convert): Convert =>
  (text) =>
    (made.get(key) ?? made.set(key, make()).get(key)!)(text);

/**
 * Where OpenCC's longest-match phrase table picks the wrong character for this site's text, the right one, as
 * Traditional text before → after. Each was found by a reader of the generated edition; each keeps the word
 * the Simplified text means (the inverse conversion still returns the original).
 * - 优秀发明人: the phrase 秀发 ("hair") wins over 发明, giving 優秀髮明人.
 * - 专利周: 周 stays 周 here while 宣传周 becomes 宣傳週 in the same sentence; a week is 週 in both.
 * - 产品汇聚: 彙 (a compilation, as in 法規彙編) where the plan means converging, 匯聚 as elsewhere on the page.
 * - 公开发布, 大会发布: the phrase 开发 ("develop") and 会 take the 发 first, leaving 布 as 布, while 发布 alone becomes
 *   發佈: the same word was spelt two ways on one page.
 * - 自注册日, 各自注明: the phrase 自注 ("self-annotation") takes the 注 first, leaving 注冊 and 注明 where the same
 *   words are 註冊 and 註明 everywhere else (tests/unit/conversionSlips.test.ts finds such words).
 * - 抢注: OpenCC has no phrase for it and keeps 注, but the word is short for 搶先註冊 (registering first).
 * - 情况下签署: 下签 (a lot drawn, 下籤) wins over 签署, giving 籤署 where signing is 簽署.
 * - 写明了: the phrase 明了 ("clear", 明瞭) takes the 了 of the verb's aspect, giving 寫明瞭.
 * - 想了解: 了解 is 瞭解 everywhere else on the site, but the phrase 想了 keeps 了 here.
 * - 指南里: OpenCC's phrase table has 南里 (a place name, where 里 is a village), which takes the 里 of 指南 before
 *   里 → 裡 ("in") can, giving 指南里的相關說明 where 清單裡, 這裡 are 裡 on the same pages.
 */
const CORRECTIONS: [string, string][] = [
  ['優秀髮明', '優秀發明'],
  ['專利周', '專利週'],
  ['產品彙聚', '產品匯聚'],
  ['公開發布', '公開發佈'],
  ['會發布', '會發佈'],
  ['自注冊', '自註冊'],
  ['自注明', '自註明'],
  ['搶注', '搶註'],
  ['籤署', '簽署'],
  ['寫明瞭', '寫明了'],
  ['想了解', '想瞭解'],
  ['指南里', '指南裡'],
];

export const CONVERTERS = {
  /** Simplified to Traditional characters (OpenCC `cn` → `tw`: characters and their common forms, no vocabulary). */
  s2t: lazily('s2t', () => OpenCC.ConverterFactory(OpenCC.Locale.from.cn, OpenCC.Locale.to.tw, [CORRECTIONS])),
} as const;

/** The inverse of each converter, for the round-trip test. */
export const INVERSE_CONVERTERS: Record<keyof typeof CONVERTERS, Convert> = {
  s2t: lazily('t2s', () => OpenCC.Converter({ from: 'tw', to: 'cn' })),
};

export type ConverterName = keyof typeof CONVERTERS;

/** Replaces a term list's words in converted text, longest phrase first (a kept name wins over its words). */
export function regionalWords(list: TermList): (text: string) => string {
  const swaps = new Map<string, string>(list.keep.map((name) => [name, name]));
  for (const { mainland, taiwan, only } of list.terms)
    for (const phrase of only ?? [mainland]) swaps.set(phrase, phrase.replace(mainland, taiwan));
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(
    [...swaps.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|'),
    'g',
  );
  return (text) => text.replace(pattern, (phrase) => swaps.get(phrase)!);
}

/** Quotation marks as Taiwan and Hong Kong set them: 「」, and 『』 inside. */
const cornerQuotes = (text: string) =>
  text.replace(/“/g, '「').replace(/”/g, '」').replace(/‘/g, '『').replace(/’/g, '』');

/**
 * The interface's words in a generated language: its characters (the page converter), then the region's own
 * words for the interface (選單, 搜尋, 列印) and its quotation marks. Only the UI dictionary goes through this
 * (src/i18n/zh-hant.ts); content — the plan above all — keeps the source's words, characters converted
 * (docs/decisions/interface-terms.md).
 */
export const INTERFACE_CONVERTERS: Record<ConverterName, Convert> = {
  s2t: lazily('s2t-interface', () => {
    const words = regionalWords(TAIWAN_TERMS);
    return (text) => cornerQuotes(words(CONVERTERS.s2t(text)));
  }),
};

/** Text as a page in `lang` shows it: converted for a generated language, as it is otherwise. */
export function asShownIn(lang: Lang): (text: string) => string {
  const convert = (LOCALE_INFO[lang] as { convert?: ConverterName }).convert;
  return convert ? CONVERTERS[convert] : (text) => text;
}

/** The interface's words as a page in `lang` shows them: a generated language's own words (搜尋, 資料), as its
 *  dictionary has them; text as it is otherwise. */
export function asInterfaceIn(lang: Lang): (text: string) => string {
  const convert = (LOCALE_INFO[lang] as { convert?: ConverterName }).convert;
  return convert ? INTERFACE_CONVERTERS[convert] : (text) => text;
}
