// The plan plugin's data (src/lib/markdown/remarkClauses.ts), read from content/ when Astro loads its
// config: the units glossary, the units each measure names (from the Chinese text) and the services
// that name each clause. Restart `astro dev` after changing units.json or a service's clauses.
import type { ClauseOptions } from '../lib/markdown/remarkClauses.ts';
import { extractResponsibleUnits } from '../lib/plan/responsibleUnits.ts';
import { servicesByClause } from '../lib/plan/servicesByClause.ts';
import { CONTENT_ROOT, loadPlanFiles, loadServiceRecords, loadUnitGlossary } from './contentFiles.ts';

export function clauseOptions(root = CONTENT_ROOT): ClauseOptions {
  const measures = loadPlanFiles('zh', root).flatMap((f) => f.clauses);
  return {
    units: loadUnitGlossary(root),
    unitsByMeasure: Object.fromEntries(measures.map((c) => [c.id, extractResponsibleUnits(c.text)])),
    servicesByClause: Object.fromEntries(servicesByClause(loadServiceRecords(root))),
  };
}
