// What a printout writes after an internal link: its full address when the site's address is known.
import { describe, expect, it } from 'vitest';
import { internalLinkPrintCss } from '../../src/lib/print/linkAddresses.ts';

describe('internal link addresses on paper', () => {
  it("writes the site's address before the link's own path, for print only", () => {
    const css = internalLinkPrintCss('https://ip.example.gov.cn');
    expect(css).toMatch(/^@media print\{/);
    expect(css).toContain('content:" (" "https://ip.example.gov.cn" attr(href) ")"');
  });

  it('leaves out the cross-references the print stylesheet leaves out for external links', () => {
    const css = internalLinkPrintCss('https://ip.example.gov.cn');
    for (const inside of ['.clause a', '.clause-services a', '.page-history a']) expect(css).toContain(inside);
  });
});
