// Merges the results of several Pagefind searches (the query, its rewrites in the site's words, or its words
// one by one) into one ranking: a page's weighted scores add up, so a page that matches more of them ranks higher.
export interface Scored { id: string; score: number }

export function mergeRuns<T extends Scored>(runs: Array<{ results: T[]; weight: number }>): T[] {
  const best = new Map<string, { result: T; total: number }>();
  for (const { results, weight } of runs) {
    for (const result of results) {
      const seen = best.get(result.id);
      if (seen) seen.total += result.score * weight;
      else best.set(result.id, { result, total: result.score * weight });
    }
  }
  return [...best.values()].sort((a, b) => b.total - a.total).map((b) => b.result);
}
