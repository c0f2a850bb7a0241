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
  /** The clause contains the query as typed (a plan term such as 地理标志), not only a subject it names. */
  exact: boolean;
}

/** Clauses that contain the query, all listed up to this many (a plan term such as 地理标志 is in six). */
const MAX_EXACT = 8;

/**
 * The text of a landing place as a reader sees it. Pagefind's anchor text is the element's whole text, so
 * a clause's own tools trail it: the "#" link with its visually hidden "本条链接 四(二)1" and, after it, the
 * side-by-side link. Everything from that "#" link on is cut, whatever follows it.
 */
export function anchorText(anchor: Pick<Anchor, 'id' | 'text'>): string {
  let text = anchor.text.replace(CLAUSE_TOOLS, '');
  for (const words of toolWords) {
    const at = text.indexOf(words);
    if (at >= 0) text = text.slice(0, at);
  }
  return text.trim();
}

/** The clause tools' own words in the page's language ("复制链接", "本条链接" …), which the search page hands
 *  over from its dictionary (data-clause-tools): everything from the first of them on is cut too. */
const toolWords = new Set<string>();
export function addClauseToolWords(words: Iterable<string>): void {
  for (const w of words) if (w.trim()) toolWords.add(w.trim());
}
// The "#" stands alone after a space; the plan's own text never has one (its numbers are 一、(一), 1.).
const CLAUSE_TOOLS = /\s+#[\s\S]*$/u;

/** Elements whose ids are places a reader can land on: clause paragraphs and headings. */
const LANDING_ELEMENTS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

/**
 * Credits matches to clauses. A clause whose text contains the whole query (e.g. its lead phrase) comes first,
 * then clauses that name the subject the query is about (later phrases, e.g. 商业秘密 for 商业秘密被泄露怎么办).
 */
export function clauseHits(
  anchors: Anchor[],
  locations: number[],
  phrases: string | string[] = [],
  limit = 3,
): ClauseHit[] {
  const landings = anchors
    .filter((a) => LANDING_ELEMENTS.has(a.element))
    .map((a) => ({ ...a, text: anchorText(a) }))
    .sort((a, b) => a.location - b.location);
  // A phrase in more clauses than a search lists (知识产权, in nearly every one) marks none of them out: the
  // clauses are then ranked by their matches alone, like those of any other page.
  const asked = (Array.isArray(phrases) ? phrases : [phrases]).map((p) => p.trim().toLowerCase());
  const wanted = asked
    .filter((p) => p.length > 1)
    .filter((p) => landings.filter((a) => a.text.toLowerCase().includes(p)).length <= MAX_EXACT);
  const query = wanted.includes(asked[0]) ? asked[0] : '';
  const counts = new Map<string, Omit<ClauseHit, 'exact'> & { location: number }>();
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
    .flatMap((phrase) =>
      landings.filter((a) => a.text.toLowerCase().includes(phrase)).sort((a, b) => hitsOf(b) - hitsOf(a)),
    )
    .filter((a, i, all) => all.indexOf(a) === i);
  const exactHits = exact.slice(0, MAX_EXACT).map((a) => ({ id: a.id, text: a.text, hits: hitsOf(a), exact: true }));
  return [...exactHits, ...ranked.filter((hit) => !exact.some((a) => a.id === hit.id))]
    .slice(0, Math.max(limit, exactHits.length))
    .map(({ id, text, hits }) => ({
      id,
      text,
      hits,
      exact: Boolean(query) && text.toLowerCase().includes(query),
    }));
}

/**
 * The clauses that use a plan term (planOnlySubjects), for the terms the plan uses in a few clauses only: a
 * word in nearly every clause (市知识产权局, named among the responsible units) marks none of them out.
 */
export function planTermClauses(anchors: Anchor[], terms: string[]): Set<string> {
  const landings = anchors
    .filter((a) => LANDING_ELEMENTS.has(a.element))
    .map((a) => ({ id: a.id, text: anchorText(a) }));
  const ids = terms.map((term) =>
    landings.filter((a) => a.text.toLowerCase().includes(term.toLowerCase())).map((a) => a.id),
  );
  return new Set(ids.filter((found) => found.length <= MAX_EXACT).flat());
}

/**
 * Every place in the plan whose text `matches` (planGroup's clauseMatch), in the plan's order: the clauses a
 * reader can reach from the plan's group, however many there are (商标 is in twelve, 知识产权 in seventy). The
 * page's own title is not a place in the plan.
 */
export function clausesContaining(anchors: Anchor[], matches: (text: string) => boolean): Anchor[] {
  return anchors
    .filter((a) => LANDING_ELEMENTS.has(a.element) && a.element !== 'h1')
    .map((a) => ({ ...a, text: anchorText(a) }))
    .filter((a) => matches(a.text))
    .sort((a, b) => a.location - b.location);
}

/**
 * Orders results so each page's best result comes before any page's second: a long page (the plan, the
 * explainer) split into clauses would otherwise fill the first three places on its own. Clauses that contain
 * the term searched for (exact) are the exception: the plan's own use of a term it sets (地理标志) outranks a
 * page that only names it, so the first `lead` of them come first, and the rest follow the other pages' firsts,
 * before any page's second result. A question for a place or a contact passes lead 0: a body answers it.
 */
export function onePerPageFirst<T extends { url: string; exact?: boolean }>(hits: T[], lead = 1): T[] {
  const pageOf = (hit: T) => hit.url.split('#')[0];
  const exact = hits.filter((hit) => hit.exact);
  const seen = new Set(exact.map(pageOf));
  const firsts: T[] = [];
  const rest: T[] = [];
  for (const hit of hits.filter((h) => !h.exact)) {
    (seen.has(pageOf(hit)) ? rest : firsts).push(hit);
    seen.add(pageOf(hit));
  }
  return [...exact.slice(0, lead), ...firsts, ...exact.slice(lead), ...rest];
}
