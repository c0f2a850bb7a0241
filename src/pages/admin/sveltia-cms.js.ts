// /admin/sveltia-cms.js: Sveltia CMS's browser build, copied from the installed npm package at build time
// with its requests to other hosts rewritten to this site (src/lib/admin/selfHost.ts), so the editor loads
// nothing from a CDN.
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selfHosted } from '../../lib/admin/selfHost.ts';

// The package exports no path to its browser build, hence the read from its folder.
const PACKAGE = join(process.cwd(), 'node_modules', '@sveltia', 'cms');

export const GET: APIRoute = () => {
  const { version } = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')) as { version: string };
  const script = selfHosted(readFileSync(join(PACKAGE, 'dist', 'sveltia-cms.js'), 'utf8'), version)
    // The source map is not copied: nothing should ask for it.
    .replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
  return new Response(script, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
