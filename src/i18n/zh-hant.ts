// Traditional Chinese UI strings: the Chinese dictionary converted at build time (src/i18n/converters.ts), with
// Taiwan's words for the interface (選單, 搜尋, 列印) and 「」 quotes, plus the few strings written here: those that
// speak about the conversion itself, and those whose whole phrasing is a mainland idiom no word swap can turn
// into Taiwan's (TAIWAN_PHRASINGS). The plan's own words kept in the dictionary (its title and issuer, the units
// its targets are counted in) are converted character by character only, like the plan's text on the pages
// (docs/decisions/interface-terms.md).
import { zh, type Dictionary, type UIKey } from './zh.ts';
import { CONVERTERS, INTERFACE_CONVERTERS } from './converters.ts';

/** Strings that are the plan's words, not the site's: the plan's facts and its targets' units. */
export const PLAN_WORDS = /^(?:facts|targetUnit)\./;

const converted = Object.fromEntries(
  (Object.entries(zh) as [UIKey, string][]).map(([key, text]) => [
    key,
    PLAN_WORDS.test(key) ? CONVERTERS.s2t(text) : INTERFACE_CONVERTERS.s2t(text),
  ]),
) as Dictionary;

/** Strings whose Chinese is a mainland idiom with no word-for-word Taiwan form, in the words Taiwan uses. */
export const TAIWAN_PHRASINGS: Partial<Dictionary> = {
  // 扫一扫 (the mainland's "give it a scan") beside the printed page's QR code.
  'print.qr': '用手機掃描 QR Code 開啟',
};

export const zhHant: Dictionary = {
  ...converted,
  ...TAIWAN_PHRASINGS,
  'lang.generatedSummary': '由簡體自動轉換',
  'lang.generatedNotice':
    '本頁的內容由程式把簡體中文原文逐字自動轉換為繁體字，只轉換字形、不改用詞，以簡體中文原文為準；選單、按鈕等網站用語採用臺灣的常用詞（例如「搜尋」「列印」）。',
  'lang.generatedOriginal': '閱讀簡體中文原文',
};
