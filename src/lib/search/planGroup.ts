// The plan's own clauses as a group of their own among the results ("方案原文中" / "In the plan text"): a reader
// asking what the plan says (海外维权, "patent pledge financing") finds its clauses on the first screen, while the
// guide or body that answers a practical question keeps its place at the top. The group holds the clauses that
// match the query (clauseMatch), those with the query as typed first, and stands after the first `after` results.
// Where a clause already ranks that high (a plan term such as 地理标志, a measure's lead phrase) there is no group:
// the plan is on the first screen already, and three clauses at the top would push the other answers below it.
// Every other clause that matches is one step away: the group's last line (方案中提到“商标”的条款共12条) opens them.

/** At most this many clauses in the group; the others keep their place in the list. */
export const PLAN_GROUP_SIZE = 3;
/** The group comes after this many results: the first answers keep their places. */
export const PLAN_GROUP_AFTER = 2;

export type ClauseMatch = 'phrase' | 'words' | 'units';

const HAN_CHAR = /^\p{Script=Han}$/u;

/** The query's words as whole words: single characters the segmenter split off are joined to their neighbours
 *  (海外 维 权 → 海外 维权; 知识 产权 质 押 → 知识 产权 质押), since one character alone matches half the plan. */
export function wholeWords(words: string[]): string[] {
  const joined: string[] = [];
  let run = '';
  for (const word of [...words, '']) {
    if (HAN_CHAR.test(word)) run += word;
    else {
      if (run) joined.push(run);
      run = '';
      if (word) joined.push(word);
    }
  }
  return joined.filter((w) => w.length > 1).map((w) => w.toLowerCase());
}

/** The query as typed, from its whole words: Chinese without spaces (海外维权), other languages with them. */
export function typedPhrase(words: string[]): string {
  return words.join(/^[\p{Script=Han}]/u.test(words[0] ?? '') ? '' : ' ');
}

/** A measure's responsible units, the parenthesis that ends it ((责任单位:…), "(Responsible units: …)"): the plan
 *  ends no clause with any other parenthesis. */
const UNITS_AT_END = /[(（][^()（）]*[)）]\s*$/u;

/**
 * Whether a clause says what the query asks: it contains the query as typed (its words without spaces or stop
 * words, 'phrase'), or each of its words — one of them may be missing where the clause has a word the vocabulary
 * gives for the query instead ("overseas" → abroad: the translation says "rights protection assistance abroad").
 * A clause that has them only in its responsible units (版权 in 市版权局) matches as 'units', after the others.
 */
export function clauseMatch(text: string, words: string[], alternatives: string[]): ClauseMatch | undefined {
  return (
    matchIn(text.replace(UNITS_AT_END, ''), words, alternatives) ?? (matchIn(text, words, alternatives) && 'units')
  );
}

function matchIn(text: string, words: string[], alternatives: string[]): Exclude<ClauseMatch, 'units'> | undefined {
  const clause = text.toLowerCase();
  if (!words.length) return undefined;
  const joined = typedPhrase(words);
  if (joined.length > 1 && clause.includes(joined)) return 'phrase';
  const missing = words.filter((w) => !clause.includes(w)).length;
  if (!missing) return 'words';
  const instead = alternatives.some((a) => a.length > 1 && !words.includes(a) && clause.includes(a.toLowerCase()));
  return missing === 1 && words.length > 1 && instead ? 'words' : undefined;
}

/** The order the group shows clauses in: the query as typed, then its words, then a clause naming it in its units. */
const MATCH_ORDER: ClauseMatch[] = ['phrase', 'words', 'units'];

export interface PlanGroup<T> {
  /** How many of the results come before the group. */
  at: number;
  /** The clauses shown, best first. */
  clauses: T[];
  /** The other clauses that match, shown nowhere else in the list: the reader opens them. In the plan's order,
   *  those naming the words only in their responsible units last. */
  rest: T[];
  /** How many clauses match in all. */
  total: number;
}

export interface WithPlanGroup<T> {
  /** The results without the group's clauses. */
  hits: T[];
  group?: PlanGroup<T>;
}

export interface PlanGroupOptions<T> {
  /** Every clause of the plan that matches (clausesContaining), not only those ranked among the results. */
  all?: T[];
  after?: number;
  size?: number;
}

/**
 * Takes the clauses that match out of the results into a group of their own, after the first `after` results.
 * Every clause in `all` stays within the reader's reach: those the group and the list do not show are its `rest`.
 * Where a clause already ranks where the group would stand, the list keeps its clauses and the group, at its end,
 * holds only the rest.
 */
export function withPlanGroup<T extends { url: string }>(
  hits: T[],
  match: (hit: T) => ClauseMatch | undefined,
  { all = [], after = PLAN_GROUP_AFTER, size = PLAN_GROUP_SIZE }: PlanGroupOptions<T> = {},
): WithPlanGroup<T> {
  const matched = hits.filter((hit) => match(hit));
  const byMatch = (list: T[]) => MATCH_ORDER.flatMap((kind) => list.filter((hit) => match(hit) === kind));
  const clauses = byMatch(matched).slice(0, size);
  const total = new Set([...all, ...matched].map((hit) => hit.url)).size;
  const restOf = (shown: T[]) => byMatch(all.filter((clause) => !shown.some((hit) => hit.url === clause.url)));
  if (!clauses.length || hits.slice(0, after + 1).some((hit) => match(hit))) {
    const rest = restOf(hits);
    return rest.length ? { hits, group: { at: hits.length, clauses: [], rest, total } } : { hits };
  }
  const listed = hits.filter((hit) => !clauses.includes(hit));
  return { hits: listed, group: { at: after, clauses, rest: restOf([...clauses, ...listed]), total } };
}
