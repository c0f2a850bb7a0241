// One term per concept: where a glossary term occurs in a Chinese clause, the English twin of that clause
// must use the glossary's English (or a listed variant). The glossary is content/glossary/terms.json.
import type { ContentProblem } from './problems.ts';
import type { GlossaryTerm } from '../schemas/glossaryTerms.ts';
import type { ProseLine } from './spelling.ts';

/** A Chinese text and its English twin, with where to report a mismatch. */
export interface TwinText {
  file: string;
  field: string;
  zh: string;
  en: string;
}

/** Whether the term occurs in the Chinese text outside the phrases it does not apply to. */
export function termOccurs(term: GlossaryTerm, zh: string): boolean {
  let rest = zh;
  for (const phrase of term.notWhenPartOf ?? []) rest = rest.split(phrase).join('|');
  return rest.includes(term.zh);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the English text uses the decided English or a variant, as whole words ("GI" is not in "region"). */
const containsPhrase = (text: string, phrase: string) => {
  const start = /^\w/.test(phrase) ? '\\b' : '';
  const end = /\w$/.test(phrase) ? '\\b' : '';
  return new RegExp(`${start}${escape(phrase)}${end}`, 'i').test(text);
};

export function usesTerm(term: GlossaryTerm, en: string): boolean {
  return [term.en, ...(term.variants ?? [])].some((form) => containsPhrase(en, form));
}

/** Rejected renderings (a term's "avoid" list) anywhere in an English file: a page quoting the plan drifts too. */
export function checkAvoidedRenderings(terms: GlossaryTerm[], file: string, lines: ProseLine[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { where, text } of lines) {
    for (const term of terms) {
      for (const phrase of (term.avoid ?? []).filter((p) => containsPhrase(text, p))) {
        problems.push({
          file,
          field: where,
          message: `“${phrase}”是“${term.zh}”已弃用的译法,请改用“${term.en}”,见 content/glossary/terms.json / "${phrase}" is a rejected translation of ${term.zh}: say "${term.en}" as content/glossary/terms.json decides`,
        });
      }
    }
  }
  return problems;
}

export function checkGlossaryConsistency(terms: GlossaryTerm[], twins: TwinText[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const twin of twins) {
    for (const term of terms) {
      if (!termOccurs(term, twin.zh) || usesTerm(term, twin.en)) continue;
      const forms = [term.en, ...(term.variants ?? [])].map((f) => `“${f}”`).join(' / ');
      problems.push({
        file: twin.file,
        field: twin.field,
        message: `中文“${term.zh}”的英文应使用术语表的译法 ${forms},见 content/glossary/terms.json / the Chinese has "${term.zh}", so the English must say "${term.en}"${term.variants?.length ? ` (or ${term.variants.map((v) => `"${v}"`).join(', ')})` : ''} as content/glossary/terms.json decides: use it here, or add an accepted variant to the glossary`,
      });
    }
  }
  return problems;
}
