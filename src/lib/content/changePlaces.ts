// Where on a page a commit changed its wording: the section, named by the Markdown heading each changed line
// falls under. git shows whole sections around each change (`git log -p --function-context`), and the
// repository's .gitattributes gives Markdown files git's markdown driver, so a section shown starts at its
// heading, and a change near the top shows the file from its first line: front matter, then the page's
// opening text. Without the driver (a copy without .gitattributes) a hunk may start mid-section: its lines
// are then placed nowhere, and the change is told as before, without section names.
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';
import { splitMarker } from '../plan/clauseIds.ts';

/** A part of a page a reader can find: a section by its heading, the page's title or its opening text (before
 *  the first heading); `elsewhere` is wording with no such place (a front-matter field other than the title). */
export type TextPlace = { heading: string } | { part: 'title' | 'introduction' | 'elsewhere' };

/** One hunk of a diff: where it starts in the old and the new file, and its lines with their marks (' ', '+', '-'). */
export interface Hunk {
  oldStart: number;
  newStart: number;
  lines: string[];
}

/** Where a changed line stands. `unknown`: the hunk does not show where its section starts. */
export type LinePlace = { in: 'frontMatter' } | { in: 'body'; place: TextPlace } | { in: 'unknown' };

export interface ChangedLine {
  mark: '+' | '-';
  text: string;
  at: LinePlace;
}

const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const FENCE = /^ {0,3}(?:```|~~~)/;

/** A Markdown heading line (ATX: # to ######), as git's markdown driver finds them. */
export const isHeading = (line: string) => HEADING.test(line);

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

/** A heading line as a reader sees it: no #, emphasis, link syntax, escapes or `{#anchor}`. */
export function headingText(line: string): string {
  const tree = fromMarkdown(line.trim());
  const text = tree.children[0] ? plainText(tree.children[0]) : '';
  return splitMarker(text).text.replace(/\s+/g, ' ').trim();
}

/** One side (old or new file) of a hunk, read line by line. */
class Side {
  private at: 'top' | 'frontMatter' | 'body' | 'unknown';
  private place: TextPlace = { part: 'introduction' };
  private fenced = false;
  constructor(
    start: number,
    private readonly sectioned: boolean,
  ) {
    this.at = start <= 1 ? 'top' : 'unknown';
  }
  /** Where this line stands, reading it. */
  read(text: string): LinePlace {
    if (this.at === 'top') {
      this.at = text.trim() === '---' ? 'frontMatter' : 'body';
      if (this.at === 'frontMatter') return { in: 'frontMatter' };
    } else if (this.at === 'frontMatter') {
      if (text.trim() === '---') this.at = 'body';
      return { in: 'frontMatter' };
    }
    if (FENCE.test(text)) this.fenced = !this.fenced;
    else if (!this.fenced && HEADING.test(text)) {
      const heading = headingText(text);
      this.at = 'body';
      // A heading of nothing but its anchor names no section: its lines stay where they were.
      if (heading) this.place = { heading };
    }
    if (this.at !== 'body') return { in: 'unknown' };
    return this.sectioned ? { in: 'body', place: this.place } : { in: 'body', place: { part: 'elsewhere' } };
  }
}

/**
 * The changed lines of each hunk in blocks (the lines between two unchanged ones), each line with its place.
 * Only Markdown has sections: in any other file (JSON, a word list) every line's place is unknown, as it is in
 * Markdown without a heading (`sectioned` false), whose body is the page's text, not its opening.
 */
export function changeBlocks(hunks: Hunk[], markdown = true, sectioned = true): ChangedLine[][] {
  const blocks: ChangedLine[][] = [];
  for (const hunk of hunks) {
    const before = new Side(markdown ? hunk.oldStart : Infinity, sectioned);
    const after = new Side(markdown ? hunk.newStart : Infinity, sectioned);
    let block: ChangedLine[] = [];
    for (const line of hunk.lines) {
      const mark = line[0];
      const text = line.slice(1);
      if (mark === '+' || mark === '-') {
        block.push({ mark, text, at: (mark === '+' ? after : before).read(text) });
        continue;
      }
      if (mark !== ' ') continue; // "\ No newline at end of file"
      before.read(text);
      after.read(text);
      if (block.length) blocks.push(block);
      block = [];
    }
    if (block.length) blocks.push(block);
  }
  return blocks;
}

const placeKey = (place: TextPlace) => ('heading' in place ? `#${place.heading}` : place.part);

/** Places in the order first met, each once. */
export function uniquePlaces(places: Iterable<TextPlace>): TextPlace[] {
  const seen = new Map<string, TextPlace>();
  for (const place of places) if (!seen.has(placeKey(place))) seen.set(placeKey(place), place);
  return [...seen.values()];
}
