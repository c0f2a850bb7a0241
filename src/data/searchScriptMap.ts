// The search page's map from the source script to a converted language's (知识产权 → 知識產權), made from every
// Chinese text the site shows — the content files and the UI dictionary — converted as the pages are
// (lib/search/scriptMap.ts). Only a converted language has one.
import { LOCALE_INFO } from '../i18n/localeTable.ts';
import { CONVERTERS, type ConverterName } from '../i18n/converters.ts';
import { DICTIONARIES } from '../i18n/dictionaries.ts';
import type { Lang } from '../i18n/locales.ts';
import { scriptMapFrom, scriptMapJson, withRegionalWords } from '../lib/search/scriptMap.ts';
import { TAIWAN_SEARCH_TERMS, type SearchTerm } from '../i18n/searchTerms.tw.ts';

const contentFiles = import.meta.glob<string>('/content/**/*.{md,mdx,json}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** What readers of each converted language type for the site's words (the language the converter writes). */
const READERS_WORDS: Record<ConverterName, readonly SearchTerm[]> = { s2t: TAIWAN_SEARCH_TERMS };

const made = new Map<ConverterName, string>();

/** The map as the search page's JSON data block, or undefined for a language shown as written. */
export function searchScriptMapJson(lang: Lang): string | undefined {
  const { convert: name, from } = LOCALE_INFO[lang] as { convert?: ConverterName; from?: Lang };
  if (!name || !from) return undefined;
  if (!made.has(name)) {
    const convert = CONVERTERS[name];
    // The texts the language is made from: content and the interface words of the language it converts.
    const texts = [...Object.values(contentFiles), ...Object.values(DICTIONARIES[from])].map(
      (text): [string, string] => [text, convert(text)],
    );
    const segmenter = new Intl.Segmenter(LOCALE_INFO[from].intl, { granularity: 'word' });
    const map = scriptMapFrom(texts, (text) => [...segmenter.segment(text)]);
    made.set(name, scriptMapJson(withRegionalWords(map, READERS_WORDS[name])));
  }
  return made.get(name);
}
