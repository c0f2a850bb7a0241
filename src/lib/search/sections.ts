// Picks the sections of a guide page (the overseas guide, the explainer) to show for a search: Pagefind
// splits a page into sections under its headings (sub-results, each with its own marked excerpt); the
// sections that name the subject of the query come first, then those with the most weighted matches.
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  /** The heading the section starts at (its `location` is the heading's first word in the page's text). */
  anchor?: { location: number };
  weighted_locations?: Array<{ weight: number }>;
}

const weightOf = (s: SubResult) => (s.weighted_locations ?? []).reduce((sum, l) => sum + l.weight, 0);

export function bestSections(sections: SubResult[], phrases: string[], limit = 2): SubResult[] {
  const wanted = phrases.map((p) => p.trim().toLowerCase()).filter((p) => p.length > 1);
  const names = (s: SubResult) =>
    wanted.some(
      (p) =>
        s.title.toLowerCase().includes(p) ||
        s.excerpt
          .toLowerCase()
          .replace(/<\/?mark>/g, '')
          .includes(p),
    );
  return sections
    .filter((s) => weightOf(s) > 0)
    .map((s, index) => ({ s, index, named: names(s) ? 1 : 0, weight: weightOf(s) }))
    .sort((a, b) => b.named - a.named || b.weight - a.weight || a.index - b.index)
    .slice(0, limit)
    .map(({ s }) => s);
}
