// Re-ranks Pagefind's page results so a page whose title names what was searched comes first: Pagefind
// scores by term frequency, which lets a long list page that mentions a body many times outrank the
// body's own page. Titles are compared with the query and with its synonyms (content/glossary/synonyms.json);
// among title matches the shortest title, the closest match, wins. Other results keep Pagefind's order.
import type { SynonymGroups } from './synonyms.ts';

export function queryVariants(query: string, groups: SynonymGroups): string[] {
  const q = query.trim().toLowerCase();
  const variants = new Set([q]);
  for (const group of groups) {
    if (group.some((term) => term.toLowerCase() === q || q.includes(term.toLowerCase()))) group.forEach((term) => variants.add(term.toLowerCase()));
  }
  return [...variants].filter(Boolean);
}

export function rerankByTitle<T extends { title: string }>(results: T[], query: string, groups: SynonymGroups): T[] {
  const variants = queryVariants(query, groups);
  const titled = results
    .map((result, index) => ({ result, index, hit: variants.some((v) => result.title.toLowerCase().includes(v)) }))
    .filter((r) => r.hit)
    .sort((a, b) => a.result.title.length - b.result.title.length || a.index - b.index)
    .map((r) => r.result);
  return [...titled, ...results.filter((r) => !titled.includes(r))];
}
