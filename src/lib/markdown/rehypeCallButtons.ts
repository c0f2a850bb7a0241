// rehype plugin: a phone number that stands alone in its paragraph of Markdown ("[拨打12330](tel:12330)") is a
// call button, and buttons that follow one another are kept together as a group. A number inside a sentence
// stays a plain tel: link. The old CSS rule (p > a[href^='tel:']:only-child) could not tell the two apart:
// :only-child ignores text, so "打12330咨询" mid-sentence became a large green block that broke the line
// (resident review 12). The group lets print keep "拨打12330" and "拨打12345" on one sheet (print.css).
import type { Element, ElementContent, Root, RootContent } from 'hast';

type Node = Root | RootContent | ElementContent;

const isElement = (node: Node, tag?: string): node is Element =>
  node.type === 'element' && (tag === undefined || node.tagName === tag);

const isBlank = (node: Node): boolean => node.type === 'text' && node.value.trim() === '';

/** The paragraph's only link when the paragraph holds nothing but one tel: link (and white space). */
export function callLinkOf(node: Node): Element | undefined {
  if (!isElement(node, 'p')) return undefined;
  const content = node.children.filter((child) => !isBlank(child));
  const [link] = content;
  if (content.length !== 1 || !link || !isElement(link, 'a')) return undefined;
  return String(link.properties.href ?? '').startsWith('tel:') ? link : undefined;
}

const addClass = (node: Element, name: string): void => {
  const current = node.properties.className;
  const list = current == null ? [] : Array.isArray(current) ? current.map(String) : String(current).split(' ');
  node.properties = { ...node.properties, className: [...list, name] };
};

/** Marks each call button and wraps each run of call-button paragraphs in a div.call-buttons. */
export function groupCallButtons(parent: Root | Element): void {
  const out: (RootContent | ElementContent)[] = [];
  let group: Element | undefined;
  for (const child of parent.children) {
    const link = callLinkOf(child);
    if (link) {
      addClass(link, 'call-button');
      if (!group) {
        group = { type: 'element', tagName: 'div', properties: { className: ['call-buttons'] }, children: [] };
        out.push(group);
      }
      group.children.push(child as Element);
    } else if (group && isBlank(child)) {
      // The line break between two paragraphs; a later button may still join the group.
      group.children.push(child as ElementContent);
    } else {
      group = undefined;
      out.push(child);
      if (isElement(child)) groupCallButtons(child);
    }
  }
  parent.children = out as typeof parent.children;
}

export function rehypeCallButtons() {
  return (tree: Root) => groupCallButtons(tree);
}
