// The plan's contents list: its headings (parts, task areas, subsections, safeguards) as a nested tree.
import type { Clause } from './parsePlan.ts';
import type { Lang } from '../../i18n/locales.ts';
import { shorten } from '../typography/shorten.ts';

export interface ContentsItem {
  id: string;
  text: string;
  children: ContentsItem[];
}

/** Nests headings by depth (2 and deeper); the plan's clauses, or a page's headings mapped to this shape. */
export function contentsTree(clauses: Array<Pick<Clause, 'id' | 'text' | 'depth'>>): ContentsItem[] {
  const root: ContentsItem[] = [];
  const stack: Array<{ depth: number; children: ContentsItem[] }> = [{ depth: 1, children: root }];
  for (const clause of clauses.filter((c) => c.depth >= 2)) {
    while (stack.length > 1 && stack.at(-1)!.depth >= clause.depth) stack.pop();
    const item: ContentsItem = { id: clause.id, text: clause.text, children: [] };
    stack.at(-1)!.children.push(item);
    stack.push({ depth: clause.depth, children: item.children });
  }
  return root;
}

/** A heading's own number before its words (3.大力发展…, "3. Vigorously develop…", "IV. Key Tasks"): it is kept
 *  with the words, since on its own ("3") it says nothing about what the heading is. */
const LEADING_NUMBER = /^\s*(?:\d+|[IVXLC]+)\.\s*/;

/** A short label for a clause: its lead sentence, cut to a readable length at a phrase or word. */
export function clauseLabel(text: string, lang: Lang, max = 40): string {
  const number = LEADING_NUMBER.exec(text)?.[0] ?? '';
  const rest = text.slice(number.length);
  const sentence = number + (/^.+?[。.](?=\s|$|[^\d])/.exec(rest)?.[0] ?? rest);
  return shorten(sentence, max, lang);
}
