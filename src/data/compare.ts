// Route data for /plan/compare/: the plan's title, its notice of issue and every clause in each content
// language, paired (clauses by ID, the notice's paragraphs by position), and the two columns a reader sees:
// their own language, and the source or its translation beside it.
import { getCollection } from 'astro:content';
import { pairClauses, pairNotice, type CompareRow } from '../lib/plan/compare.ts';
import { parsePlanMarkdown } from '../lib/plan/parsePlan.ts';
import { PLAN_TITLE } from '../lib/plan/facts.ts';
import { CONTENT_LANGS, SOURCE_LANG, TRANSLATION_LANGS, contentLang, type Lang } from '../i18n/locales.ts';
import type { ContentLang } from '../i18n/localeTable.ts';
import { planClauses } from './plan.ts';

export async function compareRows(): Promise<CompareRow[]> {
  const clauses = await Promise.all(CONTENT_LANGS.map(async (lang) => [lang, await planClauses(lang)] as const));
  const title: CompareRow = { id: 'title', kind: 'title', depth: 0, text: PLAN_TITLE };
  return [
    title,
    ...pairNotice(await noticeParagraphs()),
    ...pairClauses(Object.fromEntries(clauses) as Record<ContentLang, Awaited<ReturnType<typeof planClauses>>>),
  ];
}

/** The notice of issue's paragraphs in each content language (content/plan/<lang>/00-notice.md). */
async function noticeParagraphs(): Promise<Record<ContentLang, string[]>> {
  const notices = await getCollection('plan', (entry) => entry.data.id === 'notice');
  return Object.fromEntries(
    CONTENT_LANGS.map((lang) => {
      const entry = notices.find((e) => e.id.startsWith(`${lang}/`));
      return [lang, entry ? parsePlanMarkdown(entry.body ?? '').unmarked.map((p) => p.text) : []];
    }),
  ) as Record<ContentLang, string[]>;
}

/** The reader's language first, then the text beside it: the translation for readers of the source, else the source. */
export function compareColumns(lang: Lang): Lang[] {
  return [lang, contentLang(lang) === SOURCE_LANG ? TRANSLATION_LANGS[0] : SOURCE_LANG];
}
