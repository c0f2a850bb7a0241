// What a printout writes after a link, where it cannot be followed: a link in content to a page of the site
// is marked as printing its address (Markdown pipeline), and the print stylesheet writes that address — the
// site's origin before the path when SITE_URL is set, the path alone otherwise; a link into the plan prints
// the plan's address after its clause's name.
import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'hast';
import { VFile } from 'vfile';
import { remarkPlanLinks } from '../../src/lib/markdown/remarkPlanLinks.ts';
import { rehypeTypography } from '../../src/lib/markdown/rehypeTypography.ts';
import { rehypeLinkAddresses } from '../../src/lib/markdown/rehypeLinkAddresses.ts';
import { linkAddressCss } from '../../src/lib/print/linkAddresses.ts';

/** Markdown from an English content file, through the plugins that shape its links, as HTML. */
function render(markdown: string): string {
  const file = new VFile({ path: '/project/content/overseas/en.mdx' });
  const mdast = fromMarkdown(markdown);
  remarkPlanLinks()(mdast, file);
  const hast = toHast(mdast) as Root;
  rehypeTypography()(hast, file);
  rehypeLinkAddresses()(hast);
  return toHtml(hast);
}

describe('links in content on paper', () => {
  it('marks a link to another page of the site as printing its address', () => {
    expect(render('Ask [rights protection assistance](/en/services/rights-assistance/).')).toContain(
      '<a href="/en/services/rights-assistance/" data-print-address="">',
    );
  });

  it('leaves links within the page, to other sites and to the plan unmarked', () => {
    for (const markdown of [
      'The [filing planner](#planner-heading).',
      'WIPO [PATENTSCOPE](https://patentscope.wipo.int/).',
      'See [the clause](/en/plan/#task-1-1-2).',
    ])
      expect(render(markdown), markdown).not.toContain('data-print-address');
  });

  it('leaves unmarked a link whose words are already its address', () => {
    expect(render('[/en/data/](/en/data/)')).not.toContain('data-print-address');
  });
});

describe('the print rules for those links', () => {
  const planPath = '/ip-site/en/plan/';

  it("writes the site's address before a marked link's own path when SITE_URL is set", () => {
    const css = linkAddressCss({ origin: 'https://ip.example.gov.cn', planPath });
    expect(css).toMatch(
      /main a\[data-print-address\]::after[^{]*\{ content: " \(" "https:\/\/ip\.example\.gov\.cn" attr\(href\) "\)"; \}/,
    );
  });

  it('writes the path on the site when there is no SITE_URL', () => {
    const css = linkAddressCss({ origin: undefined, planPath });
    expect(css).toContain('content: " (" attr(href) ")"');
    expect(css).not.toContain('http');
  });

  it("writes the plan's address, not the clause's anchor, after a link into the plan in this language", () => {
    const css = linkAddressCss({ origin: 'https://ip.example.gov.cn', planPath });
    expect(css).toContain(
      'main a[href^="/ip-site/en/plan/#"]:has(> .print-ref)::after { content: " (" "https://ip.example.gov.cn" "/ip-site/en/plan/" ")"; }',
    );
  });
});
