// Where a long page's contents list goes in its rendered HTML: after the page's opening (the lead paragraph and
// any notice that comes before the first section), not before it. A guide that opens with what to do in the
// first 72 hours must show that first; the list of sections can wait (issue 27: on a phone the contents list
// pushed the urgent box off the first screens). Works on the rendered Markdown: blocks at the top level, with
// notices as <aside> (src/lib/markdown/remarkNotices.ts) whose own headings are part of the opening.

/** Elements whose headings belong to them, not to the page's sections. */
const CONTAINERS = /^(aside|blockquote|div|section|details|figure|table|ul|ol|nav)$/;

/** The rendered HTML split before its first top-level section heading (<h2>); all of it is the opening when
 *  there is none. */
export function splitOpening(html: string): { opening: string; rest: string } {
  let depth = 0;
  for (const match of html.matchAll(/<(\/?)([a-z][a-z0-9]*)\b[^>]*>/gi)) {
    const [, closing, name] = match;
    const tag = name.toLowerCase();
    if (CONTAINERS.test(tag)) depth += closing ? -1 : 1;
    else if (tag === 'h2' && !closing && depth === 0)
      return { opening: html.slice(0, match.index), rest: html.slice(match.index) };
  }
  return { opening: html, rest: '' };
}
