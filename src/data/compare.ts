// Route data for /plan/compare/: every clause of the plan in each content language, paired by clause ID,
// and the two columns a reader sees: their own language, and the source or its translation beside it.
import { pairClauses, type CompareRow } from '../lib/plan/compare.ts';
import { CONTENT_LANGS, SOURCE_LANG, TRANSLATION_LANGS, contentLang, type Lang } from '../i18n/locales.ts';
import type { ContentLang } from '../i18n/localeTable.ts';
import { planClauses } from './plan.ts';

export async function compareRows(): Promise<CompareRow[]> {
  const clauses = await Promise.all(CONTENT_LANGS.map(async (lang) => [lang, await planClauses(lang)] as const));
  return pairClauses(Object.fromEntries(clauses) as Record<ContentLang, Awaited<ReturnType<typeof planClauses>>>);
}

/** The reader's language first, then the text beside it: the translation for readers of the source, else the source. */
export function compareColumns(lang: Lang): Lang[] {
  return [lang, contentLang(lang) === SOURCE_LANG ? TRANSLATION_LANGS[0] : SOURCE_LANG];
}
