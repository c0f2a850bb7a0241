// /admin/locales/zh-CN.json …: the editor's interface in Chinese, copied from the @sveltia/cms package
// (which would otherwise fetch it from a CDN; see src/lib/admin/selfHost.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UI_LOCALES } from '../../../lib/admin/selfHost.ts';

const FOLDER = join(process.cwd(), 'node_modules', '@sveltia', 'cms', 'locales');

export const getStaticPaths: GetStaticPaths = () => UI_LOCALES.map((locale) => ({ params: { locale } }));

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(FOLDER, `${params.locale}.json`)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
