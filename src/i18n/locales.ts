// The site's languages as a list, read from the one locale table (src/i18n/localeTable.ts), and the URL
// rules between them: the default language at /…, every other under its prefix (/en/…, /zh-hant/…).
import {
  LOCALE_TABLE,
  LOCALE_INFO,
  type ContentLang,
  type EditorEnglishLang,
  type Lang,
  type LocaleRow,
  type SourceLang,
} from './localeTable.ts';

export type { Lang, ContentLang, SourceLang };

export const LOCALES: readonly Lang[] = LOCALE_TABLE.map((row) => row.code);
const byRole = (role: string) => LOCALE_TABLE.filter((row) => row.role === role).map((row) => row.code);

/** The language served at the site's root. */
export const DEFAULT_LANG = LOCALE_TABLE.find((row) => row.prefix === '')!.code as Lang;
/** The language of the official text: every other language is measured against it. */
export const SOURCE_LANG = byRole('source')[0] as SourceLang;
/** Languages with content files of their own, the source first. */
export const CONTENT_LANGS = [SOURCE_LANG, ...byRole('translation')] as readonly ContentLang[];
/** Languages translated by people from the source, with files of their own. */
export const TRANSLATION_LANGS = byRole('translation') as readonly ContentLang[];

/** The edition a figure in the English half of an editor message is quoted as (the row marked `editorEnglish`);
 *  the Chinese half quotes the source's. */
export const EDITOR_ENGLISH_LANG = TRANSLATION_LANGS.find(
  (lang) => (LOCALE_INFO[lang] as LocaleRow).editorEnglish,
) as EditorEnglishLang;

/** Translations the content check proofreads (glossary renderings, house style, spelling): those whose row names
 *  a spelling dictionary. The house style is British English's (src/lib/content/englishStyle.ts). */
export const PROOFREAD_LANGS = TRANSLATION_LANGS.filter((lang) => spellcheckOf(lang) !== undefined);

/** The npm package of a language's spelling dictionary, if the content check proofreads it. */
export function spellcheckOf(lang: Lang): LocaleRow['spellcheck'] {
  return (LOCALE_INFO[lang] as LocaleRow).spellcheck;
}

/** A field holding a gloss in a translation beside a source-language field (title → titleEn). */
export const glossField = (field: string, lang: ContentLang) => `${field}${lang[0].toUpperCase()}${lang.slice(1)}`;

const mapLocales = <T>(pick: (lang: Lang) => T) =>
  Object.fromEntries(LOCALES.map((lang) => [lang, pick(lang)])) as Record<Lang, T>;

// <html lang> and hreflang tags.
export const HTML_LANG = mapLocales((lang) => LOCALE_INFO[lang].bcp47 as string);
export const HREFLANG = mapLocales((lang) => LOCALE_INFO[lang].hreflang as string);

export function isLang(value: string | undefined): value is Lang {
  return (LOCALES as readonly string[]).includes(value ?? '');
}

export function isContentLang(value: string | undefined): value is ContentLang {
  return (CONTENT_LANGS as readonly string[]).includes(value ?? '');
}

/** The language whose content files a page in `lang` is made from (itself, or the one it is generated from). */
export function contentLang(lang: Lang): ContentLang {
  const row = LOCALE_INFO[lang] as { from?: string };
  return (row.from ?? lang) as ContentLang;
}

/** The language a component placed in content (an MDX file passes its own language) shows: the page's, where
 *  the page is that file's generated edition (繁體中文 from 简体中文), whose interface has words of its own. */
export function placedLang(fileLang: Lang, pageLang: Lang | undefined): Lang {
  return pageLang && contentLang(pageLang) === fileLang ? pageLang : fileLang;
}

/** A language's own name ("English", "繁體中文"), as menus show it. */
export const languageName = (lang: Lang): string => LOCALE_INFO[lang].name;

/** Each language's role: the source, a translation, or generated at build time. */
export const LOCALE_ROLE = Object.fromEntries(LOCALE_TABLE.map((row) => [row.code, row.role])) as Record<
  Lang,
  LocaleRow['role']
>;

/** True for a language made at build time from another one's pages. */
export function isGenerated(lang: Lang): boolean {
  return LOCALE_INFO[lang].role === 'generated';
}

/** The typography profile of a language: `cjk` text gets full-width punctuation. */
export const typographyOf = (lang: Lang) => LOCALE_INFO[lang].typography;
/** What stands between a label and the words after it: a space in Latin text, nothing after a Chinese colon
 *  (a space there shows as a gap, since the full-width colon already carries its own). */
export const labelGap = (lang: Lang): string => (typographyOf(lang) === 'latin' ? ' ' : '');

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

/** The URL of a site path (written as the default language's path, e.g. "/plan/") in a language, under `base`. */
export function localePath(lang: Lang, path: string, base: string = BASE): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  const prefix = LOCALE_INFO[lang].prefix;
  return withBase(prefix ? `/${prefix}${clean}` : clean, base);
}

const PREFIXED = LOCALE_TABLE.filter((row) => row.prefix);

/** Splits a URL pathname (with or without `base`) into its language and the language-neutral path. */
export function splitLocale(pathname: string, base: string = BASE): { lang: Lang; path: string } {
  const prefix = withoutTrailingSlash(base);
  if (prefix && (pathname === prefix || pathname.startsWith(`${prefix}/`)))
    pathname = pathname.slice(prefix.length) || '/';
  for (const row of PREFIXED) {
    const head = `/${row.prefix}`;
    if (pathname === head || pathname.startsWith(`${head}/`))
      return { lang: row.code, path: pathname.slice(head.length) || '/' };
  }
  return { lang: DEFAULT_LANG, path: pathname || '/' };
}

/** The other languages a page is published in, in the table's order. */
export function otherLangs(lang: Lang): Lang[] {
  return LOCALES.filter((other) => other !== lang);
}

/** The language a reader of `lang` most likely reads best among the others: its source, else the source language. */
export function counterpartLang(lang: Lang): Lang {
  const from = contentLang(lang);
  return from !== lang ? from : lang === SOURCE_LANG ? TRANSLATION_LANGS[0] : SOURCE_LANG;
}

/** The language of a content file from its path (content/<collection>/<lang>/… or <lang>.md). */
export function langOfContentPath(filePath: string): ContentLang | undefined {
  for (const part of filePath.split(/[\\/]/).reverse()) {
    const name = part.replace(/\.mdx?$/, '');
    if (isContentLang(name)) return name;
  }
  return undefined;
}

/** The [...lang] route parameter of a language: its prefix, or none for the default language. */
export const langParam = (lang: Lang): string | undefined => LOCALE_INFO[lang].prefix || undefined;

/** Route parameters for a page that exists once per language ([...lang] routes). */
export function langStaticPaths() {
  return LOCALES.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

/** A value kept per content language (a bilingual field, a glossary name) as a page in `lang` shows it. */
export function inLang<T>(values: Readonly<Record<ContentLang, T>>, lang: Lang): T {
  return values[contentLang(lang)];
}
