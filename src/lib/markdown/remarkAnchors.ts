// remark plugin: a `{#id}` marker at the end of a heading or paragraph becomes that block's id, so any
// Markdown file can give a block a stable link (e.g. /overseas/#pct). The marker itself is removed;
// the rest of the text is left exactly as written. Plan-specific meaning is added by remarkClauses.
import type { Root } from 'mdast';
import { splitMarker } from '../plan/clauseIds.ts';

export function remarkAnchors() {
  return (tree: Root) => {
    // Top-level blocks, and those inside a quote block (a notice box's heading, remarkNotices.ts).
    const quoted = tree.children.flatMap((block) => (block.type === 'blockquote' ? block.children : []));
    for (const block of [...tree.children, ...quoted]) {
      if (block.type !== 'heading' && block.type !== 'paragraph') continue;
      const last = block.children.at(-1);
      if (last?.type !== 'text') continue;
      const { text, id } = splitMarker(last.value);
      if (!id) continue;
      last.value = text;
      const data = (block.data ?? {}) as { hProperties?: Record<string, unknown> };
      block.data = { ...data, hProperties: { ...data.hProperties, id } } as typeof block.data;
    }
  };
}

/** The id remarkAnchors gave a block, if any. */
export function anchorOf(block: { data?: unknown }): string | undefined {
  const id = (block.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
  return typeof id === 'string' ? id : undefined;
}
