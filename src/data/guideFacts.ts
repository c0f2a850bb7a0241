// The content facts the editor guide lists (src/lib/content/guideValues.ts): target ids with their names
// and units, and the plan's clause IDs file by file, read from content/ as the content check reads them.
import { readContentFiles, CONTENT_ROOT } from './contentFiles.ts';
import { parseContent, parseMarkdown } from '../lib/content/parse.ts';
import { placeFile } from '../lib/content/registry.ts';
import { parsePlanMarkdown } from '../lib/plan/parsePlan.ts';
import { SOURCE_LANG, type ContentLang } from '../i18n/locales.ts';
import type { GuideFacts } from '../lib/content/guideValues.ts';

export function guideFacts(root = CONTENT_ROOT): GuideFacts {
  const facts: GuideFacts = { targets: [], clauses: [] };
  for (const { path, text } of readContentFiles(root)) {
    const placed = placeFile(path);
    if (placed?.kind.name === 'targets') {
      const data = parseContent(path, text).data as { name: Record<ContentLang, string>; unit?: string };
      facts.targets.push({ id: placed.slug, name: data.name, unit: data.unit });
    }
    if (placed?.kind.name === 'plan' && placed.lang === SOURCE_LANG) {
      const { body = '' } = parseContent(path, text);
      facts.clauses.push({
        file: `content/${path}`,
        ids: parsePlanMarkdown(parseMarkdown(body)).clauses.map((c) => c.id),
      });
    }
  }
  return facts;
}
