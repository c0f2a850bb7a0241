// The search page: reads ?q=, runs the search (lib/search/strategy.ts via searchIndex.ts) with the content-type
// filter, renders results, says which words were searched for (lib/search/searchedFor.ts) when they differ
// from what was typed, and
// never ends in a dead end: with nothing found it suggests the site's own words and the guide pages.
import { LOCALE_INFO } from '../i18n/localeTable.ts';
import { loadPagefind, preload, runSearch, type SearchHit } from './searchIndex.ts';
import { suggestTerms } from '../lib/search/vocabulary.ts';
import { addQuestionWords, type SearchStep } from '../lib/search/strategy.ts';
import { DEFAULT_LANG, isLang, type Lang } from '../i18n/locales.ts';
import { searchedFor } from '../lib/search/searchedFor.ts';
import { searchVocabulary, usePlaces, useVocabulary } from './searchVocabulary.ts';
import { addStopWords } from '../lib/search/queryWords.ts';
import { addClauseToolWords } from '../lib/search/clauseHits.ts';
import { inPageScript, useScriptMap } from './searchScript.ts';
import { lineParts } from '../i18n/lineParts.ts';

/** One result: its type and title (a heading of `level`), where in its page it is, and its snippet. In the plan's
 *  group (renderPlanGroup) neither type nor page is said: the group's heading says both. */
function renderHit(hit: SearchHit, labels: DOMStringMap, level: 'h2' | 'h3' = 'h2'): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement(level);
  const link = Object.assign(document.createElement('a'), { href: hit.url, textContent: hit.title });
  if (level === 'h2')
    heading.append(
      Object.assign(document.createElement('span'), {
        className: 'search-type',
        textContent: labels[`label${hit.type[0].toUpperCase()}${hit.type.slice(1)}`] ?? hit.type,
      }),
    );
  heading.append(link);
  item.append(heading);
  if (hit.context && level === 'h2')
    item.append(
      Object.assign(document.createElement('p'), {
        className: 'search-context',
        textContent: labels.labelIn!.replace('{page}', hit.context),
      }),
    );
  const excerpt = document.createElement('p');
  if (typeof hit.excerpt === 'string')
    excerpt.innerHTML = hit.excerpt; // Pagefind's own excerpt of our pages: text with <mark>
  else
    hit.excerpt.forEach((part) =>
      excerpt.append(
        part.marked ? Object.assign(document.createElement('mark'), { textContent: part.text }) : part.text,
      ),
    );
  item.append(excerpt);
  return item;
}

/** The plan's clauses as one item of the results, under a heading of their own ("方案原文中" / "In the plan text"),
 *  in the site's card (global.css): one thing with parts, as a target or a service is elsewhere. When more clauses
 *  contain the words than are listed, a last line opens the others ("方案中提到“商标”的条款共12条，查看另外9条"). */
function renderPlanGroup(group: PlanGroupShown, labels: DOMStringMap, lang: Lang): HTMLLIElement {
  const item = Object.assign(document.createElement('li'), { className: 'card search-plan-group' });
  item.dataset.searchPlanGroup = '';
  const clauseList = (clauses: SearchHit[]) => {
    const list = document.createElement('ol');
    list.append(...clauses.map((hit) => renderHit(hit, labels, 'h3')));
    return list;
  };
  item.append(Object.assign(document.createElement('h2'), { textContent: labels.labelPlanGroup ?? '' }));
  if (group.clauses.length) item.append(clauseList(group.clauses));
  if (group.rest.length) {
    const template = (labels.labelPlanAll ?? '{words}')
      .replace('{total}', String(group.total))
      .replace('{rest}', String(group.rest.length));
    const summary = document.createElement('summary');
    summary.append(...withWords(template, 'words', group.words, lang, 'planWord', labels.labelQuoted ?? '“{word}”'));
    const more = Object.assign(document.createElement('details'), { className: 'search-plan-more' });
    more.dataset.searchPlanMore = '';
    more.append(summary, clauseList(group.rest));
    item.append(more);
  }
  return item;
}
type PlanGroupShown = NonNullable<Awaited<ReturnType<typeof runSearch>>['planGroup']>;

/** A dictionary line ("搜索了:{words}。") with its slot (`words`) filled with a list of words, each quoted in a
 *  span marked `mark`, so the reader sees where each word ends and a test can read them back. The quotation marks
 *  are the language's own (the dictionary's "“{word}”", 「{word}」 in 繁體). */
function withWords(
  template: string,
  slot: string,
  words: string[],
  lang: Lang,
  mark: string,
  quote: string,
): Array<string | Node> {
  const parts = new Intl.ListFormat(LOCALE_INFO[lang].intl, { type: 'conjunction' }).formatToParts(words);
  const quoted = parts.map((part) => {
    if (part.type !== 'element') return part.value;
    const span = Object.assign(document.createElement('span'), { textContent: quote.replace('{word}', part.value) });
    span.dataset[mark] = '';
    return span;
  });
  return lineParts(template).flatMap((part) => ('text' in part ? [part.text] : part.slot === slot ? quoted : []));
}

