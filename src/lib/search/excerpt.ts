// A short excerpt of a clause around the first query term, split into plain and marked parts
// (rendered as text and <mark>, never as HTML); and Pagefind's own excerpts put in the page's punctuation.
import { typographyOf, type Lang } from '../../i18n/locales.ts';
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

export function excerptAround(text: string, terms: string[], radius = 40): ExcerptPart[] {
  const clean = terms.map((t) => t.trim()).filter(Boolean);
  const lower = text.toLowerCase();
  const first = Math.min(...clean.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0), Infinity);
  let start = Number.isFinite(first) ? Math.max(0, first - radius) : 0;
  // In English, start at a word: "…the mechanism", not "…he mechanism".
  if (start > 0 && /\p{Script=Latin}/u.test(text[start - 1] ?? ''))
    start = Math.min(first, text.indexOf(' ', start) + 1 || start);
  const end = Math.min(text.length, (Number.isFinite(first) ? first : 0) + radius * 2);
  const slice = (start > 0 ? '…' : '') + text.slice(start, end) + (end < text.length ? '…' : '');
  if (!clean.length) return [{ text: slice, marked: false }];
  const pattern = new RegExp(`(${clean.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi');
  return slice
    .split(pattern)
    .filter(Boolean)
    .map((part) => ({ text: part, marked: clean.some((t) => t.toLowerCase() === part.toLowerCase()) }));
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
