// Where the reader is in a long text, from the positions of its clauses and headings on screen. Pure
// (the browser code measures the boxes and passes them in), so the rules are unit-tested.

export interface Box {
  id: string;
  top: number;
  bottom: number;
}

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

/** A heading's number as the plan writes it at its start: "四、", "（一）", "(1)", "IV." (Latin: a word). */
const LEADING_NUMBER = /^\s*([（(][^）)\s]{1,4}[）)]|[一二三四五六七八九十]{1,3}、|[IVXLC]+\.|\d+[.、])/u;

/**
 * What the place bar may say for a heading, longest first: the whole heading, then the heading cut after fewer
 * and fewer characters (with "…", never leaving less than its number and two characters of its words), then
 * its number alone. The bar shows the first that fits its line; a label cut to "（·" tells the reader nothing.
 */
export function placeLabels(heading: string): string[] {
  const text = heading.trim();
  if (!text) return [];
  const number = text.match(LEADING_NUMBER)?.[1].trim();
  const labels = [text];
  const shortest = (number?.length ?? 0) + 2;
  const characters = [...text];
  // Latin script is cut between words, never inside one (as clauseRef does).
  const latin = /[A-Za-z]{2}/.test(text);
  for (let length = characters.length - 1; length >= shortest; length--)
    if (!latin || characters[length] === ' ')
      labels.push(
        `${characters
          .slice(0, length)
          .join('')
          .replace(/[\s,;:]+$/, '')}…`,
      );
  if (number && number !== text) labels.push(number);
  return labels;
}
