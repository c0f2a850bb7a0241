// /admin/config.yml: the browser editor's configuration, generated from the content registry and schemas.
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { cmsConfig } from '../../lib/admin/cmsConfig.ts';
import { KIND_LABELS } from '../../lib/admin/labels.ts';
import { REPOSITORY_BRANCH, REPOSITORY_URL } from '../../site.config.ts';

// The project's name, which the editor shows when it asks for the local copy's folder.
const { name } = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string };

export const GET: APIRoute = () => {
  const config = cmsConfig({
    labels: KIND_LABELS,
    repositoryUrl: REPOSITORY_URL,
    branch: REPOSITORY_BRANCH,
    localName: name,
  });
  const header = '# Generated at build time from src/lib/content/registry.ts and src/lib/schemas/ (src/lib/admin/).\n';
  return new Response(header + stringify(config, { lineWidth: 0 }), {
    headers: { 'Content-Type': 'application/yaml; charset=utf-8' },
  });
};
