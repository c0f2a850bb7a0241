// /admin/material-symbols-outlined-latin-wght-normal.woff2: the editor's icon font, read from vendor/
// (src/lib/admin/vendored.ts; see src/lib/admin/selfHost.ts for why it is served from the site).
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { ICON_FONT } from '../../lib/admin/selfHost.ts';
import { ICON_FONT_FILE, ICON_FONT_PACKAGE, vendoredPath } from '../../lib/admin/vendored.ts';

export const getStaticPaths: GetStaticPaths = () => [{ params: { font: ICON_FONT.replace(/\.woff2$/, '') } }];

export const GET: APIRoute = () =>
  new Response(readFileSync(vendoredPath(ICON_FONT_PACKAGE, ICON_FONT_FILE)), {
    headers: { 'Content-Type': 'font/woff2' },
  });
