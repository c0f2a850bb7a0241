// The plan's full Chinese text as a UTF-8 text file with its provenance, linked from /plan/ in both languages.
import type { APIRoute } from 'astro';
import { planTextFile } from '../../data/planText.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(await planTextFile(site), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
