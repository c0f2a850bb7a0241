// /changelog/atom.xml in each language: the change log as an Atom feed (src/data/changelogFeed.ts).
import type { APIContext } from 'astro';
import { changelogFeed } from '../../../data/changelogFeed.ts';
import { langStaticPaths, type Lang } from '../../../i18n/locales.ts';

export const getStaticPaths = langStaticPaths;

export async function GET(context: APIContext) {
  return new Response(await changelogFeed(context.props.lang as Lang), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
