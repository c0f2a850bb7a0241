// The one pass over a finished page (HTML, or a feed's XML) that sets it in its language: for a generated
// language, its text converted (Simplified → Traditional characters) and its links into the site kept in that
// language; for a CJK typography profile, full-width punctuation (GB/T 15834). It runs once per page, in the
// middleware (src/middleware.ts), so text from Markdown, data, components and UI strings is treated alike.
// A tokenizer over tags and text, not a full HTML parse: the pages are our own, and it keeps the build fast.
import { fullWidthHtml, withRawBodiesAside } from './html.ts';
import { keepUsedTermPairs } from './termPairs.ts';

export interface PageFinish {
  /** Widen punctuation next to Han characters in text whose language (its nearest `lang`) is set in CJK. */
  widen: boolean;
  /** Whether a `lang` attribute's value names a language with the CJK typography profile. */
  isCjk?: (lang: string) => boolean;
  /** Convert every text and attribute value (a generated language's converter). */
  convert?: (text: string) => string;
  /** A link's address as this language serves it (/plan/ → /zh-hant/plan/), or undefined to leave it as it is
   *  (another site, another language). */
  localize?: (url: string) => string | undefined;
  /** A generated language's 用語對照: keep the rows for words the page uses; `keep` names do not count. */
  termPairs?: { keep: readonly string[] };
}

/** Script and style bodies are code, never converted, except JSON data (JSON-LD), which is text. Tag and
 *  attribute names are ASCII, so converting the rest whole changes only text and attribute values (alt, title,
 *  aria-label, content, an id made from a Chinese heading and the links to it alike). */
function convertAll(html: string, convert: (text: string) => string): string {
  return withRawBodiesAside(html, convert, (open, content) =>
    /type="application\/(?:ld\+)?json"/.test(open) ? convert(content) : content,
  );
}

const LINK = /^(<(?:a|form)\b[^>]*?\s(?:href|action)=")([^"]*)(")/i;

/** Links to the site's pages (paths ending in "/", with or without a #fragment) kept in the page's language.
 *  A link that names its language (hreflang: the language menu) and files (feeds, downloads) are left alone. */
function localizeLinks(html: string, localize: (url: string) => string | undefined): string {
  return html.replace(/<(?:a|form)\b[^>]*>/gi, (tag) => {
    if (/\shreflang=/i.test(tag)) return tag;
    const match = LINK.exec(tag);
    if (!match || !match[2].split(/[?#]/)[0].endsWith('/')) return tag;
    const localized = localize(match[2]);
    return localized ? `${match[1]}${localized}${match[3]}${tag.slice(match[0].length)}` : tag;
  });
}

export function finishPage(html: string, finish: PageFinish): string {
  let out = html;
  if (finish.convert) out = convertAll(out, finish.convert);
  if (finish.localize) out = localizeLinks(out, finish.localize);
  if (finish.termPairs) out = keepUsedTermPairs(out, finish.termPairs.keep);
  if (finish.widen) out = fullWidthHtml(out, finish.isCjk, false);
  return out;
}
