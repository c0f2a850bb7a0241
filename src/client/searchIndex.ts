// Runs a query against the Pagefind index of the page's language: loads Pagefind once (on the first focus of
// the search box or the first search), asks it the steps of lib/search/strategy.ts until one finds something,
// and turns the pages found into results, split into clauses on long pages so a search lands on the clause.
import { onePerPageFirst } from '../lib/search/clauseHits.ts';
import { answeredByDefinition } from '../lib/search/definitions.ts';
import { rerankByTitle } from '../lib/search/rerank.ts';
import { mergeRuns } from '../lib/search/merge.ts';
import { asksForContact, asksForService, searchSteps, type SearchStep } from '../lib/search/strategy.ts';
import {
  asksInOwnWords,
  planOnlySubjects,
  queryVariants,
  soleSubject,
  subjectPages,
  subjectWords,
} from '../lib/search/vocabulary.ts';
import { hasWholeNumbers, wholeNumbers } from '../lib/search/wholeNumbers.ts';
import { withoutNameMatches } from '../lib/search/namePrefix.ts';
import {
  clauseMatch,
  PLAN_GROUP_AFTER,
  typedPhrase,
  wholeWords,
  withPlanGroup,
  type PlanGroup,
} from '../lib/search/planGroup.ts';
import { queryWords } from '../lib/search/queryWords.ts';
import { splitLocale, withBase, type Lang } from '../i18n/locales.ts';
import type { SearchType } from '../lib/content/registry.ts';
import { searchPlaces, searchVocabulary } from './searchVocabulary.ts';
import { bodiesInPlaces, bodiesToCall } from './searchBodies.ts';
import { CLAUSE_PAGES, pageHits, planClauses, type PagefindResultData, type SearchHit } from './searchHits.ts';
export type { SearchHit } from './searchHits.ts';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(q: string): Promise<void>;
  search(
    q: string | null,
    o?: { filters?: Record<string, string | { any: string[] }> },
  ): Promise<{ results: PagefindResult[] }>;
}

/** Pages whose data (and excerpt) is loaded per search: each costs a request, the plan's the largest. */
const MAX_PAGES = 10;
/** The search filter of the plan's pages (the content registry's searchType). */
const PLAN_TYPE: SearchType = 'plan';

let pagefind: Promise<Pagefind> | undefined;
export function loadPagefind(): Promise<Pagefind> {
  // A path built at run time keeps the bundler from trying to resolve the index, which exists only in dist/.
  const url = withBase('/pagefind/pagefind.js');
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({
      // No web worker: it is one more 12 KB script to fetch before the first result, for an index this small.
      noWorker: true,
      excerptLength: 24,
      baseUrl: withBase('/'),
      // A match in what people call the page (its vocabulary keywords) counts less than one in its title.
      ranking: { metaWeights: { title: 5, keywords: 4 } },
    });
    await pf.init();
    return pf;
  });
  return pagefind;
}

/** Fetches the index chunks for what is being typed, so the search itself has less to wait for. */
export async function preload(query: string, lang: Lang): Promise<void> {
  const words = queryWords(query, lang);
  if (words.length) await (await loadPagefind()).preload(words.join(' '));
}

export interface SearchOutcome {
  hits: SearchHit[];
  /** The plan's clauses shown as a group of their own, where it stands, the clauses it opens and the words they
   *  contain (planGroup.ts). */
  planGroup?: PlanGroup<SearchHit> & { words: string[] };
  step?: SearchStep;
  /** More pages matched than were loaded: the hits are the most relevant part. */
  more: boolean;
}

/**
 * The plan itself when it matched the step's words but ranked below the first MAX_PAGES: a common word (商标)
 * ranks many pages named after it above the plan, whose clauses are what a reader asking "what did the plan
 * promise" needs. Asked of the plan's pages alone (the full text, the summary, the side-by-side page …).
 */
async function planBeyond(pf: Pagefind, step: SearchStep): Promise<PagefindResultData[]> {
  const { results } = await firstStepWithResults(pf, [step], PLAN_TYPE);
  // The plan's pages are loaded one at a time, best first, until the full text (the plan's data is the largest
  // the search fetches; the first search stays within its budget, tests/browser/searchPayload.spec.ts): the
  // explainer, which names the same terms, may rank above it. At most the first few are tried.
  for (const result of results.slice(0, PLAN_PAGES_TRIED)) {
    const page = await result.data();
    if (CLAUSE_PAGES.test(page.url)) return [page];
  }
  return [];
}
const PLAN_PAGES_TRIED = 3;

async function firstStepWithResults(
  pf: Pagefind,
  steps: SearchStep[],
  type: string,
): Promise<{ step?: SearchStep; results: PagefindResult[] }> {
  for (const step of steps) {
    // A query for one type of page is left out when the reader has chosen another type.
    const queries = step.queries.filter((q) => !q.type || !type || q.type === type);
    const runs = await Promise.all(
      queries.map(async ({ q, weight, type: only }) => {
        const filter = only ?? type;
        return { weight, results: (await pf.search(q, filter ? { filters: { type: filter } } : {})).results };
      }),
    );
    const results = mergeRuns(runs);
    if (results.length) return { step, results };
  }
  return { results: [] };
}

/**
 * The pages the vocabulary names for the one subject the query is nothing but (soleSubject) that matched it but
 * scored below the pages loaded: a word nearly every page uses (知识产权) scores the long overview below the first
 * MAX_PAGES. Asked for by their path (a filter on those pages, BaseLayout.astro), and only when missing, so a
 * query whose pages are already loaded (保护中心) costs no second search.
 */
