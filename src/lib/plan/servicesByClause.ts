// Which service bodies each plan clause names, from the services' records (content/services/zh),
// so the plan can link each clause to the places that help with it.
import type { ContentLang } from '../../i18n/locales.ts';

export interface ServiceLink {
  slug: string;
  name: Record<ContentLang, string>;
}

/** Records whose front matter is not the right shape are skipped: the content check reports them by name. */
export function servicesByClause(
  records: Array<{ slug: string; data: Record<string, unknown> }>,
): Map<string, ServiceLink[]> {
  const map = new Map<string, ServiceLink[]>();
  for (const { slug, data } of records) {
    const name = data.name as ServiceLink['name'] | undefined;
    if (!name || !Array.isArray(data.clauses)) continue;
    for (const clause of data.clauses as string[]) map.set(clause, [...(map.get(clause) ?? []), { slug, name }]);
  }
  return map;
}
