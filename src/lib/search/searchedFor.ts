// What the search page tells the reader it searched for. The strategy (strategy.ts) asks the index for the
// reader's words without stop words, their rewrites in the site's words and the subject they name, so a result
// may contain none of what was typed: the page names the words it actually used, and the reader's own words
// beside them when those are not among them — never "results containing …" for words the results may lack.
import { typographyOf, type Lang } from '../../i18n/locales.ts';
import type { SearchStep } from './strategy.ts';

export interface SearchedFor {
  /** The words asked of the index, as the reader would write them, once each. */
  words: string[];
  /** No page had all the words, so each was searched for on its own. */
  each: boolean;
  /** What the reader typed, when it is not one of `words`. */
  typed?: string;
}

/** Chinese is written without spaces: 专利 侵权 投诉 is shown as the reader would write it, 专利侵权投诉. */
export function asWritten(text: string, lang: Lang): string {
  return typographyOf(lang) === 'cjk'
    ? text.trim().replace(/(?<=\p{Script=Han})\s+|\s+(?=\p{Script=Han})/gu, '')
    : text.trim().replace(/\s+/g, ' ');
}

/** What was searched for, or undefined when it was simply what the reader typed. */
export function searchedFor(query: string, step: SearchStep | undefined, lang: Lang): SearchedFor | undefined {
  if (!step) return undefined;
  // The search of the service pages alone repeats the reader's words with a filter: not a word of its own.
  const words = [...new Set(step.queries.filter((q) => !q.type).map((q) => asWritten(q.q, lang)))];
  const typed = asWritten(query, lang);
  const each = step.kind === 'anyWord';
  if (!each && words.length === 1 && words[0] === typed) return undefined;
  return { words, each, typed: words.includes(typed) ? undefined : typed };
}
