// Turns a Pagefind page result into clause-level results: each match location is credited to the nearest
// element with an id before it (a clause, heading or section), so a search on /plan/ lands on the clause.
export interface Anchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

export interface ClauseHit {
  id: string;
  text: string;
  hits: number;
}

/** Elements whose ids are places a reader can land on: clause paragraphs and headings. */
const LANDING_ELEMENTS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

/** Credits matches to clauses; a clause whose text contains the whole query (e.g. its lead phrase) comes first. */
export function clauseHits(anchors: Anchor[], locations: number[], query = '', limit = 3): ClauseHit[] {
  const landings = anchors.filter((a) => LANDING_ELEMENTS.has(a.element)).sort((a, b) => a.location - b.location);
  const phrase = query.trim().toLowerCase();
  const exact = phrase.length > 1 ? landings.filter((a) => a.text.toLowerCase().includes(phrase)) : [];
  const counts = new Map<string, ClauseHit & { location: number }>();
  for (const location of locations) {
    let owner: Anchor | undefined;
    for (const anchor of landings) {
      if (anchor.location > location) break;
      owner = anchor;
    }
    if (!owner) continue;
    const hit = counts.get(owner.id) ?? { id: owner.id, text: owner.text, hits: 0, location: owner.location };
    hit.hits += 1;
    counts.set(owner.id, hit);
  }
  const ranked = [...counts.values()].sort((a, b) => b.hits - a.hits || a.location - b.location);
  const exactHits = exact.map((a) => ({ id: a.id, text: a.text, hits: counts.get(a.id)?.hits ?? 0 }));
  return [...exactHits, ...ranked.filter((hit) => !exact.some((a) => a.id === hit.id))]
    .slice(0, limit)
    .map(({ id, text, hits }) => ({ id, text, hits }));
}
