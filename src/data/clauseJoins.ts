// What the plan page joins its clauses to (src/lib/plan/enrichClauses.ts), from the collections: the units
// glossary, the units each measure names in the source text, and the service bodies that name each clause.
import { getCollection } from 'astro:content';
import type { ClauseJoins } from '../lib/plan/enrichClauses.ts';
import { extractResponsibleUnits } from '../lib/plan/responsibleUnits.ts';
import { servicesByClause } from '../lib/plan/servicesByClause.ts';
import { SOURCE_LANG } from '../i18n/locales.ts';
import { planClauses } from './plan.ts';

export async function clauseJoins(): Promise<ClauseJoins> {
  const [units, measures, services] = await Promise.all([
    getCollection('units'),
    planClauses(SOURCE_LANG),
    getCollection('services'),
  ]);
  return {
    units: units.map((u) => u.data),
    unitsByMeasure: Object.fromEntries(measures.map((c) => [c.id, extractResponsibleUnits(c.text)])),
    servicesByClause: Object.fromEntries(
      servicesByClause(
        services
          .map((s) => ({ slug: s.id, data: s.data as Record<string, unknown> }))
          .sort((a, b) => a.slug.localeCompare(b.slug)),
      ),
    ),
  };
}
