// Every page, once rendered, goes through the page pass of its language (src/lib/typography/pagePass.ts):
// full-width punctuation for CJK text, and for a generated language (繁體中文) its text converted from the
// language it is made from and its links kept in it. The language comes from the page's path.
import { defineMiddleware } from 'astro:middleware';
import { LOCALE_INFO } from './i18n/localeTable.ts';
import {
  BASE,
  DEFAULT_LANG,
  HTML_LANG,
  LOCALES,
  localePath,
  splitLocale,
  typographyOf,
  type Lang,
} from './i18n/locales.ts';
import { CONVERTERS } from './i18n/converters.ts';
import { readingTermsFor } from './i18n/readingTerms.ts';
import { finishPage, type PageFinish } from './lib/typography/pagePass.ts';
import { useTranslations } from './i18n/t.ts';
import { BUILD_DATE } from './data/buildDate.ts';
import { devContentError } from './data/devContentProblems.ts';

const cjkTags = new Set(LOCALES.filter((lang) => typographyOf(lang) === 'cjk').map((lang) => HTML_LANG[lang]));
const isCjk = (tag: string) => cjkTags.has(tag);

function pageFinish(lang: Lang): PageFinish {
  const row = LOCALE_INFO[lang] as { convert?: keyof typeof CONVERTERS };
  return {
    // Every page may hold CJK text (a Chinese column, a name in Chinese): the pass looks at each `lang`.
    widen: true,
    isCjk,
    ...(row.convert && {
      convert: CONVERTERS[row.convert],
      // A link into the site with no language of its own (content links are written as the source's paths).
      localize: (url: string) => {
        if (!url.startsWith(`${BASE}/`)) return undefined;
        const place = splitLocale(url);
        return place.lang === DEFAULT_LANG ? localePath(lang, place.path) : undefined;
      },
      // The 用語對照 under the conversion notice lists only the words this page uses.
      termPairs: { keep: readingTermsFor(lang).keep },
    }),
  };
}
const FINISH = new Map(LOCALES.map((lang) => [lang, pageFinish(lang)]));

export const onRequest = defineMiddleware(async (context, next) => {
  // npm run dev: a content problem is shown in the browser (Astro's error overlay) until it is fixed.
  if (import.meta.env.DEV) {
    const contentError = devContentError();
    if (contentError) throw contentError;
  }
  // Route data, once per page: its language and language-neutral path from the URL, and its UI strings.
  const { lang, path } = splitLocale(context.url.pathname);
  context.locals.lang = lang;
  context.locals.path = path;
  context.locals.t = useTranslations(lang);
  context.locals.buildDate = BUILD_DATE;
  const response = await next();
  const type = response.headers.get('content-type') ?? '';
  const isText = /html|xml/.test(type) || /\.xml$/.test(context.url.pathname);
  const finish = FINISH.get(lang)!;
  if (!isText || (!finish.widen && !finish.convert)) return response;
  const text = finishPage(await response.text(), finish);
  return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
});
