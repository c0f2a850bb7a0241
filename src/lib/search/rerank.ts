// Re-ranks Pagefind's page results so a page whose title names what was searched comes first: Pagefind
// scores by term frequency, which lets a long list page that mentions a body many times outrank the
// body's own page. Titles are compared with the query and with its synonyms (content/glossary/synonyms.json);
// a title with the query as typed ranks above one with only a synonym, and within each the shortest title,
// the closest match, wins. Other results keep Pagefind's order.
import type { SynonymGroups } from './synonyms.ts';

export function queryVariants(query: string, groups: SynonymGroups): string[] {
  const q = query.trim().toLowerCase();
  const variants = new Set([q]);
  for (const group of groups) {
    if (group.some((term) => term.toLowerCase() === q || q.includes(term.toLowerCase()))) group.forEach((term) => variants.add(term.toLowerCase()));
  }
  return [...variants].filter(Boolean);
}

/** Tier 0: the title contains the query as typed; 1: it contains a synonym of it; 2: neither. */
function titleTier(title: string, query: string, variants: string[]): number {
  const lower = title.toLowerCase();
  if (lower.includes(query.trim().toLowerCase())) return 0;
  return variants.some((v) => lower.includes(v)) ? 1 : 2;
}

export function rerankByTitle<T extends { title: string }>(results: T[], query: string, groups: SynonymGroups): T[] {
  const variants = queryVariants(query, groups);
  return results
    .map((result, index) => ({ result, index, tier: titleTier(result.title, query, variants) }))
    .sort((a, b) => a.tier - b.tier || (a.tier < 2 ? a.result.title.length - b.result.title.length : 0) || a.index - b.index)
    .map((r) => r.result);
}
