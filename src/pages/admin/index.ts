// /admin/: the browser editor's page (src/lib/admin/editorPage.ts says why it is not an Astro page). An
// endpoint without an extension: the build writes it as admin/index.html, and the dev server answers /admin/.
import type { APIRoute } from 'astro';
import { editorPage } from '../../lib/admin/editorPage.ts';

export const GET: APIRoute = () =>
  new Response(editorPage(), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
