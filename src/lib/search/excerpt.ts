// Search snippets as a reader sees them: a short excerpt of a clause around the first query term, and
// Pagefind's own excerpt of a page widened to whole words and phrases; both split into plain and marked parts
// (rendered as text and <mark>, never as HTML), in the page's punctuation, with an ellipsis where text was cut.
import { typographyOf, type Lang } from '../../i18n/locales.ts';
import { excerptWindow } from '../typography/shorten.ts';
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** The text split into parts, each occurrence of a term (any case) marked. */
function markTerms(text: string, terms: string[]): ExcerptPart[] {
  const clean = [...new Set(terms.map((t) => t.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!clean.length) return [{ text, marked: false }];
  const pattern = new RegExp(`(${clean.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi');
  return text
    .split(pattern)
    .filter(Boolean)
    .map((part) => ({ text: part, marked: clean.some((t) => t.toLowerCase() === part.toLowerCase()) }));
}

/** The text around the first term found, marked; around `phrase` (the query as typed) where the text has it, since
 *  that is where a clause says what was asked (设立海外维权援助资金), not where a word of it first occurs. */
export function excerptAround(text: string, terms: string[], lang: Lang, radius = 40, phrase = ''): ExcerptPart[] {
  const lower = text.toLowerCase();
  const found = terms.map((t) => lower.indexOf(t.trim().toLowerCase())).filter((i, n) => i >= 0 && terms[n].trim());
  const typed = phrase.trim() ? lower.indexOf(phrase.trim().toLowerCase()) : -1;
  const first = typed >= 0 ? typed : found.length ? Math.min(...found) : 0;
  return markTerms(excerptWindow(text, first - radius, first + radius * 2, lang), terms);
}

/**
 * Pagefind's excerpt of a page, found again in the page's text and widened to whole words: Pagefind cuts
 * Chinese at its own word splits, so its excerpts start "产权纠纷人民调解委员会" (知识产权纠纷…) with no sign that
 * anything is missing. Falls back to Pagefind's excerpt, in the page's punctuation, where it cannot be found.
 */
export function pageExcerpt(excerpt: string, content: string, lang: Lang): ExcerptPart[] | string {
  const plain = excerpt.replace(/<\/?mark>/g, '');
  const at = plain ? content.indexOf(plain) : -1;
  if (at < 0) return inPagePunctuation(excerpt, lang);
  const marked = [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]);
  return markTerms(inPagePunctuation(excerptWindow(content, at, at + plain.length, lang), lang), marked);
}

/**
 * Pagefind ends every block it indexes (a heading, a list item) with ". " when the block has no closing mark of
 * its own, so its excerpts of Chinese pages read "地理标志产品年度销售额. 暂无公开数据". On a CJK page such a
 * period after a Han character or closing bracket is the full stop 。 (GB/T 15834), also where a <mark> ends
 * between them; Latin pages keep Pagefind's text.
 */
export function inPagePunctuation(excerpt: string, lang: Lang): string {
  if (typographyOf(lang) !== 'cjk') return excerpt;
  return excerpt.replace(/([\p{Script=Han}\p{Pe}\p{Pf}\d%])((?:<\/mark>)?)\.(?:\s+|$)/gu, '$1$2。');
}