/** "Searched for: …" (and "You typed: …") when the words searched are not simply what was typed. */
function searchedLines(query: string, step: SearchStep | undefined, lang: Lang, labels: DOMStringMap): HTMLElement[] {
  const searched = searchedFor(query, step, lang);
  if (!searched) return [];
  const line = (content: Array<string | Node>) => {
    const span = Object.assign(document.createElement('span'), { className: 'search-searched' });
    span.append(...content);
    return span;
  };
  const template = (searched.each ? labels.labelSearchedEach : labels.labelSearchedFor) ?? '{words}';
  const quote = labels.labelQuoted ?? '“{word}”';
  const lines = [line(withWords(template, 'words', searched.words, lang, 'searchedWord', quote))];
  if (searched.typed)
    lines.push(line(withWords(labels.labelTyped ?? '{query}', 'query', [searched.typed], lang, 'typedWords', quote)));
  return lines;
}

function showHelp(root: HTMLElement, query: string, lang: Lang, show: boolean): void {
  const help = root.querySelector<HTMLElement>('[data-search-help]')!;
  const suggestions = suggestTerms(query, lang, searchVocabulary()).filter((word) => word !== query);
  const path = location.pathname;
  root.querySelector<HTMLUListElement>('[data-search-suggestions]')!.replaceChildren(
    ...suggestions.map((word) => {
      const item = document.createElement('li');
      item.append(
        Object.assign(document.createElement('a'), {
          href: `${path}?q=${encodeURIComponent(word)}`,
          textContent: word,
        }),
      );
      return item;
    }),
  );
  root.querySelector<HTMLElement>('[data-search-suggest]')!.hidden = !suggestions.length;
  help.hidden = !show;
}

export function enableSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (!root) return;
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const filters = root.querySelector<HTMLFieldSetElement>('[data-search-filters]')!;
  const filterBox = root.querySelector<HTMLDetailsElement>('[data-search-filter-box]');
  const moreNote = root.querySelector<HTMLElement>('[data-search-more]');
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const labels = status.dataset;
  const lang: Lang = isLang(labels.lang) ? labels.lang : DEFAULT_LANG;
  // A converted language's own forms of the stop words (怎麼, 電話), made at build time by its converter.
  addStopWords(labels.stopWords?.split(' ') ?? []);
  // …of the words that ask for a body or a number to call (電話, 聯繫), made the same way…
  addQuestionWords(labels.questionWords);
  // …and of the search vocabulary (抄襲, 維權援助), whose words the page holds in a data block.
  useVocabulary(lang, root.querySelector('[data-search-vocabulary]')?.textContent, labels.vocabularyForms);
  usePlaces(labels.places);
  addClauseToolWords(labels.clauseTools?.split('|') ?? []);
  // A converted language's map from the source script, so 知识产权 typed on a 繁體 page finds 知識產權.
  useScriptMap(root.querySelector('[data-search-script-map]')?.textContent);
  let latest = 0;

  const search = async () => {
    const typed = input.value.trim();
    // Searched for in the page's script; what was typed is kept in the box, the address and "You typed".
    const query = inPageScript(typed);
    const type = filters.querySelector<HTMLInputElement>('input:checked')?.value ?? '';
    const url = new URL(location.href);
    if (typed) url.searchParams.set('q', typed);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    list.replaceChildren();
    if (moreNote) moreNote.hidden = true;
    showHelp(root, query, lang, false);
    if (!query) return void (status.textContent = labels.labelEmpty ?? '');
    const run = ++latest;
    status.textContent = labels.labelLoading ?? '';
    const { hits: listed, planGroup, step, more } = await runSearch(query, type, lang);
    if (run !== latest) return; // a newer search has started
    const items = listed.map((hit) => renderHit(hit, labels));
    if (planGroup) items.splice(planGroup.at, 0, renderPlanGroup(planGroup, labels, lang));
    list.replaceChildren(...items);
    const hits = [...listed, ...(planGroup?.clauses ?? [])];
    // "1 result", "12 results": the language's plural rules pick the word (Chinese has one form).
    const one = new Intl.PluralRules(LOCALE_INFO[lang].intl).select(hits.length) === 'one';
    const count = hits.length
      ? `${hits.length} ${one ? labels.labelCountOne : labels.labelCount}`
      : (labels.labelNone ?? '');
    // Which words were searched (and what was typed), each on a line of its own; whether more pages matched
    // than are listed is said after the results.
    status.replaceChildren(count, ...(hits.length ? searchedLines(typed, step, lang, labels) : []));
    if (moreNote) moreNote.hidden = !(more && hits.length);
    showHelp(root, query, lang, !hits.length || step?.kind === 'anyWord');
  };

  filters.hidden = false;
  // A type kept by the browser (back to the page) is shown chosen, not hidden in a closed box.
  if (filterBox && filters.querySelector<HTMLInputElement>('input:checked')?.value) filterBox.open = true;
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  // Preload on intent: focusing the box fetches Pagefind, and typing fetches the index chunks of the words.
  input.addEventListener('focus', () => void loadPagefind(), { once: true });
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => void preload(inPageScript(input.value), lang), 300);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  filters.addEventListener('change', () => void search());
  if (input.value) void search();
}
