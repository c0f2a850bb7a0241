// On paper a link cannot be followed, so a printout shows where it leads. An external link prints its own
// address (src/styles/print.css). A link in content to another page of the site (marked data-print-address
// by src/lib/markdown/rehypeLinkAddresses.ts) prints the page's full address when the site's public address
// (SITE_URL) is known, and its path on the site otherwise. A link into the plan prints the clause's name
// (.print-ref) and then its whole address, the clause's anchor included, so the address typed from paper opens
// at the clause (the plan's address alone left a journalist searching a 17-page text).
// The rules go into the per-language print stylesheet (src/pages/print/[lang].css.ts), a file the page links:
// no inline style, no script.
import { cssString } from './cssString.ts';

export interface LinkAddressOptions {
  /** The site's public origin (https://ip.example.gov.cn), or undefined when the build has no SITE_URL. */
  origin: string | undefined;
}

/** The print rules that write a link's address after it; links' own paths already include any base path. */
export function linkAddressCss({ origin = '' }: LinkAddressOptions): string {
  const before = `" (" ${origin ? `${cssString(origin)} ` : ''}`;
  return `/* A link in content to a page of the site: its address. */
main a[data-print-address]::after,
main a:has(> .print-ref)::after { content: ${before}attr(href) ")"; }
`;
}
