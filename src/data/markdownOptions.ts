// The plan plugin's data (src/lib/markdown/remarkClauses.ts), read from content/ when Astro loads its
// config: the units glossary, the units each measure names (from the Chinese text) and the services
// that name each clause. `astro dev` restarts when one of these files changes (see clauseOptionFiles),
// so the options are never older than the content.
import type { ClauseOptions } from '../lib/markdown/remarkClauses.ts';
import { extractResponsibleUnits } from '../lib/plan/responsibleUnits.ts';
import { servicesByClause } from '../lib/plan/servicesByClause.ts';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_ROOT, loadPlanFiles, loadServiceRecords, loadUnitGlossary } from './contentFiles.ts';

export function clauseOptions(root = CONTENT_ROOT): ClauseOptions {
  const measures = loadPlanFiles('zh', root).flatMap((f) => f.clauses);
  return {
    units: loadUnitGlossary(root),
    unitsByMeasure: Object.fromEntries(measures.map((c) => [c.id, extractResponsibleUnits(c.text)])),
    servicesByClause: Object.fromEntries(servicesByClause(loadServiceRecords(root))),
  };
}

/** The files clauseOptions reads, for Astro to watch. */
export function clauseOptionFiles(root = CONTENT_ROOT): string[] {
  const md = (dir: string) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => join(dir, f));
  return [join(root, 'glossary', 'units.json'), ...md(join(root, 'plan', 'zh')), ...md(join(root, 'services', 'zh'))];
}
