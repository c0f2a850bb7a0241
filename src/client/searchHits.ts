// A page Pagefind found, as the results a reader sees: on the plan one per matching clause, on the long guides
// one per matching section, else the page itself; titled and excerpted so that nothing is cut mid-word.
import { clauseHits, clausesContaining, planTermClauses, type Anchor } from '../lib/search/clauseHits.ts';
import { excerptAround, pageExcerpt } from '../lib/search/excerpt.ts';
import { bestSections, type SubResult } from '../lib/search/sections.ts';
import { sectionText } from '../lib/search/sectionText.ts';
import { clauseTitle } from '../lib/search/clauseTitle.ts';
import type { Lang } from '../i18n/locales.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text, in which its excerpt is found again to widen it to whole words. */
  content: string;
  /** The same text as Pagefind splits it into words (zero-width spaces between Chinese words), `<` `>` escaped. */
  raw_content?: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  anchors: Anchor[];
  locations: number[];
  sub_results: SubResult[];
}

export interface SearchHit {
  url: string;
  title: string;
  type: string;
  context?: string;
  excerpt: Array<{ text: string; marked: boolean }> | string;
  /** A plan clause that contains the term searched for (see onePerPageFirst). */
  exact?: boolean;
  /** A plan clause's text as the page shows it, which the plan's group of results is chosen by (planGroup.ts). */
  clause?: string;
  /** A service body: the needs it serves, and whether it lists a contact of its own (its page's filters). */
  needs?: string[];
  reachable?: boolean;
}

/** The plan: a result points at the matching clause (each clause paragraph has an id). */
export const CLAUSE_PAGES = /\/plan\/$/;
/** Guides long enough that a result should point at the matching section (under a heading). */
const SECTION_PAGES = /\/overseas\/$|\/plan\/explained\/$/;

export function pageHits(
  page: PagefindResultData,
  query: string,
  subjects: string[],
  terms: string[],
  lang: Lang,
  /** Subjects only the plan answers (planOnlySubjects): their clauses count as containing the query. */
  planTerms: string[] = [],
  /** The page as a whole, even a long guide: the overview a word for the whole field is answered with. */
  whole = false,
): SearchHit[] {
  const pageType = page.filters.type?.[0] ?? 'other';
  const title = page.meta.title ?? page.url;
  if (SECTION_PAGES.test(page.url) && !whole) {
    const sections = bestSections(page.sub_results ?? [], [query, ...subjects]);
    if (sections.length)
      return sections.map((section) => ({
        url: section.url,
        title: section.title,
        type: pageType,
        context: section.title === title ? undefined : title,
        // Widened within its own section, so a snippet never starts with the words before its heading.
        excerpt: pageExcerpt(section.excerpt, ownText(page, section) ?? page.content, lang),
      }));
  }
  const clauses = CLAUSE_PAGES.test(page.url) ? clauseHits(page.anchors, page.locations, [query, ...subjects]) : [];
  if (!clauses.length)
    return [
      {
        url: page.url,
        title,
        type: pageType,
        excerpt: pageExcerpt(page.excerpt, page.content, lang),
        needs: page.filters.need,
        reachable: page.filters.contact?.[0] === 'listed',
      },
    ];
  const usesPlanTerm = planTermClauses(page.anchors, planTerms);
  return clauses.map((hit) => ({
    ...clauseResult(page, hit, query, terms, lang),
    exact: hit.exact || usesPlanTerm.has(hit.id),
  }));
}

/** A section's own text, from its heading to the next (sectionText.ts), where Pagefind says where it starts. */
function ownText(page: PagefindResultData, section: SubResult): string | undefined {
  const start = section.anchor?.location;
  return page.raw_content && start !== undefined ? sectionText(page.raw_content, page.anchors, start) : undefined;
}

/** A clause of the plan as a result: its address, title, snippet around what was searched for and its text. */
function clauseResult(
  page: PagefindResultData,
  clause: Pick<Anchor, 'id' | 'text'>,
  query: string,
  terms: string[],
  lang: Lang,
): SearchHit {
  return {
    url: `${page.url}#${clause.id}`,
    // A clause is titled by its number and what it is about: its lead phrase, else its heading (clauseTitle.ts).
    title: clauseTitle(page.anchors, clause.id, clause.text, lang),
    type: page.filters.type?.[0] ?? 'other',
    context: page.meta.title ?? page.url,
    excerpt: excerptAround(clause.text, terms, lang, undefined, query),
    clause: clause.text,
  };
}

/** Every clause of the plan whose text `matches`, in the plan's order, as results (the plan's group reaches them
 *  all); none for any other page. */
export function planClauses(
  page: PagefindResultData,
  matches: (text: string) => boolean,
  query: string,
  terms: string[],
  lang: Lang,
): SearchHit[] {
  if (!CLAUSE_PAGES.test(page.url)) return [];
  return clausesContaining(page.anchors, matches).map((clause) => clauseResult(page, clause, query, terms, lang));
}
