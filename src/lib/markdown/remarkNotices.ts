// remark plugin: a quote block that opens with GitHub's alert marker `> [!IMPORTANT]` becomes a notice box,
// <aside class="notice">, labelled by its first heading. It is the Markdown way to write what content once
// wrote as raw HTML (which the content check now refuses): editors type Markdown, readers get the same box.
import type { Blockquote, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { anchorOf } from './remarkAnchors.ts';

export const NOTICE_MARKER = '[!IMPORTANT]';

export function remarkNotices() {
  return (tree: Root) => {
    visit(tree, 'blockquote', (quote: Blockquote) => {
      const first = quote.children[0];
      const text = first?.type === 'paragraph' && first.children[0]?.type === 'text' ? first.children[0] : undefined;
      if (!text || !text.value.startsWith(NOTICE_MARKER)) return;
      text.value = text.value.slice(NOTICE_MARKER.length).replace(/^\s+/, '');
      if (text.value === '' && first.type === 'paragraph' && first.children.length === 1) quote.children.shift();
      const heading = quote.children.find((block) => block.type === 'heading');
      const id = heading && anchorOf(heading);
      quote.data = {
        ...quote.data,
        hName: 'aside',
        hProperties: { className: ['notice'], ...(id && { ariaLabelledBy: id }) },
      } as typeof quote.data;
    });
  };
}
