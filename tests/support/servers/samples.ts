// What the deploy tests ask a real server for, and what a reader's browser needs back: one file of each
// kind the build ships, picked from the build itself, with the type it must be sent as and how long it may
// be cached. The builds are the two npm test makes: dist/ at the root, dist-base/ under /ip-site/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WASM_PROBE } from './servedSite.ts';

export interface Build {
  /** The build's folder. */
  dir: string;
  /** Its URL prefix: "" or "/ip-site". */
  base: string;
  /** Built with SITE_URL: only then are there a sitemap, feeds and security.txt. */
  siteUrl: boolean;
}

const deployment = JSON.parse(readFileSync('tests/fixtures/deployment.json', 'utf8')) as Record<string, string>;

export const BUILDS: Build[] = [
  { dir: 'dist', base: '', siteUrl: false },
  { dir: 'dist-base', base: deployment.BASE_PATH.replace(/\/$/, ''), siteUrl: true },
];

/** Any JavaScript MIME type will do (WHATWG MIME Sniffing: text/javascript is the one to use). */
const TYPES = {
  html: /^text\/html; charset=utf-8$/i,
  css: /^text\/css(; charset=utf-8)?$/i,
  javascript: /^(text|application)\/javascript(; charset=utf-8)?$/i,
  json: /^application\/json(; charset=utf-8)?$/i,
  csv: /^text\/csv; charset=utf-8$/i,
  xml: /^(text|application)\/xml(; charset=utf-8)?$/i,
  svg: /^image\/svg\+xml(; charset=utf-8)?$/i,
  text: /^text\/plain; charset=utf-8$/i,
  wasm: /^application\/wasm$/i,
  binary: /^application\/octet-stream$/i,
};

/** Content-hashed names may be kept a year; anything else is checked with the server before use. */
export type Caching = 'for a year' | 'revalidated';

export interface Sample {
  what: string;
  path: string;
  type: RegExp;
  caching: Caching;
}

const first = (dir: string, pattern: RegExp, where: string) => {
  const name = readdirSync(dir).find((f) => pattern.test(f));
  if (!name) throw new Error(`${dir} has no file like ${pattern}: is the build complete?`);
  return `${where}/${name}`;
};

export function samples(build: Build): Sample[] {
  const at = (path: string) => join(build.dir, path);
  const list: Array<Sample | false> = [
    { what: 'the home page', path: '/', type: TYPES.html, caching: 'revalidated' },
    { what: 'an English page', path: '/en/plan/', type: TYPES.html, caching: 'revalidated' },
    { what: 'a stylesheet', path: first(at('_astro'), /\.css$/, '/_astro'), type: TYPES.css, caching: 'for a year' },
    { what: 'a script', path: first(at('_astro'), /\.js$/, '/_astro'), type: TYPES.javascript, caching: 'for a year' },
    { what: "Pagefind's script", path: '/pagefind/pagefind.js', type: TYPES.javascript, caching: 'revalidated' },
    { what: "Pagefind's entry file", path: '/pagefind/pagefind-entry.json', type: TYPES.json, caching: 'revalidated' },
    {
      what: "Pagefind's WebAssembly",
      path: first(at('pagefind'), /^wasm\..+\.pagefind$/, '/pagefind'),
      type: TYPES.binary,
      caching: 'revalidated',
    },
    {
      what: "Pagefind's metadata",
      path: first(at('pagefind'), /\.pf_meta$/, '/pagefind'),
      type: TYPES.binary,
      caching: 'for a year',
    },
    {
      what: 'a Pagefind index chunk',
      path: first(at('pagefind/index'), /\.pf_index$/, '/pagefind/index'),
      type: TYPES.binary,
      caching: 'for a year',
    },
    {
      what: 'a Pagefind fragment',
      path: first(at('pagefind/fragment'), /\.pf_fragment$/, '/pagefind/fragment'),
      type: TYPES.binary,
      caching: 'for a year',
    },
    { what: 'the open data as JSON', path: '/data/targets.json', type: TYPES.json, caching: 'revalidated' },
    { what: 'the open data as CSV', path: '/data/targets.csv', type: TYPES.csv, caching: 'revalidated' },
    { what: 'the icon', path: '/favicon.svg', type: TYPES.svg, caching: 'revalidated' },
    { what: 'robots.txt', path: '/robots.txt', type: TYPES.text, caching: 'revalidated' },
    { what: 'the browser editor', path: '/admin/', type: TYPES.html, caching: 'revalidated' },
    {
      what: "the browser editor's script",
      path: '/admin/sveltia-cms.js',
      type: TYPES.javascript,
      caching: 'revalidated',
    },
    { what: 'WebAssembly', path: WASM_PROBE, type: TYPES.wasm, caching: 'revalidated' },
    build.siteUrl && { what: 'the sitemap', path: '/sitemap-index.xml', type: TYPES.xml, caching: 'revalidated' },
    build.siteUrl && { what: 'the RSS feed', path: '/progress/rss.xml', type: TYPES.xml, caching: 'revalidated' },
    build.siteUrl && {
      what: 'security.txt',
      path: '/.well-known/security.txt',
      type: TYPES.text,
      caching: 'revalidated',
    },
  ];
  return list.filter((s): s is Sample => s !== false).map((s) => ({ ...s, path: build.base + s.path }));
}

export const HTML = TYPES.html;

/** Paths nobody has built, in each language, and one among the hashed assets. */
export const MISSING = ['/no-such-page/', '/en/no-such-page/', '/_astro/no-such-file.js'];

/** Whether a Cache-Control value keeps to `caching`. */
export function cachedAs(cacheControl: string | undefined, caching: Caching): boolean {
  const value = cacheControl ?? '';
  const maxAge = Number(/max-age=(\d+)/.exec(value)?.[1] ?? 0);
  return caching === 'for a year'
    ? maxAge >= 31_536_000 && /\bimmutable\b/.test(value)
    : /\bno-cache\b/.test(value) || (maxAge === 0 && /\bmust-revalidate\b/.test(value));
}
