// Extracts the 责任单位 (responsible units) a measure names at its end, e.g.
// "(责任单位:市知识产权局、市科技局,各辖市、区人民政府)". The first unit listed leads the measure.

import { foldPunctuationWidth } from '../typography/punctuation.ts';
import type { UnitName } from '../schemas/glossaryUnits.ts';
import { SOURCE_LANG, type ContentLang } from '../../i18n/locales.ts';

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

/** A responsible unit as written in a clause: its glossary entry, its name in the clause's language, and
 *  where that name starts in the clause text (-1: not written in the units parenthesis as the glossary spells it). */
export interface LocatedUnit {
  name: string;
  unit?: UnitName;
  label: string;
  at: number;
}

/**
 * Finds each of a measure's units (`names`: the Chinese names, in the plan's order) in the units parenthesis
 * of `text`, spelt as the glossary spells it in `lang`. The plan plugin links what it finds; the content check
 * reports what it does not, so an editor hears of it from `npm run content:check`, not only from the build.
 */
export function locateUnits(
  text: string,
  names: string[],
  units: UnitName[],
  lang: ContentLang,
  opening: string,
): LocatedUnit[] {
  const span = unitsSpan(text, opening);
  let cursor = span?.[0] ?? 0;
  return names.map((name) => {
    const unit = units.find((u) => u[SOURCE_LANG] === name);
    const label = unit?.[lang] ?? name;
    const found = span && unit ? text.indexOf(label, cursor) : -1;
    const at = found >= 0 && found <= span![1] ? found : -1;
    if (at >= 0) cursor = at + label.length;
    return { name, unit, label, at };
  });
}
