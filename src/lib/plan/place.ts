// Where the reader is in a long text, from the positions of its clauses and headings on screen. Pure
// (the browser code measures the boxes and passes them in), so the rules are unit-tested.

export interface Box { id: string; top: number; bottom: number }

/**
 * The clause the reader is looking at: the first one that reaches into the viewport below its top edge
 * (by more than `margin` px, so a clause scrolled almost out of sight does not count). Undefined when no
 * clause is on screen, e.g. at the top of the page above the first clause.
 */
export function clauseOnScreen(boxes: Box[], viewportHeight: number, margin = 8): string | undefined {
  return boxes.find((box) => box.bottom > margin && box.top < viewportHeight - margin)?.id;
}

/**
 * The heading of the part being read: the last one whose top has scrolled above `line` (a point about a
 * third of the way down the screen). Undefined before the first heading.
 */
export function currentHeading<T extends { top: number }>(headings: T[], line: number): T | undefined {
  let current: T | undefined;
  for (const heading of headings) {
    if (heading.top <= line) current = heading;
    else break;
  }
  return current;
}
