// Re-ranks page results so a page whose title names what was searched comes first: Pagefind scores by term
// frequency, which lets a long list page that mentions a body many times outrank the body's own page.
// Titles are compared with the query and with the words the search vocabulary gives for it (queryVariants in
// vocabulary.ts); a title with the query as typed ranks above one with only a synonym, and within each the
// shortest title, the closest match, wins. Other results keep their order.

/** Tier 0: the title contains the query as typed; 1: it contains one of the variants; 2: neither. */
function titleTier(title: string, query: string, variants: string[]): number {
  const lower = title.toLowerCase();
  if (lower.includes(query.trim().toLowerCase())) return 0;
  return variants.some((v) => lower.includes(v.toLowerCase())) ? 1 : 2;
}

export function rerankByTitle<T extends { title: string }>(results: T[], query: string, variants: string[]): T[] {
  return results
    .map((result, index) => ({ result, index, tier: titleTier(result.title, query, variants) }))
    .sort((a, b) => a.tier - b.tier || (a.tier < 2 ? a.result.title.length - b.result.title.length : 0) || a.index - b.index)
    .map((r) => r.result);
}
