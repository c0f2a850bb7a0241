// Which kind of content each file under content/ is, and the schema it must satisfy: the one table the
// checker walks, so a new kind of file is added here once (and in src/content.config.ts for the build).
import type { ZodType } from 'zod';
import { planFile, page } from '../schemas/pages.ts';
import { targetSchema } from '../schemas/target.ts';
import { progressRecord, progressTranslation } from '../schemas/progress.ts';
import { serviceRecord, serviceTranslation } from '../schemas/service.ts';
import { unitsFile } from '../schemas/glossaryUnits.ts';
import { termsFile } from '../schemas/glossaryTerms.ts';
import { synonymsFile } from '../schemas/glossarySynonyms.ts';
import { courtCaseYear } from '../schemas/courtCases.ts';

export type ContentKind =
  | 'plan'
  | 'page'
  | 'explained'
  | 'overseas'
  | 'target'
  | 'progress'
  | 'progressEn'
  | 'service'
  | 'serviceEn'
  | 'units'
  | 'terms'
  | 'synonyms'
  | 'courtCases';

/** Paths are relative to the content folder, with forward slashes (e.g. "plan/zh/part-1.md"). */
const KINDS: Array<[RegExp, ContentKind, ZodType]> = [
  [/^plan\/(zh|en)\/[\w-]+\.md$/, 'plan', planFile],
  [/^pages\/(zh|en)\/[\w-]+\.mdx?$/, 'page', page],
  [/^explained\/(zh|en)\.md$/, 'explained', page],
  [/^overseas\/(zh|en)\.mdx$/, 'overseas', page],
  [/^targets\/[\w-]+\.json$/, 'target', targetSchema],
  [/^progress\/zh\/[\w-]+\.md$/, 'progress', progressRecord],
  [/^progress\/en\/[\w-]+\.md$/, 'progressEn', progressTranslation],
  [/^services\/zh\/[\w-]+\.md$/, 'service', serviceRecord],
  [/^services\/en\/[\w-]+\.md$/, 'serviceEn', serviceTranslation],
  [/^glossary\/units\.json$/, 'units', unitsFile],
  [/^glossary\/terms\.json$/, 'terms', termsFile],
  [/^glossary\/synonyms\.json$/, 'synonyms', synonymsFile],
  [/^court-cases\/\d{4}\.json$/, 'courtCases', courtCaseYear],
];

export function contentKind(path: string): { kind: ContentKind; schema: ZodType } | undefined {
  const row = KINDS.find(([pattern]) => pattern.test(path));
  return row && { kind: row[1], schema: row[2] };
}

/** The file's name without folder and extension: a target id, a record's slug, a year of court cases. */
export const slugOf = (path: string) =>
  path
    .split('/')
    .at(-1)!
    .replace(/\.(mdx?|json)$/, '');

/** The glossary files every build needs, so a missing one is reported rather than skipped. */
export const REQUIRED_FILES = ['glossary/units.json', 'glossary/terms.json', 'glossary/synonyms.json'];
