// What to ask Pagefind, in order, so a search is never a dead end. Pagefind requires every word of a query
// on the page, so a question (专利侵权投诉电话, "how to file a patent abroad") finds nothing as typed.
// 1. The query's words without stop words, the query rewritten in the site's words (synonyms.json), and the
//    site's word for each subject it names on its own, which finds the pages indexed with that subject.
// 2. If that finds nothing: each word on its own, so a page with most of the words still comes up.
// A question about where to go or whom to call (在哪, 电话, "where", "contact") also searches the service
// pages on their own, so the body that helps outranks plan clauses that merely mention the subject.
import type { Lang } from '../../i18n/locales.ts';
import type { VocabularyEntry } from '../schemas/glossarySynonyms.ts';
import { queryWords, withoutQuestionPhrases } from './queryWords.ts';
import { expandQuery, subjectWords } from './vocabulary.ts';

export interface StepQuery {
  q: string;
  weight: number;
  /** Only pages of this type (a Pagefind filter). */ type?: 'service';
}
export interface SearchStep {
  /** 'words': the whole query (cleaned); 'anyWord': its words one at a time. */
  kind: 'words' | 'anyWord';
  queries: StepQuery[];
  /** The words searched for, to show the reader and to mark in excerpts. */
  words: string[];
}

/** A rewrite in the site's words counts a little less than the reader's own words; the subject an editor
 * mapped the words to (synonyms.json) counts as much, being what the reader means. */
const REWRITE_WEIGHT = 0.8;
const SUBJECT_WEIGHT = 1;
const SERVICE_WEIGHT = 0.5;

/** Words that ask where to go, whom to call or who can help: the answer is a service body. Written in the
 *  source's script; a generated language adds its own forms (questionWordsShownIn), as it does its stop words. */
const SERVICE_QUESTION_WORDS = (
  '哪里 哪儿 在哪 去哪 找谁 谁能 电话 地址 联系 联络 几点 上班 窗口 帮忙 求助 ' +
  'where who whom contact phone call address open opening visit help'
).split(' ');

/** Words that ask for a number to call or a way to get in touch: the answer is a body that can be reached. */
const CONTACT_QUESTION_WORDS = '电话 号码 热线 联系 联络 拨打 phone telephone call hotline contact ring'.split(' ');

/** The page's own forms of the question words (addQuestionWords), by kind of question. */
const pageQuestionWords = { service: new Set<string>(), contact: new Set<string>() };

/** Latin words as whole words ("call", not "recall", but in 电话call too); Chinese anywhere in the query. */
function asks(query: string, words: Iterable<string>): boolean {
  const text = query.toLowerCase();
  for (const word of words)
    if (/\p{Script=Han}/u.test(word) ? text.includes(word) : new RegExp(`(?<![a-z\\d])${word}(?![a-z\\d])`).test(text))
      return true;
  return false;
}

export function asksForService(query: string): boolean {
  return asks(query, [...SERVICE_QUESTION_WORDS, ...pageQuestionWords.service]);
}

export function asksForContact(query: string): boolean {
  return asks(query, [...CONTACT_QUESTION_WORDS, ...pageQuestionWords.contact]);
}

/** The question words as a converted language writes them (电话 → 電話, 联系 → 聯繫), where they differ: made at
 *  build time with the language's converter and handed to the browser by the search page (data-question-words,
 *  "service words|contact words"), so the browser needs no converter. Empty for a language shown as written. */
export function questionWordsShownIn(convert: (text: string) => string): string {
  const shown = (words: string[]) => words.map(convert).filter((w, i) => w !== words[i]);
  const [service, contact] = [shown(SERVICE_QUESTION_WORDS), shown(CONTACT_QUESTION_WORDS)];
  return service.length || contact.length ? `${service.join(' ')}|${contact.join(' ')}` : '';
}

/** Adds the page's own forms of the question words (questionWordsShownIn), once, before the first search. */
export function addQuestionWords(attribute: string | undefined): void {
  const [service = '', contact = ''] = (attribute ?? '').split('|');
  const split = (words: string) => words.split(/\s+/).filter(Boolean);
  split(service).forEach((w) => pageQuestionWords.service.add(w));
  split(contact).forEach((w) => pageQuestionWords.contact.add(w));
}

export function searchSteps(query: string, lang: Lang, vocabulary: VocabularyEntry[]): SearchStep[] {
  const typed = query.trim();
  if (!typed) return [];
  const words = queryWords(typed, lang);
  const cleaned = words.length ? words.join(' ') : typed;
  // Rewrites start from the query without its question (打什么电话), and a single Chinese character left
  // beside the site's word is a fragment of a question, not a subject: 人民调解打 is searched for as 人民调解.
  const asked = withoutQuestionPhrases(typed);
  const tidy = (text: string) =>
    queryWords(text, lang)
      .filter((w) => !/^\p{Script=Han}$/u.test(w))
      .join(' ');
  const rewrites = expandQuery(asked, lang, vocabulary, tidy);
  const subjects = subjectWords(asked, lang, vocabulary).filter((w) => w !== cleaned && !rewrites.includes(w));
  const first: SearchStep = {
    kind: 'words',
    queries: [
      { q: cleaned, weight: 1 },
      ...[...new Set(rewrites)].filter((r) => r !== cleaned).map((q) => ({ q, weight: REWRITE_WEIGHT })),
      ...subjects.map((q) => ({ q, weight: SUBJECT_WEIGHT })),
      ...(asksForService(typed) ? [{ q: cleaned, weight: SERVICE_WEIGHT, type: 'service' as const }] : []),
    ],
    words: [...new Set([...words, ...rewrites.flatMap((r) => r.split(' ')), ...subjects])].filter(Boolean),
  };
  if (words.length < 2) return [first];
  // One Chinese character on its own (权, 注) matches half the site: search it alone only if nothing longer is left.
  const alone = words.some((w) => !/^\p{Script=Han}$/u.test(w))
    ? words.filter((w) => !/^\p{Script=Han}$/u.test(w))
    : words;
  const perWord = 1 / alone.length;
  const anyWord: SearchStep = {
    kind: 'anyWord',
    queries: alone.flatMap((w) => [
      { q: w, weight: perWord },
      ...expandQuery(w, lang, vocabulary, tidy).map((q) => ({ q, weight: perWord * REWRITE_WEIGHT })),
    ]),
    words: first.words,
  };
  return [first, anyWord];
}
