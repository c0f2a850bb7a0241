// Reads one plan content file (Markdown with `{#id}` markers) into its clauses: the plan's structure as data.
// Used by the pages (contents, units matrix, timeline), by the content check and by the tests.
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes, Root, RootContent } from 'mdast';
import { clauseKind, splitMarker, type ClauseKind } from './clauseIds.ts';

export interface Clause {
  id: string;
  kind: ClauseKind;
  /** The block's text without its marker, exactly as written. */
  text: string;
  /** Heading depth (2 = part) or 0 for a paragraph. */
  depth: number;
  /** 1-based line of the block in the file, for error messages. */
  line: number;
}

export interface ParsedPlanFile {
  clauses: Clause[];
  /** Paragraphs with no marker (the notice) and markers that are not clause IDs. */
  unmarked: Array<{ text: string; line: number }>;
  badIds: Array<{ id: string; line: number }>;
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

/** The clauses of a plan file's Markdown body (front matter already removed) or of its parsed tree. */
export function parsePlanMarkdown(markdown: string | Root): ParsedPlanFile {
  const result: ParsedPlanFile = { clauses: [], unmarked: [], badIds: [] };
  const tree = typeof markdown === 'string' ? fromMarkdown(markdown) : markdown;
  tree.children.forEach((block: RootContent) => {
    if (block.type !== 'heading' && block.type !== 'paragraph') return;
    const line = block.position?.start.line ?? 0;
    const { text, id } = splitMarker(plainText(block));
    if (!id) return void result.unmarked.push({ text, line });
    const kind = clauseKind(id);
    if (!kind) return void result.badIds.push({ id, line });
    result.clauses.push({ id, kind, text, depth: block.type === 'heading' ? block.depth : 0, line });
  });
  return result;
}
