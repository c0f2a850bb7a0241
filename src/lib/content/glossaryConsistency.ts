// One term per concept: where a glossary term occurs in a source-language (Chinese) text, its twin in a
// proofread translation (English) must use the glossary's rendering (or a listed variant). The glossary is
// content/glossary/terms.json, one field per content language (the locale table's).
import { SOURCE_LANG, type ContentLang } from '../../i18n/locales.ts';
import type { ContentProblem } from './problems.ts';
import type { GlossaryTerm } from '../schemas/glossaryTerms.ts';
import type { ProseLine } from './spelling.ts';

/** A source-language text and its twin in a translation, with where to report a mismatch. */
export interface TwinText {
  file: string;
  field: string;
  source: string;
  translation: string;
}

/** Whether the term occurs in the source text outside the phrases it does not apply to. */
export function termOccurs(term: GlossaryTerm, sourceText: string): boolean {
  let rest = sourceText;
  for (const phrase of term.notWhenPartOf ?? []) rest = rest.split(phrase).join('|');
  return rest.includes(term[SOURCE_LANG]);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a text contains a phrase as whole words ("GI" is not in "region"). */
const containsPhrase = (text: string, phrase: string) => {
  const start = /^\w/.test(phrase) ? '\\b' : '';
  const end = /\w$/.test(phrase) ? '\\b' : '';
  return new RegExp(`${start}${escape(phrase)}${end}`, 'i').test(text);
};

/** Whether a translation's text uses the decided rendering or a variant. */
export function usesTerm(term: GlossaryTerm, text: string, lang: ContentLang): boolean {
  return [term[lang], ...(term.variants ?? [])].some((form) => containsPhrase(text, form));
}

/** Rejected renderings (a term's "avoid" list) anywhere in a translation's file: a page quoting the plan drifts too. */
export function checkAvoidedRenderings(
  terms: GlossaryTerm[],
  file: string,
  lines: ProseLine[],
  lang: ContentLang,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { where, text } of lines) {
    for (const term of terms) {
      for (const phrase of (term.avoid ?? []).filter((p) => containsPhrase(text, p))) {
        problems.push({
          file,
          field: where,
          message: `“${phrase}”是“${term[SOURCE_LANG]}”已弃用的译法,请改用“${term[lang]}”,见 content/glossary/terms.json / "${phrase}" is a rejected translation of ${term[SOURCE_LANG]}: say "${term[lang]}" as content/glossary/terms.json decides`,
        });
      }
    }
  }
  return problems;
}

export function checkGlossaryConsistency(
  terms: GlossaryTerm[],
  twins: TwinText[],
  lang: ContentLang,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const twin of twins) {
    for (const term of terms) {
      if (!termOccurs(term, twin.source) || usesTerm(term, twin.translation, lang)) continue;
      const [source, rendering] = [term[SOURCE_LANG], term[lang]];
      const forms = [rendering, ...(term.variants ?? [])].map((f) => `“${f}”`).join(' / ');
      problems.push({
        file: twin.file,
        field: twin.field,
        message: `中文“${source}”的英文应使用术语表的译法 ${forms},见 content/glossary/terms.json / the Chinese has "${source}", so the English must say "${rendering}"${term.variants?.length ? ` (or ${term.variants.map((v) => `"${v}"`).join(', ')})` : ''} as content/glossary/terms.json decides: use it here, or add an accepted variant to the glossary`,
      });
    }
  }
  return problems;
}
