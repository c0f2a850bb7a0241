// The plan collection for the pages: its entries in order, its clauses as data, and the plan page's view.
import { CONTENT_LANGS, SOURCE_LANG, contentLang, inLang, type ContentLang } from '../i18n/locales.ts';
import { getCollection, type CollectionEntry } from 'astro:content';
import { enrichClauses } from '../lib/plan/enrichClauses.ts';
import { labelClauseTools } from '../lib/markdown/remarkClauses.ts';
import { useTranslations } from '../i18n/t.ts';
import { clauseJoins } from './clauseJoins.ts';
import type { Lang } from '../i18n/locales.ts';
import { parsePlanMarkdown, type Clause } from '../lib/plan/parsePlan.ts';
import { contentsTree } from '../lib/plan/contents.ts';
import { citedClause } from '../lib/plan/clauseRef.ts';
import { clauseName } from '../lib/plan/clauseName.ts';
import { PLAN_TITLE } from '../lib/plan/facts.ts';

export type PlanEntry = CollectionEntry<'plan'>;

async function planEntries(lang: Lang): Promise<PlanEntry[]> {
  const entries = await getCollection('plan', (entry) => entry.id.startsWith(`${contentLang(lang)}/`));
  return entries.sort((a, b) => a.data.order - b.data.order);
}

// Parsing the plan is the costly part of a page that lists clauses (every service page does), so it is
// done once per version of the plan: the key is the entries' digests, which change when a file does,
// so `astro dev` never serves clauses of an older text.
const parsed = new Map<Lang, { key: string; clauses: Clause[] }>();

export async function planClauses(lang: Lang): Promise<Clause[]> {
  const entries = await planEntries(lang);
  const key = entries.map((e) => `${e.id}@${e.digest ?? e.body}`).join('\n');
  if (parsed.get(lang)?.key !== key)
    parsed.set(lang, { key, clauses: entries.flatMap((entry) => parsePlanMarkdown(entry.body ?? '').clauses) });
  return parsed.get(lang)!.clauses;
}

/** The home page's target groups: the plan's goals other than the overall one, in order. */
export async function goalGroups(lang: Lang): Promise<Clause[]> {
  return (await planClauses(lang)).filter((c) => c.kind === 'goal' && c.id !== 'goal-overall');
}

/** /plan/: the title, the contents, the notice (shown apart) and each part's HTML in order, its clauses
 *  joined to the units matrix and the service pages as the page is made (src/lib/plan/enrichClauses.ts). */
export async function planPageView(lang: Lang) {
  const entries = await planEntries(lang);
  const notice = entries.find((e) => e.data.id === 'notice');
  const body = entries.filter((e) => e !== notice);
  const joins = await clauseJoins();
  const t = useTranslations(lang);
  const html = (e: PlanEntry) =>
    enrichClauses(labelClauseTools(e.rendered?.html ?? '', contentLang(lang), lang), joins, lang, t);
  return {
    title: entries.find((e) => e.data.id === 'preamble')?.data.title ?? inLang(PLAN_TITLE, lang),
    contents: contentsTree(body.flatMap((e) => parsePlanMarkdown(e.body ?? '').clauses)),
    notice: notice && html(notice),
    parts: body.map((e) => ({ id: e.data.id, html: html(e) })),
  };
}

/** The plan's text in a content language, as its plain-text download lays it out (src/lib/plan/planText.ts):
 *  the notice of issue's paragraphs, the title as /plan/ shows it, then every other file parsed, in order. */
export async function planTextParts(lang: Lang) {
  const entries = await planEntries(lang);
  const notice = entries.find((e) => e.data.id === 'notice');
  return {
    notice: notice ? parsePlanMarkdown(notice.body ?? '').unmarked.map((p) => p.text) : [],
    title: entries.find((e) => e.data.id === 'preamble')?.data.title ?? inLang(PLAN_TITLE, lang),
    body: entries.filter((e) => e !== notice).map((e) => parsePlanMarkdown(e.body ?? '')),
  };
}

/** What an editor has found of the plan's government information record (文号, 索引号, 发布日期, the
 *  original's address), from the Chinese notice file: only the fields filled in. */
export async function planPublication() {
  const notice = (await planEntries(SOURCE_LANG)).find((e) => e.data.id === 'notice');
  return notice?.data.publication ?? {};
}

/** Each clause as a citation names it in each content language (三“…” / III ‘…’), by clause ID, down to the
 *  paragraph its link opens (四(二)3第1段 / IV (2) 3, paragraph 1): a journalist's citation named 四(二)3 while
 *  its link pointed at one paragraph of it. */
export async function citedClauseNames(): Promise<Record<string, Partial<Record<ContentLang, string>>>> {
  const names: Record<string, Partial<Record<ContentLang, string>>> = {};
  for (const lang of CONTENT_LANGS)
    for (const clause of await planClauses(lang)) {
      const name = citedClause(clause.id, clause.text, lang) && clauseName(clause.id, lang, clause.text);
      if (name) (names[clause.id] ??= {})[lang] = name;
    }
  return names;
}
