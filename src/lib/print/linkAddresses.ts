// On paper a link cannot be followed, so a printout shows where it leads. An external link prints its own
// address (src/styles/print.css). A link in content to another page of the site (marked data-print-address
// by src/lib/markdown/rehypeLinkAddresses.ts) prints the page's full address when the site's public address
// (SITE_URL) is known, and its path on the site otherwise. A link into the plan already prints the clause's
// name (.print-ref): after it comes the plan's address alone, since the name says where in the plan to look.
// The rules go into the per-language print stylesheet (src/pages/print/[lang].css.ts), a file the page links:
// no inline style, no script.
import { cssString } from './cssString.ts';

export interface LinkAddressOptions {
  /** The site's public origin (https://ip.example.gov.cn), or undefined when the build has no SITE_URL. */
  origin: string | undefined;
  /** The plan's page in the stylesheet's language, under the base path ("/en/plan/", "/ip-site/plan/"). */
  planPath: string;
}

/** The print rules that write a link's address after it; links' own paths already include any base path. */
export function linkAddressCss({ origin = '', planPath }: LinkAddressOptions): string {
  const before = `" (" ${origin ? `${cssString(origin)} ` : ''}`;
  return `/* A link in content to a page of the site: its address. */
main a[data-print-address]::after,
main a:has(> .print-ref)::after { content: ${before}attr(href) ")"; }
/* A link into this language's plan, after the clause's name: the plan's address. */
main a[href^=${cssString(`${planPath}#`)}]:has(> .print-ref)::after { content: ${before}${cssString(planPath)} ")"; }
`;
}
