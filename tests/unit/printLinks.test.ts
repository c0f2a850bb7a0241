// What a printout writes after a link, where it cannot be followed: a link in content to a page of the site
// is marked as printing its address (the rehype plugins), and the print stylesheet writes that address — the
// site's origin before the path when SITE_URL is set, the path alone otherwise; a link into the plan prints
// the plan's address after its clause's name.
import { describe, expect, it } from 'vitest';
import type { Element, ElementContent, Root } from 'hast';
import { VFile } from 'vfile';
import { rehypeTypography } from '../../src/lib/markdown/rehypeTypography.ts';
import { rehypeLinkAddresses } from '../../src/lib/markdown/rehypeLinkAddresses.ts';
import { linkAddressCss } from '../../src/lib/print/linkAddresses.ts';

const link = (href: string, ...children: ElementContent[]): Element => ({
  type: 'element',
  tagName: 'a',
  properties: { href },
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });
/** The clause's name after a link into the plan, as remarkPlanLinks writes it. */
const clauseName = (value: string): Element => ({
  type: 'element',
  tagName: 'span',
  properties: { className: ['visually-hidden', 'print-ref'] },
  children: [text(value)],
});

/** A link in an English content file, through the rehype plugins in the site's order: printed its address? */
function marked(a: Element): boolean {
  const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [a] }] };
  rehypeTypography()(tree, new VFile({ path: '/project/content/overseas/en.mdx' }));
  rehypeLinkAddresses()(tree);
  return a.properties.dataPrintAddress === '';
}

describe('links in content on paper', () => {
  it('marks a link to another page of the site as printing its address', () => {
    expect(marked(link('/en/services/rights-assistance/', text('rights protection assistance')))).toBe(true);
  });

  it('leaves links within the page, to other sites and to the plan unmarked', () => {
    expect(marked(link('#chooser-heading', text('Which route suits me?')))).toBe(false);
    expect(marked(link('https://patentscope.wipo.int/', text('PATENTSCOPE')))).toBe(false);
    expect(marked(link('//example.org/x/', text('elsewhere')))).toBe(false);
    expect(marked(link('/en/plan/#task-1-1-2', text('the clause'), clauseName(': IV (1) 1, paragraph 2')))).toBe(false);
  });

  it('leaves unmarked a link whose words are already its address', () => {
    expect(marked(link('/en/data/', text('/en/data/')))).toBe(false);
  });
});

describe('the print rules for those links', () => {
  it("writes the site's address before a marked link's own path when SITE_URL is set", () => {
    const css = linkAddressCss({ origin: 'https://ip.example.gov.cn' });
    expect(css).toMatch(
      /main a\[data-print-address\]::after[^{]*\{ content: " \(" "https:\/\/ip\.example\.gov\.cn" attr\(href\) "\)"; \}/,
    );
  });

  it('writes the path on the site when there is no SITE_URL', () => {
    const css = linkAddressCss({ origin: undefined });
    expect(css).toContain('content: " (" attr(href) ")"');
    expect(css).not.toContain('http');
  });

  it("writes a link into the plan's whole address after the clause's name, its anchor included", () => {
    const css = linkAddressCss({ origin: 'https://ip.example.gov.cn' });
    expect(css).toContain(
      'main a:has(> .print-ref)::after { content: " (" "https://ip.example.gov.cn" attr(href) ")"; }',
    );
    expect(css).not.toMatch(/plan\/"/);
  });
});
