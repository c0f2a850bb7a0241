// What to ask Pagefind, in order, so a search is never a dead end. Pagefind requires every word of a query
// on the page, so a question (专利侵权投诉电话, "how to file a patent abroad") finds nothing as typed.
// 1. The query's words without stop words, plus the query rewritten in the site's words (synonyms.json).
// 2. If that finds nothing: each word on its own, so a page with most of the words still comes up.
import type { Lang } from '../../i18n/locales.ts';
import type { VocabularyEntry } from '../schemas/synonyms.ts';
import { queryWords } from './queryWords.ts';
import { expandQuery } from './vocabulary.ts';

export interface SearchStep {
  /** 'words': the whole query (cleaned); 'anyWord': its words one at a time. */
  kind: 'words' | 'anyWord';
  queries: Array<{ q: string; weight: number }>;
  /** The words searched for, to show the reader and to mark in excerpts. */
  words: string[];
}

/** A rewrite in the site's words counts a little less than the reader's own words. */
const REWRITE_WEIGHT = 0.8;

export function searchSteps(query: string, lang: Lang, vocabulary: VocabularyEntry[]): SearchStep[] {
  const typed = query.trim();
  if (!typed) return [];
  const words = queryWords(typed, lang);
  const cleaned = words.length ? words.join(' ') : typed;
  const tidy = (text: string) => queryWords(text, lang).join(' ');
  const rewrites = expandQuery(typed, lang, vocabulary, tidy);
  const first: SearchStep = {
    kind: 'words',
    queries: [{ q: cleaned, weight: 1 }, ...[...new Set(rewrites)].filter((r) => r !== cleaned).map((q) => ({ q, weight: REWRITE_WEIGHT }))],
    words: [...new Set([...words, ...rewrites.flatMap((r) => r.split(' '))])].filter(Boolean),
  };
  if (words.length < 2) return [first];
  // One Chinese character on its own (权, 注) matches half the site: search it alone only if nothing longer is left.
  const alone = words.some((w) => !/^\p{Script=Han}$/u.test(w)) ? words.filter((w) => !/^\p{Script=Han}$/u.test(w)) : words;
  const perWord = 1 / alone.length;
  const anyWord: SearchStep = {
    kind: 'anyWord',
    queries: alone.flatMap((w) => [{ q: w, weight: perWord }, ...expandQuery(w, lang, vocabulary, tidy).map((q) => ({ q, weight: perWord * REWRITE_WEIGHT }))]),
    words: first.words,
  };
  return [first, anyWord];
}
