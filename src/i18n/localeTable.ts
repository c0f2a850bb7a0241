// One table of locale tags per language, so every place that names a language agrees: <html lang>,
// hreflang, Intl formatting, Open Graph, RSS <language> and the sitemap.
import type { Lang } from './locales.ts';

export interface LocaleInfo {
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
}

export const LOCALE_INFO: Record<Lang, LocaleInfo> = {
  zh: { bcp47: 'zh-CN', hreflang: 'zh-CN', intl: 'zh-CN', openGraph: 'zh_CN', rss: 'zh-cn' },
  en: { bcp47: 'en', hreflang: 'en', intl: 'en-GB', openGraph: 'en_GB', rss: 'en' },
};

/**
 * The words between the items of a list of `count` things, as the language joins them: 甲、乙和丙 /
 * A, B and C (English never joins with 、). For lists whose items are links, so they can be interleaved.
 */
export function listSeparators(count: number, lang: Lang): string[] {
  const parts = new Intl.ListFormat(LOCALE_INFO[lang].intl, { type: 'conjunction' }).formatToParts(Array.from({ length: count }, (_, i) => String(i)));
  return parts.filter((part, i) => part.type === 'literal' && i > 0 && i < parts.length - 1).map((part) => part.value);
}
