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
