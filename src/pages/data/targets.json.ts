// /data/targets.json: every target, its figures and sources.
import type { APIRoute } from 'astro';
import { openTargets } from '../../data/openData.ts';
import { BUILD_DAY } from '../../data/buildDate.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify({ generated: BUILD_DAY, targets: await openTargets() }, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
