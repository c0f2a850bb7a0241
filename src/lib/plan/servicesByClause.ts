// Which service bodies each plan clause names, read from the services' records (content/services/zh),
// so the plan can link each clause to the places that help with it.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CONTENT_ROOT } from './loadPlanFiles.ts';

export interface ServiceLink {
  slug: string;
  name: { zh: string; en: string };
}

export function servicesByClause(root = CONTENT_ROOT): Map<string, ServiceLink[]> {
  const dir = join(root, 'services', 'zh');
  const map = new Map<string, ServiceLink[]>();
  if (!existsSync(dir)) return map;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
    const frontMatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, file), 'utf8'))?.[1];
    const data = (frontMatter ? parse(frontMatter) : {}) as { name?: ServiceLink['name']; clauses?: string[] };
    if (!data.name || !Array.isArray(data.clauses)) continue; // the schema reports such a file by name
    for (const clause of data.clauses) {
      map.set(clause, [...(map.get(clause) ?? []), { slug: file.replace(/\.md$/, ''), name: data.name }]);
    }
  }
  return map;
}
