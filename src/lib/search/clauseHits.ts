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

/**
 * The text of a landing place as a reader sees it. Pagefind's anchor text is the element's whole text, so the
 * clause's own links trail it: "#" with the visually hidden "本条链接 四(二)3", then "对照" with its hidden
 * label. They start at the "#", a character the plan's text never uses (seeds/ has none).
 */
export function anchorText(anchor: Pick<Anchor, 'id' | 'text'>): string {
  const link = anchor.text.search(/\s#/u);
  return (link >= 0 ? anchor.text.slice(0, link) : anchor.text).trim();
}

/** Elements whose ids are places a reader can land on: clause paragraphs and headings. */
const LANDING_ELEMENTS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

/**
 * Credits matches to clauses. A clause whose text contains the whole query (e.g. its lead phrase) comes first,
 * then clauses that name the subject the query is about (later phrases, e.g. 商业秘密 for 商业秘密被泄露怎么办).
 */
export function clauseHits(anchors: Anchor[], locations: number[], phrases: string | string[] = [], limit = 3): ClauseHit[] {
  const landings = anchors.filter((a) => LANDING_ELEMENTS.has(a.element)).map((a) => ({ ...a, text: anchorText(a) })).sort((a, b) => a.location - b.location);
  const wanted = (Array.isArray(phrases) ? phrases : [phrases]).map((p) => p.trim().toLowerCase()).filter((p) => p.length > 1);
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
  const hitsOf = (a: Anchor) => counts.get(a.id)?.hits ?? 0;
  // For each phrase, the clauses that contain it, those with the most matches first.
  const exact = wanted
    .flatMap((phrase) => landings.filter((a) => a.text.toLowerCase().includes(phrase)).sort((a, b) => hitsOf(b) - hitsOf(a)))
    .filter((a, i, all) => all.indexOf(a) === i);
  const exactHits = exact.map((a) => ({ id: a.id, text: a.text, hits: hitsOf(a) }));
  return [...exactHits, ...ranked.filter((hit) => !exact.some((a) => a.id === hit.id))]
    .slice(0, limit)
    .map(({ id, text, hits }) => ({ id, text, hits }));
}

/**
 * Orders results so each page's best result comes before any page's second: a long page (the plan, the
 * explainer) split into clauses would otherwise fill the first three places on its own.
 */
export function onePerPageFirst<T extends { url: string }>(hits: T[]): T[] {
  const seen = new Set<string>();
  const firsts: T[] = [];
  const rest: T[] = [];
  for (const hit of hits) {
    const page = hit.url.split('#')[0];
    (seen.has(page) ? rest : firsts).push(hit);
    seen.add(page);
  }
  return [...firsts, ...rest];
}
