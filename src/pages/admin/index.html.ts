// /admin/ (dist/admin/index.html): the browser editor's page (src/lib/admin/editorPage.ts says why it is
// not an Astro page). The dev server answers it at /admin/index.html only.
import type { APIRoute } from 'astro';
import { editorPage } from '../../lib/admin/editorPage.ts';

export const GET: APIRoute = () =>
  new Response(editorPage(), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
