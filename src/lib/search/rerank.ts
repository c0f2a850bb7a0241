// Re-ranks results so a page whose title names what was searched comes first: Pagefind scores by term
// frequency, which lets a long list page that mentions a body many times outrank the body's own page.
// Tier 0: the title contains the query as typed; the shortest such title, the closest match, wins.
// Tier 1: the title, or the title of the page a section belongs to, contains a word the search vocabulary
// gives for the query (queryVariants in vocabulary.ts); these keep their score order, since a broad word
// (海外) is in many titles. Tier 2: everything else, in score order.

interface Titled {
  title: string;
  context?: string;
}

function titleTier(result: Titled, query: string, variants: string[]): number {
  const titles = [result.title, result.context ?? ''].map((t) => t.toLowerCase());
  if (titles[0].includes(query.trim().toLowerCase())) return 0;
  return variants.some((v) => titles.some((t) => t.includes(v.toLowerCase()))) ? 1 : 2;
}

export function rerankByTitle<T extends Titled>(results: T[], query: string, variants: string[]): T[] {
  return results
    .map((result, index) => ({ result, index, tier: titleTier(result, query, variants) }))
    .sort(
      (a, b) =>
        a.tier - b.tier || (a.tier === 0 ? a.result.title.length - b.result.title.length : 0) || a.index - b.index,
    )
    .map((r) => r.result);
}
