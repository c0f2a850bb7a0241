// Queries over the plan collection for the pages: its entries in order, and its clauses as data.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/locales.ts';
import { parsePlanMarkdown, type Clause } from '../lib/plan/parsePlan.ts';

export type PlanEntry = CollectionEntry<'plan'>;

export async function planEntries(lang: Lang): Promise<PlanEntry[]> {
  const entries = await getCollection('plan', (entry) => entry.id.startsWith(`${lang}/`));
  return entries.sort((a, b) => a.data.order - b.data.order);
}

export async function planClauses(lang: Lang): Promise<Clause[]> {
  return (await planEntries(lang)).flatMap((entry) => parsePlanMarkdown(entry.body ?? '').clauses);
}
