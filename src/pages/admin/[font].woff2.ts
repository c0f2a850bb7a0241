// /admin/material-symbols-outlined-latin-wght-normal.woff2: the editor's icon font, copied from the
// @fontsource-variable/material-symbols-outlined package (see src/lib/admin/selfHost.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ICON_FONT } from '../../lib/admin/selfHost.ts';

const FILES = join(process.cwd(), 'node_modules', '@fontsource-variable', 'material-symbols-outlined', 'files');

export const getStaticPaths: GetStaticPaths = () => [{ params: { font: ICON_FONT.replace(/\.woff2$/, '') } }];

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(FILES, `${params.font!}.woff2`)), { headers: { 'Content-Type': 'font/woff2' } });
