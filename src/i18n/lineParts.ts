// A dictionary line with slots ("ask for “{name}”{original}", "搜索了：{words}。") cut into its words and its
// slots, so a page or a script can put markup where a slot is (a name in the plan's language, quoted words)
// while the words around it stay the dictionary's: a translator moves a slot, never splits a line in two.
export type LinePart = { text: string } | { slot: string };

const SLOT = /(\{[A-Za-z]+\})/;

/** The line's words and slots in order; empty words between two slots are left out. */
export function lineParts(line: string): LinePart[] {
  return line
    .split(SLOT)
    .filter((piece) => piece !== '')
    .map((piece) => (SLOT.test(piece) ? { slot: piece.slice(1, -1) } : { text: piece }));
}
