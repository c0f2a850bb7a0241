// The plan's full text as a UTF-8 text file with its provenance, one per content language (the source's and each
// translation's; a generated edition has none of its own): each linked from /plan/ in the languages reading it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { planTextFile } from '../../../data/planText.ts';
import { CONTENT_LANGS, langParam, type ContentLang } from '../../../i18n/locales.ts';

export const getStaticPaths = (() =>
  CONTENT_LANGS.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: ContentLang }> = async ({ props, site }) =>
  new Response(await planTextFile(props.lang, site), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
