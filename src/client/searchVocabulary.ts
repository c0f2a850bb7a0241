// The words the search page knows in its language: the search vocabulary (content/glossary/synonyms.json,
// handed over by the page as a JSON data block, which keeps its words out of the script's bytes) as the
// page's language writes it — a generated language (繁體) hands over its own forms of the words
// (data-vocabulary-forms, made at build time by its converter), so 商標被抄襲 is rewritten to 維權援助 as 商标被抄袭
// is to 维权援助 — and the names of the districts (data-places), in which bodies are found by their data.
import { parseVocabularyForms, vocabularyShownIn } from '../lib/search/vocabulary.ts';
import type { VocabularyEntry } from '../lib/schemas/glossarySynonyms.ts';
import type { Lang } from '../i18n/locales.ts';
import { parsePlaces, type Place } from '../lib/search/places.ts';

let pageVocabulary: VocabularyEntry[] = [];

/** Puts the page's vocabulary (its JSON data block) in place with the page's forms of the words (its
 *  data-vocabulary-forms), once, before the first search. */
export function useVocabulary(lang: Lang, json: string | null | undefined, forms: string | undefined): void {
  const vocabulary = JSON.parse(json || '[]') as VocabularyEntry[];
  pageVocabulary = vocabularyShownIn(vocabulary, lang, parseVocabularyForms(forms));
}

export const searchVocabulary = (): VocabularyEntry[] => pageVocabulary;

let pagePlaces: Place[] = [];

/** Puts the page's district names (its data-places) in place, before the first search. */
export function usePlaces(attribute: string | undefined): void {
  pagePlaces = parsePlaces(attribute);
}

export const searchPlaces = (): Place[] => pagePlaces;
