// /print/<language>.css: what a printed sheet says that a stylesheet must say in words or addresses made at
// build time, linked from every page with media="print":
// - the running foot of every sheet in that language — the site's name, "unofficial site" when it is not an
//   official one, and "page n of m" — so a loose sheet of a long printout still says where it came from
//   (PrintHeader says it on the first sheet only, since it is part of the page); its words come from the
//   dictionaries like every other UI string, so the file is made per language;
// - the address after each link in content to a page of the site, with the site's origin when SITE_URL is set
//   (src/lib/print/linkAddresses.ts), and after a link into the plan, the plan's address in that language.
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Lang } from '../../i18n/locales.ts';
import { runningFoot } from '../../lib/print/runningFoot.ts';
import { linkAddressCss } from '../../lib/print/linkAddresses.ts';
import { SITE_IDENTITY, SITE_URL } from '../../site.config.ts';

export const getStaticPaths: GetStaticPaths = () => LOCALES.map((lang) => ({ params: { lang }, props: { lang } }));

export const GET: APIRoute = ({ props }) => {
  const { lang } = props as { lang: Lang };
  const css = runningFoot(lang, SITE_IDENTITY.official) + linkAddressCss({ origin: SITE_URL });
  return new Response(css, { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
