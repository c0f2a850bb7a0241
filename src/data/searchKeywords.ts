// The search vocabulary (content/glossary/synonyms.json, checked by the content check) for the pages: what people
// call a page's subject, for the layout to index as metadata, and the vocabulary in a converted language's own
// script, for its search page. One place reads the vocabulary for the pages.
import vocabulary from '../../content/glossary/synonyms.json';
import type { Lang } from '../i18n/locales.ts';
import { pageKeywords, vocabularyFormsShownIn } from '../lib/search/vocabulary.ts';
import { asInterfaceIn, asShownIn } from '../i18n/converters.ts';

/** A page's vocabulary words; in a generated language also as its interface words them (開放數據 and 開放資料),
 *  since a link in the interface may name the page in words its converted text does not use. */
export function searchKeywords(path: string, lang: Lang): string[] {
  const words = pageKeywords(path, lang, vocabulary);
  const [shown, interfaceWords] = [asShownIn(lang), asInterfaceIn(lang)];
  const withOwn = (word: string) => (interfaceWords(word) === shown(word) ? [word] : [word, interfaceWords(word)]);
  return [...new Set(words.flatMap(withOwn))];
}

/** Whether the vocabulary names the page as the answer to a subject (`pages`): such a page carries its path as
 *  a search filter, so the search can fetch it for a query of that subject alone however low Pagefind scores it
 *  (the explainer, a long page, for 知识产权, which nearly every page uses). */
export const isVocabularyPage = (path: string): boolean => vocabulary.some((entry) => entry.pages?.includes(path));

/** The vocabulary's words in a converted language's own script, for its search page (data-vocabulary-forms). */
export function searchVocabularyForms(lang: Lang): string | undefined {
  return vocabularyFormsShownIn(vocabulary, lang, asShownIn(lang)).flat().join(' ') || undefined;
}

/** The whole search vocabulary as JSON for the search page's data block (every language: a query in one finds
 *  the subject in the other), with "<" escaped so no word can close the block. Data the script parses, not
 *  code: it is not part of the page's JavaScript. */
export const searchVocabularyJson = (): string => JSON.stringify(vocabulary).replace(/</g, '\\u003c');
