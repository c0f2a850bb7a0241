// The lead phrase of a measure: the short opening sentence that names it, e.g. 深入实施高价值专利培育工程。
// Some measures open straight into a long sentence and have none.
import { typographyOf, type Lang } from '../../i18n/locales.ts';

const MAX_LEAD_LENGTH = 30;
/** A translation's lead sentence runs longer in Latin script: "Improve the "linkage between administrative
 *  enforcement and criminal justice" for intellectual property." (104 characters) translates a lead phrase of 16. */
const MAX_LATIN_LEAD_LENGTH = 120;

export function leadPhrase(measureText: string): string | undefined {
  const end = measureText.indexOf('。');
  if (end < 0) return undefined;
  const sentence = measureText.slice(0, end + 1);
  // A lead phrase is a short title-like sentence: no internal comma or colon.
  if (sentence.length > MAX_LEAD_LENGTH || /[,,::]/.test(sentence)) return undefined;
  return sentence;
}

/**
 * The lead phrase in the clause's own language: the Chinese rule above, or in a Latin-script translation its
 * first sentence when that is as title-like (no comma, colon or semicolon, and short). Where the source has no
 * lead phrase the translation's first sentence is a long one with commas, so both find the same clauses
 * (tests/unit/clauseTitle.test.ts checks this against the plan's files).
 */
export function leadPhraseIn(text: string, lang: Lang): string | undefined {
  if (typographyOf(lang) === 'cjk') return leadPhrase(text);
  const sentence = /^.+?\.(?=\s|$)/.exec(text)?.[0];
  if (!sentence || sentence.length > MAX_LATIN_LEAD_LENGTH || /[,;:]/.test(sentence)) return undefined;
  return sentence;
}
