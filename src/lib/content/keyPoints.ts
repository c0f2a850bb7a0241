// A guide's key points: what its "print the key points" choice puts on one sheet for a reader to hand on (an older
// reader's full printout of /infringement/ ran to four or five sheets, the last two citations and addresses). In
// the rendered Markdown of the guide, the blocks at the top level that hold them are marked data-key-point:
// - the boxes of its opening (the lead and notices before its first section, src/lib/content/pageOpening.ts):
//   an in-short list, the first 72 hours; where it opens with no box, its opening, which says what to do first;
// - each line of call buttons (a paragraph, or a group of them, holding only tel: links) and the paragraph right
//   after them, which says what the numbers are and where that comes from.
// The page marks its title; the print header (address, unofficial-site line) and the QR code print with any part.

export const KEY_POINT_ATTRIBUTE = 'data-key-point';

const VOID = /^(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/;

interface Block {
  tag: string;
  /** Where its start tag's name ends, where the attribute goes. */
  nameEnd: number;
  html: string;
}

/** The elements at the top level of rendered HTML, in order (text between them is left aside). */
function topLevelBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  let depth = 0;
  let open: { tag: string; start: number; nameEnd: number } | undefined;
  for (const match of html.matchAll(/<(\/?)([a-z][a-z0-9-]*)\b[^>]*?(\/?)>/gi)) {
    const [whole, closing, name, selfClosing] = match;
    const tag = name.toLowerCase();
    const start = match.index;
    if (closing) {
      depth -= 1;
      if (depth === 0 && open) {
        blocks.push({ tag: open.tag, nameEnd: open.nameEnd, html: html.slice(open.start, start + whole.length) });
        open = undefined;
      }
    } else if (selfClosing || VOID.test(tag)) {
      if (depth === 0) blocks.push({ tag, nameEnd: start + 1 + name.length, html: whole });
    } else {
      if (depth === 0) open = { tag, start, nameEnd: start + 1 + name.length };
      depth += 1;
    }
  }
  return blocks;
}

/** A line of call buttons: tel: links and nothing else (rehypeCallButtons may group several in a div). */
function isCallLine(block: Block): boolean {
  if (!/href="tel:/.test(block.html)) return false;
  const outsideLinks = block.html.replace(/<a\b[^>]*>[\s\S]*?<\/a>/gi, '').replace(/<[^>]+>/g, '');
  return outsideLinks.trim() === '';
}

/** The guide's rendered HTML with its key points marked (KEY_POINT_ATTRIBUTE on each block that holds one). */
export function markKeyPoints(html: string): string {
  const blocks = topLevelBlocks(html);
  const firstSection = blocks.findIndex((block) => block.tag === 'h2');
  const opening = firstSection < 0 ? blocks : blocks.slice(0, firstSection);
  // A box sums up what the lead says (or says what to do at once): the lead repeated beside it would not fit.
  const boxes = opening.filter((block) => block.tag === 'aside');
  const marked = new Set(boxes.length > 0 ? boxes : opening);
  blocks.forEach((block, i) => {
    if (!isCallLine(block)) return;
    marked.add(block);
    const next = blocks[i + 1];
    if (next?.tag === 'p' && !isCallLine(next)) marked.add(next);
  });
  // From the end, so each insertion leaves the positions before it as they were.
  return [...marked]
    .sort((a, b) => b.nameEnd - a.nameEnd)
    .reduce((out, block) => `${out.slice(0, block.nameEnd)} ${KEY_POINT_ATTRIBUTE}${out.slice(block.nameEnd)}`, html);
}
