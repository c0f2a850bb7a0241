// Reads the plan's content files straight from disk, for code that runs outside Astro's content layer:
// the Markdown plugin (which needs the Chinese units while rendering the English text), scripts and tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../i18n/locales.ts';
import { parsePlanMarkdown, type ParsedPlanFile } from './parsePlan.ts';
import type { UnitName } from './units.ts';

export const CONTENT_ROOT = join(process.cwd(), 'content');

export interface PlanFile extends ParsedPlanFile {
  path: string;
  source: string;
}

export function loadPlanFiles(lang: Lang, root = CONTENT_ROOT): PlanFile[] {
  const dir = join(root, 'plan', lang);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const source = readFileSync(path, 'utf8');
      return { path, source, ...parsePlanMarkdown(source) };
    });
}

export function loadUnitGlossary(root = CONTENT_ROOT): UnitName[] {
  return JSON.parse(readFileSync(join(root, 'glossary', 'units.json'), 'utf8')) as UnitName[];
}
