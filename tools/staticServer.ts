// A minimal static file server for a built site, so the browser tests load it over http as a host would.
// It serves `dir` under the URL prefix `base` ("" or "/ip-site"); anything outside the prefix is a 404.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.ics': 'text/calendar',
};

/** A URL path without the site's base ("/ip-site/plan/" → "/plan/"), or undefined when it lies outside the base. */
export function pathInSite(base: string, urlPath: string): string | undefined {
  if (base && urlPath !== base && !urlPath.startsWith(`${base}/`)) return undefined;
  return urlPath.slice(base.length) || '/';
}

async function resolveFile(dir: string, base: string, urlPath: string): Promise<string | undefined> {
  const decoded = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const path = pathInSite(base, decoded);
  if (path === undefined) return undefined;
  const candidates = path.endsWith('/')
    ? [join(dir, path, 'index.html')]
    : [join(dir, path), join(dir, path, 'index.html')];
  for (const file of candidates) {
    if (
      await stat(file).then(
        (s) => s.isFile(),
        () => false,
      )
    )
      return file;
  }
  return undefined;
}

export async function startServer(dir: string, base = ''): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = await resolveFile(dir, base, url.pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      res.end(await readFile(join(dir, '404.html')));
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(await readFile(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server has no port');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}
