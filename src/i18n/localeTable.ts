// The one place a language exists. Every other module reads this table: the URL prefix, the tags for
// <html lang>, hreflang, Intl, Open Graph and RSS, the typography profile, and whether a language has
// content files of its own (the source and its translations) or is generated from another at build time.
// Adding a language is a row here, a dictionary in src/i18n/ and (for a generated one) its converter.

/** How text in a language is set: `cjk` widens punctuation next to Han characters (GB/T 15834). */
export type TypographyProfile = 'cjk' | 'latin';

export interface LocaleRow {
  /** The language's code in this project: route parameter, dictionary key, content folder name. */
  code: string;
  /** The first path segment of its pages ("" for the default language, served at the root). */
  prefix: string;
  /** BCP 47 tag for <html lang>, lang attributes and JSON-LD inLanguage. */
  bcp47: string;
  /** hreflang for <link rel="alternate"> and the sitemap. */
  hreflang: string;
  /** Locale for Intl date, number and list formatting (British English, see STYLE.md). */
  intl: string;
  /** Open Graph og:locale (language_TERRITORY, https://ogp.me/#optional). */
  openGraph: string;
  /** RSS 2.0 <language> (lower-case RFC 1766 tag). */
  rss: string;
  /** The language's own name, as the language menu shows it. */
  name: string;
  /** Its name in a word or two, for the menu's button where space is short. */
  short: string;
  typography: TypographyProfile;
  /** `source`: the official text's language; `translation`: its own files, translated from the source;
   *  `generated`: made at build time from `from` by the converter named in src/i18n/converters.ts. */
  role: 'source' | 'translation' | 'generated';
  /** For a generated language: the language its pages are made from, */
  from?: string;
  /** and the converter (src/i18n/converters.ts) that turns that language's text into this one's. */
  convert?: 's2t';
  /** For a translation the content check proofreads (glossary renderings, house style, spelling): the npm
   *  package of its Hunspell spelling dictionary (src/data/spellChecker.ts loads it). */
  spellcheck?: 'dictionary-en-gb';
  /** Set on the one translation in English. Messages to editors are written in Chinese, then English (their
   *  contract, src/lib/content/editorMessage.ts); a figure quoted in the English half is shown as this edition
   *  publishes it (and in the Chinese half as the source does). */
  editorEnglish?: true;
}

export const LOCALE_TABLE = [
  {
    code: 'zh',
    prefix: '',
    bcp47: 'zh-CN',
    hreflang: 'zh-CN',
    intl: 'zh-CN',
    openGraph: 'zh_CN',
    rss: 'zh-cn',
    name: '简体中文',
    short: '简体',
    typography: 'cjk',
    role: 'source',
  },
  {
    code: 'zh-hant',
    prefix: 'zh-hant',
    bcp47: 'zh-Hant',
    hreflang: 'zh-Hant',
    intl: 'zh-Hant',
    openGraph: 'zh_TW',
    rss: 'zh-tw',
    name: '繁體中文',
    short: '繁體',
    typography: 'cjk',
    role: 'generated',
    from: 'zh',
    convert: 's2t',
  },
  {
    code: 'en',
    prefix: 'en',
    bcp47: 'en',
    hreflang: 'en',
    intl: 'en-GB',
    openGraph: 'en_GB',
    rss: 'en',
    name: 'English',
    short: 'EN',
    typography: 'latin',
    role: 'translation',
    spellcheck: 'dictionary-en-gb',
    editorEnglish: true,
  },
] as const satisfies readonly LocaleRow[];

type Row = (typeof LOCALE_TABLE)[number];
/** Every language the site is published in. */
export type Lang = Row['code'];
/** Languages with content files of their own (content/<kind>/<code>/…): the source and its translations. */
export type ContentLang = Exclude<Row, { role: 'generated' }>['code'];
/** The language of the official text. */
export type SourceLang = Extract<Row, { role: 'source' }>['code'];
/** The translation whose figures the English half of an editor message quotes. */
export type EditorEnglishLang = Extract<Row, { editorEnglish: true }>['code'];

export type LocaleInfo = Row;
export const LOCALE_INFO = Object.fromEntries(LOCALE_TABLE.map((row) => [row.code, row])) as {
  [L in Lang]: Extract<Row, { code: L }>;
};
