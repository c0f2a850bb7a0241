// The contents list at the top of a long free-standing page, as GOV.UK guides have one: its sections, with
// their subsections nested, so a reader sees what the page covers and jumps to it. Short pages go without.
import { contentsTree, type ContentsItem } from '../plan/contents.ts';

/** From this many sections (## headings) a page is long enough to need a contents list. */
export const CONTENTS_MIN_SECTIONS = 5;

/** A heading as Astro's render() reports it. */
export interface PageHeading {
  depth: number;
  slug: string;
  text: string;
}

/** The page's sections and subsections (## and ###), or nothing for a page with few sections. */
export function pageContents(headings: PageHeading[]): ContentsItem[] {
  if (headings.filter((h) => h.depth === 2).length < CONTENTS_MIN_SECTIONS) return [];
  return contentsTree(
    headings.filter((h) => h.depth === 2 || h.depth === 3).map((h) => ({ id: h.slug, text: h.text, depth: h.depth })),
  );
}