async function soleSubjectBeyond(
  pf: Pagefind,
  step: SearchStep | undefined,
  pages: string[],
  loaded: { ids: string[]; pages: PagefindResultData[] },
  type: string,
): Promise<PagefindResultData[]> {
  const missing = pages.filter((path) => !loaded.pages.some((page) => splitLocale(page.url).path === path));
  const q = step?.kind === 'words' ? step.queries[0]?.q : undefined;
  if (!q || !missing.length) return [];
  const filters = { page: { any: missing }, ...(type ? { type } : {}) };
  const { results } = await pf.search(q, { filters });
  return Promise.all(results.filter((r) => !loaded.ids.includes(r.id)).map((r) => r.data()));
}

export async function runSearch(query: string, type: string, lang: Lang): Promise<SearchOutcome> {
  const pf = await loadPagefind();
  const vocabulary = searchVocabulary();
  const { step, results: found } = await firstStepWithResults(pf, searchSteps(query, lang, vocabulary), type);
  // The bodies of a district the query names come first, whether or not their text names the district.
  const inPlaces = type && type !== 'service' ? [] : await bodiesInPlaces<PagefindResult>(pf, query, searchPlaces());
  const results = [...inPlaces, ...found.filter((r) => !inPlaces.some((p) => p.id === r.id))];
  const numbers = wholeNumbers(query);
  const searched = step?.words ?? [];
  // The same two tests for every page shown, the first ones and those fetched beyond them: a page whose every
  // match is a name that begins with a searched word (Longcheng for "long") is not a match, and on the others such
  // places are not credited to a clause either (namePrefix.ts); a hotline or phone number typed in full is found
  // only on the pages that have it whole (wholeNumbers.ts).
  const keepMatching = (pages: PagefindResultData[]) =>
    pages
      .map((page) => ({ ...page, locations: withoutNameMatches(page.content, page.locations ?? [], searched) }))
      .filter((page, i) => page.locations.length || !pages[i].locations?.length)
      .filter((page) => hasWholeNumbers(page.content, numbers));
  const shown = results.slice(0, MAX_PAGES);
  const best = await Promise.all(shown.map((r) => r.data()));
  const sole = soleSubject(queryWords(query, lang), vocabulary);
  const beyond = await soleSubjectBeyond(pf, step, sole.pages, { ids: shown.map((r) => r.id), pages: best }, type);
  const first = keepMatching([...best, ...beyond]);
  const planMissed = step && !type && results.length > MAX_PAGES && !first.some((p) => CLAUSE_PAGES.test(p.url));
  const pages = planMissed ? [...first, ...keepMatching(await planBeyond(pf, step))] : first;
  const subjects = subjectWords(query, lang, vocabulary);
  // A question for a place or a contact, or a subject in the reader's own words with an answer page (举报, 投诉):
  // the page that helps comes before the plan's clause that uses the word. Otherwise a clause comes first if it
  // uses the query as typed, or a subject only the plan answers (trade secrets). A term the explainer defines,
  // searched for alone (地理标志), is answered by its definition first (definitions.ts).
  const lead = asksForService(query) || asksInOwnWords(query, vocabulary) || answeredByDefinition(sole) ? 0 : 1;
  const planTerms = lead ? planOnlySubjects(query, lang, vocabulary) : [];
  // A word for a whole field (知识产权) is answered by its overview as a whole, not by the section using it most.
  const whole = (page: PagefindResultData) => sole.broad && sole.pages.includes(splitLocale(page.url).path);
  const hitsOf = (page: PagefindResultData) => pageHits(page, query, subjects, searched, lang, planTerms, whole(page));
  let ranked = rerankByTitle(
    pages.flatMap(hitsOf),
    query,
    queryVariants(query, vocabulary),
    subjectPages(query, vocabulary),
    sole.pages,
  );
  // A question for a phone number whose first results list none: the bodies that can be called for the same needs.
  if (asksForContact(query) && (!type || type === 'service') && !ranked.slice(0, 3).some((hit) => hit.reachable)) {
    const needs = ranked.slice(0, 3).flatMap((hit) => hit.needs ?? []);
    const callable = await bodiesToCall<PagefindResult>(pf, needs, new Set(results.map((r) => r.id)));
    ranked = [...(await Promise.all(callable.map((r) => r.data()))).flatMap(hitsOf), ...ranked];
  }
  const hits = onePerPageFirst(ranked, lead);
  // Every clause of the plan that says what was asked, however many: the group shows the best and opens the rest.
  const typed = wholeWords(queryWords(query, lang));
  const alternatives = searched.filter((word) => !typed.includes(word.toLowerCase()));
  const matchOf = (text: string) => clauseMatch(text, typed, alternatives);
  const all = pages.flatMap((page) => planClauses(page, (text) => Boolean(matchOf(text)), query, searched, lang));
  const more = results.length > shown.length;
  // A search for one type shows that type alone, with every matching clause of the plan after the best ones.
  if (type) return { hits: [...hits, ...all.filter((c) => !hits.some((hit) => hit.url === c.url))], step, more };
  // Among all results, the plan's clauses are grouped, so what the plan says is on the first screen; a word for a
  // whole field keeps its listed pages first (the group follows them).
  const after = sole.broad ? Math.max(PLAN_GROUP_AFTER, sole.pages.length) : PLAN_GROUP_AFTER;
  const grouped = withPlanGroup(hits, (hit) => (hit.clause ? matchOf(hit.clause) : undefined), { all, after });
  // The words the group's last line names: the query as typed when every clause has it (知识产权, not “知识” and
  // “产权”), else each word, as the clauses were chosen.
  const everyPhrase = all.every((clause) => clause.clause?.toLowerCase().includes(typedPhrase(typed)));
  const planGroup = grouped.group && { ...grouped.group, words: everyPhrase ? [typedPhrase(typed)] : typed };
  return { hits: grouped.hits, planGroup, step, more };
}
