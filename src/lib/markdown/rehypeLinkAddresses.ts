// rehype plugin: a link in content to another page of the site ("[rights protection assistance](/en/services/…)")
// is marked data-print-address, so that on paper, where it cannot be followed, it prints the page's address
// after it (the per-language print stylesheet, src/lib/print/linkAddresses.ts, writes the rule). Marked in
// content only: navigation, headers and footers print no addresses. Left unmarked: a link within the page
// (#…), one whose words are already its address (data-shows-address, set by rehypeTypography, which runs
// first) and a link into the plan, which prints its clause's name and the plan's address instead (.print-ref,
// remarkPlanLinks). It reads only the link itself, so Astro's cached render stays true.
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** A root-relative address of this site ("/en/services/x/", "/ip-site/plan/"), not "//host/…" or "#…". */
const isSitePath = (href: unknown): href is string =>
  typeof href === 'string' && href.startsWith('/') && !href.startsWith('//');

const namesItsClause = (node: Element) =>
  node.children.some(
    (child) =>
      child.type === 'element' &&
      Array.isArray(child.properties.className) &&
      child.properties.className.includes('print-ref'),
  );

/** Whether a link prints its address on paper: a page of the site, neither showing its address nor a clause. */
export function printsItsAddress(node: Element): boolean {
  return (
    node.tagName === 'a' &&
    isSitePath(node.properties.href) &&
    node.properties.dataShowsAddress === undefined &&
    !namesItsClause(node)
  );
}

export function rehypeLinkAddresses() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (printsItsAddress(node)) node.properties.dataPrintAddress = '';
    });
  };
}
