// Traditional Chinese UI strings. The pages in Traditional Chinese are converted from the Simplified ones at
// build time (src/i18n/converters.ts), UI strings included, so this dictionary is the Chinese one with the
// few strings that speak about the conversion itself, written here in Traditional characters.
import { zh, type Dictionary } from './zh.ts';

export const zhHant: Dictionary = {
  ...zh,
  'lang.generatedNotice': '本頁由簡體中文原文逐字轉換為繁體字，只轉換字形、不改用詞；內容以簡體中文原文為準。',
  'lang.generatedOriginal': '閱讀簡體中文原文',
};
