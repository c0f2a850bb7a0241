// Runs the cross-file content checks once per build; any problem stops the build with the file and field.
import { getCollection } from 'astro:content';
import { crossCheck, formatProblems } from '../lib/content/crossCheck.ts';
import { pageTwins } from '../lib/content/twins.ts';
import { LOCALES } from '../i18n/locales.ts';
import { planClauses } from './plan.ts';

let checked: Promise<void> | undefined;

async function runChecks(): Promise<void> {
  const [targets, progress, progressEn, services, servicesEn] = await Promise.all([
    getCollection('targets'), getCollection('progress'), getCollection('progressEn'), getCollection('services'), getCollection('servicesEn'),
  ]);
  // English twins: every record needs its English file and no English file may stand alone.
  pageTwins([...progress.map((e) => `zh/${e.id}`), ...progressEn.map((e) => `en/${e.id}`)], LOCALES, 'content/progress');
  pageTwins([...services.map((e) => `zh/${e.id}`), ...servicesEn.map((e) => `en/${e.id}`)], LOCALES, 'content/services');
  const problems = crossCheck({
    clauseIds: new Set((await planClauses('zh')).map((c) => c.id)),
    targets: targets.map((t) => ({ file: t.filePath ?? t.id, id: t.id, kind: t.data.kind, clause: t.data.clause })),
    snapshots: progress.map((s) => ({ file: s.filePath ?? s.id, figures: s.data.figures, assessments: s.data.assessments })),
    services: services.map((s) => ({ file: s.filePath ?? s.id, clauses: s.data.clauses, related: s.data.related })),
    serviceSlugs: new Set(services.map((s) => s.id)),
  });
  if (problems.length) throw new Error(`内容检查未通过 / content check failed:\n${formatProblems(problems)}`);
}

export function ensureContentChecked(): Promise<void> {
  checked ??= runChecks();
  return checked;
}
