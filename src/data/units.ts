// The units matrix page's view: every responsible unit with the measures it leads or joins, read from
// the Chinese text (the authoritative one), and the clauses in the reader's language for their labels.
import { getCollection } from 'astro:content';
import { SOURCE_LANG, type Lang } from '../i18n/locales.ts';
import { unitMatrix } from '../lib/plan/units.ts';
import { planClauses } from './plan.ts';

export async function unitsPageView(lang: Lang) {
  const units = (await getCollection('units')).map((u) => u.data);
  return {
    rows: unitMatrix(
      (await planClauses(SOURCE_LANG)).filter((c) => c.kind === 'measure'),
      units,
    ),
    clauses: new Map((await planClauses(lang)).map((c) => [c.id, c])),
  };
}
