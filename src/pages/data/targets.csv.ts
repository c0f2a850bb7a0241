// /data/targets.csv: the same records as targets.json, one row per figure, UTF-8 with BOM for Excel.
import type { APIRoute } from 'astro';
import { openTargets } from '../../data/openData.ts';
import { toCsv } from '../../lib/targets/openData.ts';

export const GET: APIRoute = async () =>
  new Response(toCsv(await openTargets()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
