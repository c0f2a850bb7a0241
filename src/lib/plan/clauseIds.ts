// Clause IDs: the stable anchors of the plan, the same in both languages (see content/plan/*/ markers).
// The kind of a clause follows from the shape of its ID, so the ID alone tells what it is.

/** A block's ID marker at the end of a heading or paragraph, e.g. `... {#task-1-1-1}`. */
const CLAUSE_MARKER = /\s*\{#([a-z0-9-]+)\}\s*$/;

export type ClauseKind =
  | 'notice'
  | 'title'
  | 'preamble'
  | 'part'
  | 'area'
  | 'subsection'
  | 'measure'
  | 'principle'
  | 'goal'
  | 'phase'
  | 'safeguard'
  | 'paragraph';

const KIND_PATTERNS: Array<[RegExp, ClauseKind]> = [
  [/^notice$/, 'notice'],
  [/^title$/, 'title'],
  [/^preamble$/, 'preamble'],
  [/^part-\d$/, 'part'],
  [/^task-\d$/, 'area'],
  [/^task-\d-\d$/, 'subsection'],
  [/^task-\d-\d-\d$/, 'measure'],
  [/^principle-\d$/, 'principle'],
  [/^goal-[a-z]+$/, 'goal'],
  [/^phase-\d$/, 'phase'],
  [/^safeguard-\d$/, 'safeguard'],
  [/^(part|safeguard)-\d-\d+$/, 'paragraph'],
];

/** The kind of clause an ID names, or undefined when the ID is not a plan clause ID. */
export function clauseKind(id: string): ClauseKind | undefined {
  return KIND_PATTERNS.find(([pattern]) => pattern.test(id))?.[1];
}

/** Splits a block's text into its text and its ID marker, if it has one. */
export function splitMarker(text: string): { text: string; id?: string } {
  const match = CLAUSE_MARKER.exec(text);
  return match ? { text: text.slice(0, match.index), id: match[1] } : { text };
}
