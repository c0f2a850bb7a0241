// Extracts the 责任单位 (responsible units) a measure names at its end, e.g.
// "(责任单位:市知识产权局、市科技局,各辖市、区人民政府)". The first unit listed leads the measure.

import { foldPunctuationWidth } from '../typography/punctuation.ts';

/** The opening of the parenthesis that lists a measure's responsible units, as the plan writes it. */
const UNITS_OPENING = '(责任单位:';

// "各辖市、区人民政府" is one unit whose name itself contains the list separator 、.
const COMPOUND_UNITS = ['各辖市、区人民政府'];
const PLACEHOLDER = '\u0000';

/** The responsible units of a measure, in the order the plan lists them; [] when it lists none. */
export function extractResponsibleUnits(measureText: string): string[] {
  const start = measureText.lastIndexOf(UNITS_OPENING);
  if (start < 0) return [];
  const end = measureText.indexOf(')', start);
  if (end < 0) return [];
  let list = measureText.slice(start + UNITS_OPENING.length, end);
  COMPOUND_UNITS.forEach((unit, i) => (list = list.split(unit).join(`${PLACEHOLDER}${i}`)));
  return list
    .split(/[、,,]/)
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => (name.startsWith(PLACEHOLDER) ? COMPOUND_UNITS[Number(name.slice(1))] : name));
}

/** The part of the measure text that is the units parenthesis, as [start, end) offsets, or undefined. */
export function unitsSpan(measureText: string, opening: string): [number, number] | undefined {
  // Compared width-folded: the dictionary shows "（责任单位：" while the plan file may type "(责任单位:".
  const text = foldPunctuationWidth(measureText);
  const start = text.lastIndexOf(foldPunctuationWidth(opening));
  if (start < 0) return undefined;
  const end = text.indexOf(')', start);
  return end < 0 ? undefined : [start, end + 1];
}
