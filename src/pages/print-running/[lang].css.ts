// /print-running/<language>.css: the running foot of every printed sheet in that language — the site's name,
// "unofficial site" when it is not an official one, and "page n of m" — so a loose sheet of a long printout
// still says where it came from (PrintHeader says it on the first sheet only, since it is part of the page).
// CSS puts it in the page's margin (@page margin boxes); its words come from the dictionaries like every
// other UI string, so the stylesheet is made per language at build time and linked with media="print".
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Lang } from '../../i18n/locales.ts';
import { runningFoot } from '../../lib/print/runningFoot.ts';
import { SITE_IDENTITY } from '../../site.config.ts';

export const getStaticPaths: GetStaticPaths = () => LOCALES.map((lang) => ({ params: { lang }, props: { lang } }));

export const GET: APIRoute = ({ props }) =>
  new Response(runningFoot((props as { lang: Lang }).lang, SITE_IDENTITY.official), {
    headers: { 'content-type': 'text/css; charset=utf-8' },
  });
