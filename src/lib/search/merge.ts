// Merges the results of several Pagefind searches (the query, its rewrites in the site's words, or its words
// one by one) into one ranking: a page's weighted scores add up, so a page that matches more of them ranks higher.
// Each page keeps the result of the search it matched best, whose match locations point at the right clause.
export interface Scored {
  id: string;
  score: number;
}

export function mergeRuns<T extends Scored>(runs: Array<{ results: T[]; weight: number }>): T[] {
  const pages = new Map<string, { result: T; best: number; total: number }>();
  for (const { results, weight } of runs) {
    for (const result of results) {
      const weighted = result.score * weight;
      const seen = pages.get(result.id);
      if (!seen) pages.set(result.id, { result, best: weighted, total: weighted });
      else {
        seen.total += weighted;
        if (weighted > seen.best) Object.assign(seen, { result, best: weighted });
      }
    }
  }
  return [...pages.values()].sort((a, b) => b.total - a.total).map((p) => p.result);
}
