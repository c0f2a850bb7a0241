// Reads content/ from disk for code that runs outside Astro's content layer: the content check
// (npm run content:check and the build) and tests.
// Node-only; everything that interprets the text is pure, in src/lib/content and src/lib/plan.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseContent } from '../lib/content/parse.ts';
import type { ContentFile } from '../lib/content/checkContent.ts';
import { parsePlanMarkdown, type ParsedPlanFile } from '../lib/plan/parsePlan.ts';
import type { UnitName } from '../lib/schemas/glossaryUnits.ts';
import type { Lang } from '../i18n/locales.ts';

export const CONTENT_ROOT = join(process.cwd(), 'content');
// Files in content/ that are not pages or data: the spell checker's word list (src/data/spellChecker.ts).
const NOT_CONTENT = new Set(['glossary/words.txt']);

/** Every file under the content folder, with paths relative to it: the content check places each one (or
 *  says it cannot), so a file named page.MD or page.markdown is reported, not passed over. */
export function readContentFiles(root = CONTENT_ROOT): ContentFile[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(root, path)).isFile() && !NOT_CONTENT.has(path.split(sep).join('/')))
    .sort()
    .map((path) => ({ path: path.split(sep).join('/'), text: readFileSync(join(root, path), 'utf8') }));
}

export interface PlanFile extends ParsedPlanFile {
  path: string;
}

/** The plan's files in one language, in file-name order, parsed into clauses. */
export function loadPlanFiles(lang: Lang, root = CONTENT_ROOT): PlanFile[] {
  const dir = join(root, 'plan', lang);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const { body = '' } = parseContent(relative(process.cwd(), path), readFileSync(path, 'utf8'));
      return { path, ...parsePlanMarkdown(body) };
    });
}

/** The units glossary; empty when the file cannot be read, which the content check reports by name. */
export function loadUnitGlossary(root = CONTENT_ROOT): UnitName[] {
  const { data } = parseContent(
    'content/glossary/units.json',
    readFileSync(join(root, 'glossary', 'units.json'), 'utf8'),
  );
  return Array.isArray(data) ? (data as UnitName[]) : [];
}
