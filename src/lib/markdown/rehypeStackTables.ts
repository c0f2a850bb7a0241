// rehype plugin: every Markdown and MDX table reflows to stacked rows on a phone and in large-text mode, as the
// kit's data tables do (the data-stack rule in styles/global.css): each cell is given its column's name
// (data-label), so at 390 px with 200% text a reader sees "Period: 12 months" instead of scrolling sideways
// through "Paris Conv…" and "12 m…" (issue 27). A table without a header row is left as it is.
import type { Element, ElementContent, Root, RootContent } from 'hast';

type Node = Root | RootContent | ElementContent;

const isElement = (node: Node, tag?: string): node is Element =>
  node.type === 'element' && (tag === undefined || node.tagName === tag);

/** The text of a node, as a reader sees it (its words, without markup). */
function textOf(node: Node): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

const childElements = (node: Element, tag: string): Element[] =>
  node.children.filter((child): child is Element => isElement(child, tag));

/** Labels each body cell with its column's heading and marks the table to stack; true when it did. */
export function stackTable(table: Element): boolean {
  const head = childElements(table, 'thead')[0];
  const headings = head ? childElements(childElements(head, 'tr')[0] ?? head, 'th').map((th) => textOf(th).trim()) : [];
  if (headings.length === 0) return false;
  table.properties = { ...table.properties, dataStack: '' };
  for (const body of childElements(table, 'tbody'))
    for (const row of childElements(body, 'tr'))
      row.children
        .filter((cell): cell is Element => isElement(cell, 'td') || isElement(cell, 'th'))
        .forEach((cell, i) => {
          const label = headings[i];
          // A row's heading cell names the row itself; it needs no label of its own.
          if (label && cell.tagName === 'td') cell.properties = { ...cell.properties, dataLabel: label };
        });
  return true;
}

function visit(node: Node): void {
  if (isElement(node, 'table')) stackTable(node);
  if ('children' in node) for (const child of node.children) visit(child);
}

export function rehypeStackTables() {
  return (tree: Root) => visit(tree);
}
