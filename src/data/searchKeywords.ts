// What people call a page's subject (content/glossary/synonyms.json, checked by the content check), for the
// layout to index as searchable metadata: one place reads the vocabulary for the pages.
import vocabulary from '../../content/glossary/synonyms.json';
import type { Lang } from '../i18n/locales.ts';
import { pageKeywords } from '../lib/search/vocabulary.ts';

export function searchKeywords(path: string, lang: Lang): string[] {
  return pageKeywords(path, lang, vocabulary);
}
