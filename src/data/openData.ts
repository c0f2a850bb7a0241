// Builds the open-data records from the targets and their published figures.
import { targetViews } from './targets.ts';
import { languageColumns, type OpenTarget } from '../lib/targets/openData.ts';
import { SITE_URL } from '../site.config.ts';
import { CONTENT_LANGS, SOURCE_LANG, localePath, type ContentLang } from '../i18n/locales.ts';
import type { TargetRecord } from '../lib/schemas/target.ts';

function checkedSources(check: TargetRecord['checked']): Record<ContentLang, string> {
  return Object.fromEntries(
    CONTENT_LANGS.map((lang) => [lang, (check?.sources ?? []).map((source) => source[lang]).join('; ')]),
  ) as Record<ContentLang, string>;
}

function clausePath(clause: string, site: string | undefined): string {
  const path = `${localePath(SOURCE_LANG, '/plan/')}#${clause}`;
  return site ? new URL(path, site).href : path;
}

export async function openTargets(): Promise<OpenTarget[]> {
  return (await targetViews()).map(({ entry, figures, latest, status }) => {
    const d = entry.data;
    const quantitative = d.kind === 'quantitative';
    return {
      id: entry.id,
      kind: d.kind,
      group: d.group,
      ...languageColumns('name', d.name),
      ...languageColumns('plan_wording', d.planWording),
      target_value: quantitative ? d.value : null,
      unit: quantitative ? d.unit : null,
      comparator: quantitative ? d.comparator : null,
      measure: quantitative ? d.measure : null,
      deadline: d.deadline,
      clause: d.clause,
      // A full address needs SITE_URL; without it the clause's path on the site, never a made-up host.
      clause_url: clausePath(d.clause, SITE_URL),
      status,
      latest_value: latest?.value ?? null,
      latest_as_of: latest?.asOf ?? null,
      checked_date: d.checked?.date ?? null,
      // The sources searched, one cell per language, separated by semicolons ("" where no search is recorded).
      ...languageColumns('checked_sources', checkedSources(d.checked)),
      figures: figures.map((f) => ({ value: f.value, asOf: f.asOf, sources: f.sources })),
    };
  });
}
