// The site's routes as content defines them, so Markdown links can be checked without a build.
// Routes written in src/pages are listed here; tests/site/links.test.ts proves the built site agrees.
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export const STATIC_ROUTES = [
  '/', '/plan/', '/plan/units/', '/plan/timeline/', '/plan/explained/', '/plan/compare/', '/plan/summary/', '/targets/', '/progress/', '/services/',
  '/overseas/', '/search/', '/changelog/', '/editors/translations/',
];
export const FILE_ROUTES = ['/plan/changzhou-ip-strong-city-plan-2022-2025.txt', '/data/targets.json', '/data/targets.csv', '/progress/rss.xml', '/en/progress/rss.xml', '/sitemap-index.xml', '/robots.txt'];

const names = (dir: string, ext: RegExp) => (existsSync(dir) ? readdirSync(dir).filter((f) => ext.test(f)).map((f) => f.replace(ext, '')) : []);

export function knownRoutes(contentRoot: string): Set<string> {
  const neutral = [
    ...STATIC_ROUTES,
    ...names(join(contentRoot, 'targets'), /\.json$/).map((id) => `/targets/${id}/`),
    ...names(join(contentRoot, 'services', 'zh'), /\.md$/).map((slug) => `/services/${slug}/`),
    ...names(join(contentRoot, 'progress', 'zh'), /\.md$/).map((slug) => `/progress/${slug}/`),
    ...names(join(contentRoot, 'pages', 'zh'), /\.mdx?$/).map((slug) => `/${slug}/`),
  ];
  const targetFiles = names(join(contentRoot, 'targets'), /\.json$/).flatMap((id) => [`/data/targets/${id}.json`, `/data/targets/${id}.csv`]);
  return new Set([...neutral, ...neutral.map((r) => `/en${r}`), ...FILE_ROUTES, ...targetFiles]);
}

/** Internal link targets in a Markdown text: [text](/path/#anchor). */
export function markdownLinks(markdown: string): Array<{ href: string; line: number }> {
  const links: Array<{ href: string; line: number }> = [];
  markdown.split('\n').forEach((text, i) => {
    for (const match of text.matchAll(/\]\((\/[^)\s]*)\)/g)) links.push({ href: match[1], line: i + 1 });
  });
  return links;
}
