// Lighthouse (mobile, its default form factor and simulated throttling) against the built site served
// locally with gzip, as deploy/nginx.conf serves it, in the same Chromium the tests use: the four category
// scores and the cumulative layout shift of each page, the median of a few runs (Lighthouse's own advice,
// since a shared machine's load moves single scores). Used by `npm run bench`.
//
// Lighthouse is fetched from the npm registry when the bench runs (`npm exec`), not installed by every `npm ci`:
// only the bench needs it, and it brings a hundred packages. 12.2.3 is pinned because later versions want a newer
// Node or refuse the lock. A Lighthouse that cannot be fetched or run fails the bench with npm's own words.
import { execFile } from 'node:child_process';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../../tools/browser.ts';
import { CONTENT_LANGS, localePath } from '../../src/i18n/locales.ts';

export const LIGHTHOUSE_PACKAGE = 'lighthouse@12.2.3';

export interface LighthouseScores {
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Cumulative layout shift as Lighthouse measured it while loading the page. */
  cls: number;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** The parts of Lighthouse's JSON report (its `lhr`) that the bench reads. */
interface LighthouseReport {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number } | undefined>;
  runtimeError?: { code: string; message: string };
}

const run = promisify(execFile);

/** Runs the Lighthouse CLI through `npm exec`, which fetches the pinned version into npm's cache the first time. */
function lighthouseCli(args: string[]) {
  return run('npm', ['exec', '--yes', `--package=${LIGHTHOUSE_PACKAGE}`, '--', 'lighthouse', ...args], {
    maxBuffer: 256 * 1024 * 1024,
  });
}

/** Fetches Lighthouse once before any page is audited, so a registry that cannot be reached is said as such. */
async function fetchLighthouse(): Promise<void> {
  try {
    await lighthouseCli(['--version']);
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(
      `Lighthouse could not be fetched from the npm registry (npm exec --package=${LIGHTHOUSE_PACKAGE}): ` +
        `${stderr || (error as Error).message}\nThe bench needs the registry once; npm keeps it in its cache after that.`,
    );
  }
}

/** One Lighthouse run of `url` in the Chromium listening on `port`, as the JSON report. */
async function audit(url: string, port: number): Promise<LighthouseReport> {
  const { stdout } = await lighthouseCli([
    url,
    `--port=${port}`,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
  ]).catch((error: { stderr?: string; message: string }) => {
    throw new Error(`Lighthouse failed on ${url}: ${error.stderr?.trim() || error.message}`);
  });
  return JSON.parse(stdout) as LighthouseReport;
}

/** A free TCP port for Chromium's DevTools endpoint, which Lighthouse connects to. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** Serves a built site on `port` like the production host: gzip for text, index.html for folders, 404.html otherwise. */
async function serveDist(dist: string, port: number): Promise<Server> {
  const server = createHttpServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
    const found = await stat(file).then(
      (s) => s.isFile(),
      () => false,
    );
    if (!found) file = join(dist, '404.html');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const body = await readFile(file);
    const gzip = /text|json|svg|javascript/.test(type);
    res.writeHead(found ? 200 : 404, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    res.end(gzip ? gzipSync(body) : body);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return server;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Lighthouse on each path of the site as deployed, `runs` times a page, one run after another. `buildFor` builds
 * the site for the address it will be served at and returns its folder: a deployment sets SITE_URL, and without
 * it the canonical and hreflang links cannot be absolute (Lighthouse's SEO audit rightly fails relative ones).
 */
export async function lighthouseScores(
  buildFor: (origin: string) => string,
  paths: string[],
  runs = 3,
): Promise<LighthouseScores[]> {
  await fetchLighthouse();
  const port = await freePort();
  // The site is built for the address it is then served at: a deployed build names its own address.
  const sitePort = await freePort();
  const origin = `http://127.0.0.1:${sitePort}`;
  const server = await serveDist(buildFor(origin), sitePort);
  const browser = await launchBrowser([`--remote-debugging-port=${port}`]);
  const results: LighthouseScores[] = [];
  try {
    for (const path of paths) {
      const each: LighthouseScores[] = [];
      for (let i = 0; i < runs; i++) {
        const { categories, audits, runtimeError } = await audit(origin + path, port);
        if (runtimeError)
          throw new Error(`Lighthouse could not audit ${path}: ${runtimeError.code} ${runtimeError.message}`);
        const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
        each.push({
          path,
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
        });
      }
      const pick = (key: Exclude<keyof LighthouseScores, 'path'>) => median(each.map((r) => r[key]));
      results.push({
        path,
        performance: pick('performance'),
        accessibility: pick('accessibility'),
        bestPractices: pick('bestPractices'),
        seo: pick('seo'),
        cls: Math.max(...each.map((r) => r.cls)),
      });
    }
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}

/** One page of each kind the issue names, in both languages. */
export const LIGHTHOUSE_PAGES = [
  '/',
  '/plan/',
  '/targets/',
  '/services/',
  '/overseas/',
  // The filing planner's form and its script, on a page of its own.
  '/overseas/planner/',
  '/progress/',
  // Pages that draw a chart (the progress page draws the courts' caseloads).
  '/plan/units/',
  '/plan/timeline/',
  '/targets/high-value-invention-patents/',
].flatMap((p) => CONTENT_LANGS.map((lang) => localePath(lang, p, '')));

/** A table of the scores, flagging any page below 100 or with any layout shift. */
export function formatLighthouse(results: LighthouseScores[]): string {
  const head =
    'Lighthouse (mobile, median of runs; CLS the worst run)\nPage                                     Perf  A11y  BP    SEO   CLS';
  const rows = results.map((r) => {
    const ok = [r.performance, r.accessibility, r.bestPractices, r.seo].every((s) => s === 100) && r.cls === 0;
    const cells = [r.performance, r.accessibility, r.bestPractices, r.seo].map((s) => String(s).padEnd(6)).join('');
    return `${r.path.padEnd(41)}${cells}${r.cls.toFixed(3).padEnd(7)}${ok ? 'ok' : 'BELOW'}`;
  });
  return [head, ...rows].join('\n');
}
