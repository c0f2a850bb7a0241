// Which built pages draw which kind of chart, worked out from the content (not from the pages themselves):
// the units matrix, the timetable, progress (the courts' caseloads), and every target with a national
// benchmark or a Changzhou figure. Paths are the Chinese ones; the English add /en.
import { readdirSync, readFileSync } from 'node:fs';

interface TargetFile {
  kind: string;
  benchmarks?: unknown[];
}

/** Targets with a published Changzhou figure, from a built site's open data. */
function targetsWithFigures(dist: string): Set<string> {
  const open = JSON.parse(readFileSync(`${dist}/data/targets.json`, 'utf8')) as {
    targets: Array<{ id: string; figures: unknown[] }>;
  };
  return new Set(open.targets.filter((t) => t.figures.length > 0).map((t) => t.id));
}

export function chartPages(dist = 'dist'): Array<{ kind: string; path: string }> {
  const withFigures = targetsWithFigures(dist);
  const targets = readdirSync('content/targets')
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({
      id: f.replace(/\.json$/, ''),
      ...(JSON.parse(readFileSync(`content/targets/${f}`, 'utf8')) as TargetFile),
    }))
    .filter((t) => t.kind === 'quantitative' && ((t.benchmarks?.length ?? 0) > 0 || withFigures.has(t.id)));
  return [
    { kind: 'responsibilities', path: '/plan/units/' },
    { kind: 'timetable', path: '/plan/timeline/' },
    { kind: 'court-cases', path: '/progress/' },
    ...targets.map((t) => ({
      kind: withFigures.has(t.id) ? 'target-progress' : 'national-context',
      path: `/targets/${t.id}/`,
    })),
  ];
}
