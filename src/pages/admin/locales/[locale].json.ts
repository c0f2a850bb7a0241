// /admin/locales/zh-CN.json …: the editor's interface in Chinese, read from vendor/ (src/lib/admin/vendored.ts;
// Sveltia CMS would otherwise fetch it from a CDN: see src/lib/admin/selfHost.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { UI_LOCALES } from '../../../lib/admin/selfHost.ts';
import { EDITOR_PACKAGE, editorLocale, vendoredPath } from '../../../lib/admin/vendored.ts';

export const getStaticPaths: GetStaticPaths = () => UI_LOCALES.map((locale) => ({ params: { locale } }));

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(vendoredPath(EDITOR_PACKAGE, editorLocale(params.locale!))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
