// One term per concept: where a glossary term occurs in a Chinese clause, the English twin of that clause
// must use the glossary's English (or a listed variant). The glossary is content/glossary/terms.json.
import { z } from 'zod';
import type { ContentProblem } from './crossCheck.ts';

const text = z.string().trim().min(1, '不能为空 / must not be empty');

/** One entry of content/glossary/terms.json: the contract translators and the check share. */
export const glossaryTerm = z.object({
  zh: text,
  /** The decided English. */
  en: text,
  /** Other accepted English forms: inflections, the short form after first use, official long names. */
  variants: z.array(text).optional(),
  /** Chinese phrases that contain the term but mean something else (转化为 is "turn into", not 转化). */
  notWhenPartOf: z.array(text).optional(),
  note: z.string().optional(),
  source: z.string().optional(),
}).strict();
export const glossaryTerms = z.array(glossaryTerm);
export type GlossaryTerm = z.infer<typeof glossaryTerm>;

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
export function usesTerm(term: GlossaryTerm, en: string): boolean {
  return [term.en, ...(term.variants ?? [])].some((form) => {
    const start = /^\w/.test(form) ? '\\b' : '';
    const end = /\w$/.test(form) ? '\\b' : '';
    return new RegExp(`${start}${escape(form)}${end}`, 'i').test(en);
  });
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
