// The editor guide's list of allowed values, generated from the schemas (service kinds, needs, districts,
// assessment statuses, target units) and the content (target ids, clause IDs), so the guide cannot drift
// from what the check accepts. npm run docs:values writes it between the markers; a unit test fails when the
// guide differs from what this returns.
import type { ContentLang } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/t.ts';
import type { UIKey } from '../../i18n/dictionaries.ts';
import { DISTRICTS, SERVICE_KINDS, SERVICE_NEEDS } from '../schemas/service.ts';
import { ASSESSMENT_STATUSES } from '../schemas/progress.ts';
import { TARGET_UNITS, UNIT_RANGES } from '../schemas/target.ts';

export const GUIDE_VALUES_START = '<!-- allowed-values:start (npm run docs:values) -->';
export const GUIDE_VALUES_END = '<!-- allowed-values:end -->';

export interface GuideFacts {
  targets: Array<{ id: string; name: Record<ContentLang, string>; unit?: string }>;
  /** Each plan file (source language) with its clause IDs in order. */
  clauses: Array<{ file: string; ids: string[] }>;
}

const code = (value: string) => `\`${value}\``;

export function allowedValuesMarkdown(lang: ContentLang, facts: GuideFacts): string {
  const t = useTranslations(lang);
  const labelled = (values: readonly string[], prefix: string) =>
    values.map((value) => `- ${code(value)}: ${t(`${prefix}.${value}` as UIKey)}`);
  const section = (heading: UIKey, lines: string[]) => [`### ${t(heading)}`, '', ...lines, ''];
  return [
    t('guide.values.intro'),
    '',
    ...section('guide.values.serviceKinds', labelled(SERVICE_KINDS, 'kind')),
    ...section('guide.values.needs', labelled(SERVICE_NEEDS, 'need')),
    ...section('guide.values.districts', labelled(DISTRICTS, 'district')),
    ...section('guide.values.statuses', labelled(ASSESSMENT_STATUSES, 'status')),
    ...section(
      'guide.values.targets',
      facts.targets.map(
        (target) => `- ${code(target.id)}: ${target.name[lang]}${target.unit ? ` (${target.unit})` : ''}`,
      ),
    ),
    ...section(
      'guide.values.units',
      TARGET_UNITS.map((unit) => {
        const { min, max } = UNIT_RANGES[unit];
        return `- ${code(unit)}: ${min}–${max ?? '∞'}`;
      }),
    ),
    ...section(
      'guide.values.clauses',
      facts.clauses.filter((c) => c.ids.length).map((c) => `- ${code(c.file)}: ${c.ids.map(code).join(', ')}`),
    ),
  ]
    .join('\n')
    .trimEnd();
}

/** The guide with its allowed-values block replaced; the guide unchanged if it has no markers. */
export function withAllowedValues(guide: string, block: string): string {
  const start = guide.indexOf(GUIDE_VALUES_START);
  const end = guide.indexOf(GUIDE_VALUES_END);
  if (start < 0 || end < start) return guide;
  return `${guide.slice(0, start + GUIDE_VALUES_START.length)}\n\n${block}\n\n${guide.slice(end)}`;
}
