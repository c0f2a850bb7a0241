// The site's two languages and the URL rules between them: Chinese at /…, English under /en/….
import { LOCALE_INFO } from './localeTable.ts';

export const LOCALES = ['zh', 'en'] as const;
export type Lang = (typeof LOCALES)[number];
export const DEFAULT_LANG: Lang = 'zh';

// <html lang> and hreflang tags, from the one locale table (src/i18n/localeTable.ts).
export const HTML_LANG: Record<Lang, string> = { zh: LOCALE_INFO.zh.bcp47, en: LOCALE_INFO.en.bcp47 };
export const HREFLANG: Record<Lang, string> = { zh: LOCALE_INFO.zh.hreflang, en: LOCALE_INFO.en.hreflang };

function isLang(value: string | undefined): value is Lang {
  return (LOCALES as readonly string[]).includes(value ?? '');
}

/**
 * Astro's `base` without its trailing slash ("" for a site at the host's root, "/ip-site" for a
 * project site). Vite sets BASE_URL from BASE_PATH at build time; Node CLIs and unit tests have no
 * import.meta.env, and their paths are the site's own ("/plan/"), so they get "".
 */
export const BASE = withoutTrailingSlash(import.meta.env?.BASE_URL ?? '/');

function withoutTrailingSlash(base: string): string {
  return base.replace(/\/+$/, '');
}

/** A root-relative site path ("/plan/") as the URL it has under `base` ("/ip-site/plan/"). */
export function withBase(path: string, base: string = BASE): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  const prefix = withoutTrailingSlash(base);
  return prefix && !clean.startsWith(`${prefix}/`) ? `${prefix}${clean}` : clean;
}

/** The URL of a site path (written as the Chinese path, e.g. "/plan/") in a language, under `base`. */
export function localePath(lang: Lang, path: string, base: string = BASE): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return withBase(lang === DEFAULT_LANG ? clean : `/${lang}${clean}`, base);
}

/** Splits a URL pathname (with or without `base`) into its language and the language-neutral path. */
export function splitLocale(pathname: string, base: string = BASE): { lang: Lang; path: string } {
  const prefix = withoutTrailingSlash(base);
  if (prefix && (pathname === prefix || pathname.startsWith(`${prefix}/`)))
    pathname = pathname.slice(prefix.length) || '/';
  const match = /^\/(en)(\/.*|$)/.exec(pathname);
  if (match && isLang(match[1])) return { lang: match[1], path: match[2] || '/' };
  return { lang: DEFAULT_LANG, path: pathname || '/' };
}

/** The same page in the other language. */
export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

/** The language of a content file from its path (content/<collection>/<lang>/…). */
export function langOfContentPath(filePath: string): Lang | undefined {
  const segment = filePath.split(/[\\/]/).find((part) => isLang(part));
  return isLang(segment) ? segment : undefined;
}

/** Route parameters for a page that exists once per language ([...lang] routes). */
export function langStaticPaths() {
  return LOCALES.map((lang) => ({
    params: { lang: lang === DEFAULT_LANG ? undefined : lang },
    props: { lang },
  }));
}
