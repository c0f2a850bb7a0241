// /admin/sveltia-cms.js: Sveltia CMS's browser build, read from vendor/ (src/lib/admin/vendored.ts) at build
// time with its requests to other hosts rewritten to this site (src/lib/admin/selfHost.ts), so the editor
// loads nothing from a CDN.
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { selfHosted } from '../../lib/admin/selfHost.ts';
import {
  EDITOR_BUILD,
  EDITOR_PACKAGE,
  SOURCE_FILE,
  vendoredPath,
  type VendoredSource,
} from '../../lib/admin/vendored.ts';

export const GET: APIRoute = () => {
  const { version } = JSON.parse(readFileSync(vendoredPath(EDITOR_PACKAGE, SOURCE_FILE), 'utf8')) as VendoredSource;
  const script = selfHosted(readFileSync(vendoredPath(EDITOR_PACKAGE, EDITOR_BUILD), 'utf8'), version)
    // The source map is not kept: nothing should ask for it.
    .replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
  return new Response(script, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
