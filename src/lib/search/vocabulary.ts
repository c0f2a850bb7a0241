// The search vocabulary applied (content/glossary/synonyms.json, schema in lib/schemas/synonyms.ts): which
// entries a query names, the query rewritten in the site's own words, the keywords a page is indexed with,
// and the site words closest to a query that found nothing.
import { CONTENT_LANGS, contentLang, inLang, typographyOf } from '../../i18n/locales.ts';
import type { Lang } from '../../i18n/locales.ts';
import type { VocabularyEntry } from '../schemas/glossarySynonyms.ts';

const lower = (text: string) => text.toLocaleLowerCase('und');
const LATIN = /^[\p{Script=Latin}\d\s.'’-]+$/u;

/** All words of an entry, in one language or both: the site's words first, then what people say. */
function entryTerms(entry: VocabularyEntry, lang?: Lang): string[] {
  const langs = lang ? [contentLang(lang)] : CONTENT_LANGS;
  return langs.flatMap((l) => [...entry.site[l], ...(entry.say?.[l] ?? [])]);
}

/** Where a term occurs in a text: Latin words only as whole words ("GI" is not in "gift", PCT is in PCT申请), Chinese anywhere. */
function findTerm(text: string, term: string): number {
  const t = lower(term);
  if (!LATIN.test(term)) return lower(text).indexOf(t);
  const escaped = t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return (
    new RegExp(`(?<![\\p{Script=Latin}\\d])${escaped}(?:s|es)?(?![\\p{Script=Latin}\\d])`, 'u').exec(lower(text))
      ?.index ?? -1
  );
}

/**
 * The entries whose words (in either language) occur in the text, each with the longest word found. An entry
 * whose word lies inside another entry's longer word is left out: 海外维权 names overseas disputes, not 维权.
 * A broad entry (商标, 知识产权) is left out too: in a text of more words, the other words say what is meant
 * (soleSubjectPages gives its pages to a query of that word alone).
 */
export function entriesIn(
  text: string,
  vocabulary: VocabularyEntry[],
): Array<{ entry: VocabularyEntry; term: string }> {
  const found = vocabulary.flatMap((entry) => {
    if (entry.broad) return [];
    const terms = entryTerms(entry)
      .filter((term) => findTerm(text, term) >= 0)
      .sort((a, b) => b.length - a.length);
    return terms.length ? [{ entry, term: terms[0] }] : [];
  });
  return found.filter(
    (f) =>
      !found.some(
        (other) => other !== f && other.term.length > f.term.length && lower(other.term).includes(lower(f.term)),
      ),
  );
}

/** The site's words and what people say for everything the query names: titles with these rank first. */
export function queryVariants(query: string, vocabulary: VocabularyEntry[]): string[] {
  return [
    ...new Set([
      lower(query.trim()),
      ...entriesIn(query, vocabulary).flatMap(({ entry }) => entryTerms(entry).map(lower)),
    ]),
  ].filter(Boolean);
}

/**
 * Whether the query names a subject in what people say (an entry's `say`: 举报, 投诉, "complaint") and the
 * vocabulary gives that subject an answer page (`pages`): the reader wants to do something, so the page that says
 * how comes before a plan clause that only uses the word (完善侵权假冒举报奖励机制). A plan term (the site's words,
 * 地理标志) keeps its clause first.
 */
export function asksInOwnWords(query: string, vocabulary: VocabularyEntry[]): boolean {
  return entriesIn(query, vocabulary).some(
    ({ entry, term }) =>
      (entry.pages ?? []).length > 0 &&
      !Object.values(entry.site)
        .flat()
        .some((site) => lower(site) === lower(term)),
  );
}

/** The pages the vocabulary names for the subjects the query names (`pages`): "is the plan still in force" → /plan/. */
export function subjectPages(query: string, vocabulary: VocabularyEntry[]): string[] {
  return [...new Set(entriesIn(query, vocabulary).flatMap(({ entry }) => entry.pages ?? []))];
}

/**
 * The one subject a query is nothing but: its words, stop words left out (`queryWords`), are one of an entry's
 * words (商标, 知识产权, "what is a trademark", 马德里). Its `pages` are the editors' answer to exactly that word and
 * come before the many pages whose titles merely contain it; `broad` when the word names a whole field (a broad
 * entry counts here only), whose overview is read from its top rather than at the section using the word most.
 */
export function soleSubject(words: string[], vocabulary: VocabularyEntry[]): { pages: string[]; broad: boolean } {
  const bare = (text: string) => lower(text).replace(/\s+/g, '');
  const query = bare(words.join(''));
  const named = (term: string) => [bare(term), ...(LATIN.test(term) ? [`${bare(term)}s`, `${bare(term)}es`] : [])];
  const entries = query
    ? vocabulary.filter((entry) => entryTerms(entry).some((term) => named(term).includes(query)))
    : [];
  return {
    pages: [...new Set(entries.flatMap((entry) => entry.pages ?? []))],
    broad: entries.some((entry) => entry.broad),
  };
}

/**
 * The query rewritten in the site's words: each word people say (an entry's `say`) replaced by the site's words
 * in `lang`. A query already in the site's words is left alone: it matches the pages as it is. `tidy` cleans
 * the reader's words around the replacement (the site's word itself is kept whole).
 */
export function expandQuery(
  query: string,
  lang: Lang,
  vocabulary: VocabularyEntry[],
  tidy = (text: string) => text.trim(),
): string[] {
  const variants = new Set<string>();
  for (const { entry, term } of entriesIn(query, vocabulary)) {
    if (
      Object.values(entry.site)
        .flat()
        .some((site) => lower(site) === lower(term))
    )
      continue;
    const at = findTerm(query, term);
    const plural = /^(?:es|s)(?![\p{Script=Latin}\d])/u.exec(query.slice(at + term.length))?.[0] ?? '';
    const [before, after] = [tidy(query.slice(0, at)), tidy(query.slice(at + term.length + plural.length))];
    for (const site of inLang(entry.site, lang).slice(0, 2))
      variants.add([before, site, after].filter(Boolean).join(' '));
  }
  variants.delete(query.trim());
  return [...variants];
}

/**
 * The site's own word for each subject the query names (its first site word in `lang`). A query that is
 * nothing but one of the entry's words needs no second search: the pages are indexed with all of them.
 */
export function subjectWords(query: string, lang: Lang, vocabulary: VocabularyEntry[]): string[] {
  const whole = lower(query.trim());
  return [
    ...new Set(
      entriesIn(query, vocabulary)
        .filter(({ term }) => lower(term) !== whole)
        .map(({ entry }) => inLang(entry.site, lang)[0]),
    ),
  ];
}

/**
 * The site's words for the subjects the query names that no page answers but the plan (entries without `pages`:
 * 商业秘密, "trade secrets", 海关): a clause that uses the word is the answer, as for a plan term typed as it is.
 */
export function planOnlySubjects(query: string, lang: Lang, vocabulary: VocabularyEntry[]): string[] {
  const unanswered = entriesIn(query, vocabulary).filter(({ entry }) => !(entry.pages ?? []).length);
  return [...new Set(unanswered.map(({ entry }) => inLang(entry.site, lang)[0]))];
}

/** Every word of the vocabulary in a language, once, in the file's order: what vocabularyFormsShownIn counts in. */
function vocabularyWords(vocabulary: VocabularyEntry[], lang: Lang): string[] {
  return [...new Set(vocabulary.flatMap((entry) => entryTerms(entry, lang)))];
}

/**
 * The vocabulary's words as a converted language writes them (抄袭 → 抄襲), where they differ, as pairs of the
 * word's place in the vocabulary and its converted form: made at build time with the language's converter and
 * handed to the browser by the search page (data-vocabulary-forms, "12 抄襲 15 商標"), as the stop words are,
 * so the browser needs no converter. Places, not the words themselves, since the page's own conversion turns
 * every attribute into the converted script. Empty for a language shown as written.
 */
export function vocabularyFormsShownIn(
  vocabulary: VocabularyEntry[],
  lang: Lang,
  convert: (text: string) => string,
): Array<[number, string]> {
  const words = vocabularyWords(vocabulary, lang);
  return words
    .map((word, place): [number, string] => [place, convert(word)])
    .filter(([place, shown]) => shown !== words[place] && !/\s/.test(shown));
}

/**
 * The vocabulary in the page's own forms (vocabularyFormsShownIn): the site's words as the converted pages and
 * their index write them (維權援助), what people say in both forms, the source's site words among them.
 */
export function vocabularyShownIn(
  vocabulary: VocabularyEntry[],
  lang: Lang,
  forms: ReadonlyArray<[number, string]>,
): VocabularyEntry[] {
  if (!forms.length) return vocabulary;
  const words = vocabularyWords(vocabulary, lang);
  const converted = new Map(forms.map(([place, shown]) => [words[place], shown]));
  const content = contentLang(lang);
  const shown = (list: string[]) => list.map((w) => converted.get(w) ?? w);
  return vocabulary.map((entry) => {
    const site = entry.site[content];
    const say = entry.say?.[content] ?? [];
    const both = [...new Set([...shown(say), ...say, ...site.filter((w) => converted.has(w))])];
    const sayAll = Object.fromEntries(CONTENT_LANGS.map((l) => [l, entry.say?.[l] ?? []]));
    return {
      ...entry,
      site: { ...entry.site, [content]: shown(site) },
      say: { ...sayAll, [content]: both } as VocabularyEntry['site'],
    };
  });
}

/** Reads data-vocabulary-forms ("12 抄襲 15 商標") back into pairs. */
export function parseVocabularyForms(attribute: string | undefined): Array<[number, string]> {
  const tokens = attribute?.trim().split(/\s+/).filter(Boolean) ?? [];
  const pairs: Array<[number, string]> = [];
  for (let i = 0; i + 1 < tokens.length; i += 2) pairs.push([Number(tokens[i]), tokens[i + 1]]);
  return pairs.filter(([place]) => Number.isInteger(place));
}

/** The words a page is indexed with as metadata: those of every entry that names the page, in its language. */
export function pageKeywords(path: string, lang: Lang, vocabulary: VocabularyEntry[]): string[] {
  const words = vocabulary.filter((entry) => entry.pages?.includes(path)).flatMap((entry) => entryTerms(entry, lang));
  // Pagefind reads data-pagefind-meta="key:value, key:value": a comma would start a new field.
  return [...new Set(words.map((w) => w.replace(/,/g, ' ')))];
}

/** The units two texts are compared by: character pairs in Chinese (商标 → 商标; 抢注商标 → 抢注 注商 商标), words in English. */
function units(text: string, lang: Lang): string[] {
  if (typographyOf(lang) === 'latin' || LATIN.test(text))
    return lower(text)
      .split(/[^\p{L}\d]+/u)
      .filter(Boolean)
      .map((w) => w.replace(/(es|s)$/, ''));
  const chars = [...lower(text).replace(/\s/g, '')];
  return chars.length < 2 ? chars : chars.slice(1).map((c, i) => chars[i] + c);
}

/** How alike two texts are, from 0 to 1 (Dice coefficient of their units). */
function likeness(a: string, b: string, lang: Lang): number {
  const [x, y] = [new Set(units(a, lang)), new Set(units(b, lang))];
  const shared = [...x].filter((u) => y.has(u)).length;
  return x.size + y.size ? (2 * shared) / (x.size + y.size) : 0;
}

/** The site's words for the entries closest to a query, best first: what to suggest when nothing is found. */
export function suggestTerms(query: string, lang: Lang, vocabulary: VocabularyEntry[], limit = 3): string[] {
  return vocabulary
    .map((entry) => ({
      word: inLang(entry.site, lang)[0],
      score: Math.max(...entryTerms(entry, lang).map((t) => likeness(query, t, lang))),
    }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((s) => s.word);
}
