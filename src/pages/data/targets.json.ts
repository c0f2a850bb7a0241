// /data/targets.json: every target, its figures and sources.
import type { APIRoute } from 'astro';
import { openTargets } from '../../data/openData.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify({ generated: new Date().toISOString().slice(0, 10), targets: await openTargets() }, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
