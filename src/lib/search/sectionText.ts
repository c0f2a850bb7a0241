// The text of one section of a guide page (the explainer, the overseas guide) as Pagefind indexed it: from the
// section's heading up to the next heading. A section's snippet is widened to whole phrases within this text
// only: widened within the whole page, it reached back over the heading into the section before, whose last
// words are often its "原文：四（一）" link, so a result on 四（二） read "…四（一） 加大知识产权保护力度".
import type { Anchor } from './clauseHits.ts';

/** Pagefind's word split: zero-width spaces between the words of a segmented (Chinese) page, else white space. */
const ZERO_WIDTH_SPACE = '\u200B';
const WORD_SEPARATORS = /[^\S\uFEFF]+/g;

/** Pagefind starts a sub-result at a heading with text (or an anchor given a title), as its own sub-results do. */
function sectionStarts(anchors: Anchor[]): number[] {
  return anchors
    .filter((a) => /^h\d$/i.test(a.element) && /\S/.test(a.text ?? ''))
    .map((a) => a.location)
    .sort((a, b) => a - b);
}

/**
 * The words of `rawContent` (Pagefind's `raw_content`, `<` and `>` escaped) from the word `from` (a section's
 * heading) to the next section's heading, joined as Pagefind joins them; undefined when `from` is no word.
 */
export function sectionText(rawContent: string, anchors: Anchor[], from: number): string | undefined {
  const segmented = rawContent.includes(ZERO_WIDTH_SPACE);
  const words = segmented ? rawContent.split(ZERO_WIDTH_SPACE) : rawContent.split(WORD_SEPARATORS);
  if (!(from >= 0 && from < words.length)) return undefined;
  const to = sectionStarts(anchors).find((start) => start > from) ?? words.length;
  return words
    .slice(from, to)
    .join(segmented ? '' : ' ')
    .trim()
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}
