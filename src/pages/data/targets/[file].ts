// /data/targets/<id>.json and <id>.csv: one target's record, for the download links on its page.
import type { APIRoute, GetStaticPaths } from 'astro';
import { openTargets } from '../../../data/openData.ts';
import { toCsv, type OpenTarget } from '../../../lib/targets/openData.ts';

export const getStaticPaths = (async () =>
  (await openTargets()).flatMap((target) => [
    { params: { file: `${target.id}.json` }, props: { target } },
    { params: { file: `${target.id}.csv` }, props: { target } },
  ])) satisfies GetStaticPaths;

export const GET: APIRoute<{ target: OpenTarget }> = ({ params, props }) =>
  params.file?.endsWith('.csv')
    ? new Response(toCsv([props.target]), { headers: { 'content-type': 'text/csv; charset=utf-8' } })
    : new Response(JSON.stringify(props.target, null, 2), {
        headers: { 'content-type': 'application/json; charset=utf-8' },
      });
