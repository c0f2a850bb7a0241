// The search page: loads Pagefind on the first search, runs queries (with a content-type filter) and
// renders results. Results on long pages (the plan) are split into the clauses that match, so a search
// lands on the clause, not just the page.
import { withBase } from '../i18n/locales.ts';
import { clauseHits, type Anchor } from '../lib/search/clauseHits.ts';
import { excerptAround } from '../lib/search/excerpt.ts';
import { rerankByTitle } from '../lib/search/rerank.ts';
import { leadPhrase } from '../lib/plan/leadPhrase.ts';
import synonyms from '../../content/glossary/synonyms.json';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  anchors: Anchor[];
  locations: number[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> }>;
}

const MAX_PAGES = 12;
/** Pages long enough that a result should point at the matching clause inside them. */
const CLAUSE_PAGES = /\/plan\/$|\/overseas\/$|\/plan\/explained\/$/;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // A path built at run time keeps the bundler from trying to resolve the index, which exists only in dist/.
  const url = withBase('/pagefind/pagefind.js');
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ excerptLength: 24, baseUrl: withBase('/') });
    return pf;
  });
  return pagefind;
}

export interface SearchHit { url: string; title: string; type: string; context?: string; excerpt: Array<{ text: string; marked: boolean }> | string }

export async function runSearch(query: string, type: string): Promise<SearchHit[]> {
  const pf = await loadPagefind();
  const response = await pf.search(query, type ? { filters: { type } } : {});
  const pages = await Promise.all(response.results.slice(0, MAX_PAGES).map((r) => r.data()));
  const terms = query.split(/\s+/);
  const hits = pages.flatMap((page): SearchHit[] => {
    const pageType = page.filters.type?.[0] ?? 'other';
    const title = page.meta.title ?? page.url;
    const clauses = CLAUSE_PAGES.test(page.url) ? clauseHits(page.anchors, page.locations, query) : [];
    if (!clauses.length) return [{ url: page.url, title, type: pageType, excerpt: page.excerpt }];
    return clauses.map((hit) => ({
      url: `${page.url}#${hit.id}`,
      // A clause is titled by its lead phrase (深入实施高价值专利培育工程。) or, for a heading, its text.
      title: leadPhrase(hit.text) ?? (hit.text.length > 60 ? `${hit.text.slice(0, 60)}…` : hit.text),
      type: pageType,
      context: title,
      excerpt: excerptAround(hit.text, terms),
    }));
  });
  return rerankByTitle(hits, query, synonyms);
}

function renderHit(hit: SearchHit, labels: DOMStringMap): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const type = Object.assign(document.createElement('span'), { className: 'search-type', textContent: labels[`label${hit.type[0].toUpperCase()}${hit.type.slice(1)}`] ?? hit.type });
  const link = Object.assign(document.createElement('a'), { href: hit.url, textContent: hit.title });
  heading.append(type, link);
  item.append(heading);
  if (hit.context) item.append(Object.assign(document.createElement('p'), { className: 'search-context', textContent: `${labels.labelIn}: ${hit.context}` }));
  const excerpt = document.createElement('p');
  if (typeof hit.excerpt === 'string') excerpt.innerHTML = hit.excerpt; // Pagefind's own excerpt of our pages: text with <mark>
  else hit.excerpt.forEach((part) => excerpt.append(part.marked ? Object.assign(document.createElement('mark'), { textContent: part.text }) : part.text));
  item.append(excerpt);
  return item;
}

export function enableSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (!root) return;
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const filters = root.querySelector<HTMLFieldSetElement>('[data-search-filters]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const labels = status.dataset;
  let latest = 0;

  const search = async () => {
    const query = input.value.trim();
    const type = filters.querySelector<HTMLInputElement>('input:checked')?.value ?? '';
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query); else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    list.replaceChildren();
    if (!query) return void (status.textContent = labels.labelEmpty ?? '');
    const run = ++latest;
    status.textContent = labels.labelLoading ?? '';
    const hits = await runSearch(query, type);
    if (run !== latest) return; // a newer search has started
    list.replaceChildren(...hits.map((hit) => renderHit(hit, labels)));
    status.textContent = hits.length ? `${hits.length} ${labels.labelCount}` : (labels.labelNone ?? '');
  };

  filters.hidden = false;
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  input.addEventListener('focus', () => void loadPagefind(), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  filters.addEventListener('change', () => void search());
  if (input.value) void search();
}
