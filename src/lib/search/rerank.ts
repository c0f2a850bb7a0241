// Re-ranks results so the page about what was searched comes first: Pagefind scores by term frequency, which
// lets a long list page that mentions a body many times outrank the body's own page.
// Leading: a query that is nothing but a word of the search vocabulary (商标, 知识产权, 马德里) is answered by the
// pages the vocabulary names for it (soleSubjectPages), in the order listed, before the many pages whose titles
// merely contain the word: for 商标 the trademark window and the guide to infringement, not every page that
// names trademarks.
// Tier 0: the title contains the query as typed; the shortest such title, the closest match, wins.
// Tier 1: the page is one the search vocabulary names for a subject the query names (`pages` in synonyms.json):
// "is the plan still in force" → the plan, whatever other titles happen to contain "in force"; among these, the
// page named first comes first (the answer, "The plan's period ends", before the plan's opening paragraph).
// Tier 2: the title, or the title of the page a section belongs to, contains a word the vocabulary gives for
// the query (queryVariants in vocabulary.ts); these keep their score order, since a broad word (海外) is in
// many titles. Tier 3: everything else, in score order.
import { splitLocale } from '../../i18n/locales.ts';

interface Titled {
  title: string;
  context?: string;
  url?: string;
}

/** The page's path without its language or fragment (/en/plan/#task-1 → /plan/), as synonyms.json names pages. */
function pagePath(url: string): string {
  return splitLocale(new URL(url, 'https://site.invalid/').pathname).path;
}

const LEADING = -1;

function titleTier(result: Titled, query: string, variants: string[], pages: string[], leading: string[]): number {
  if (result.url && leading.includes(pagePath(result.url))) return LEADING;
  const titles = [result.title, result.context ?? ''].map((t) => t.toLowerCase());
  if (titles[0].includes(query.trim().toLowerCase())) return 0;
  if (result.url && pages.includes(pagePath(result.url))) return 1;
  return variants.some((v) => titles.some((t) => t.includes(v.toLowerCase()))) ? 2 : 3;
}

/** Where a result's page stands in a list of the vocabulary's pages for the subject. */
function pageRank(result: Titled, pages: string[]): number {
  return result.url ? pages.indexOf(pagePath(result.url)) : -1;
}

export function rerankByTitle<T extends Titled>(
  results: T[],
  query: string,
  variants: string[],
  pages: string[] = [],
  /** The pages for the one subject the query is nothing but (soleSubjectPages). */
  leading: string[] = [],
): T[] {
  return results
    .map((result, index) => ({ result, index, tier: titleTier(result, query, variants, pages, leading) }))
    .sort(
      (a, b) =>
        a.tier - b.tier ||
        (a.tier === LEADING ? pageRank(a.result, leading) - pageRank(b.result, leading) : 0) ||
        (a.tier === 0 ? a.result.title.length - b.result.title.length : 0) ||
        (a.tier === 1 ? pageRank(a.result, pages) - pageRank(b.result, pages) : 0) ||
        a.index - b.index,
    )
    .map((r) => r.result);
}
