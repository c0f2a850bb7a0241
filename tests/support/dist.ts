// Reads the built site: its pages as parsed HTML, and the URL path of each page. The site is dist/ at the
// host's root unless SITE_DIST and SITE_BASE say otherwise (the vitest project for a BASE_PATH build); the
// browser tests of dist-base/ name it explicitly (pageUrls(dir, base)).
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { EDITOR_PATH } from '../../src/lib/admin/editorPage.ts';

export const DIST = join(process.cwd(), process.env.SITE_DIST ?? 'dist');
/** The URL prefix the site was built for ("" at the root, "/ip-site" for BASE_PATH=/ip-site/). */
export const BASE = (process.env.SITE_BASE ?? '/').replace(/\/+$/, '');

/** A URL path without the site's base ("/ip-site/plan/" → "/plan/"), or undefined when it lies outside the base. */
export function pathInSite(base: string, urlPath: string): string | undefined {
  if (base && urlPath !== base && !urlPath.startsWith(`${base}/`)) return undefined;
  return urlPath.slice(base.length) || '/';
}

export function requireDist(dir: string = DIST): void {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(
      `${dir} is missing: run \`npm run test:builds\` (or \`npm run build\` for dist/ alone); \`npm test\` does it for you.`,
    );
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Every built HTML page as its URL path ("/plan/", "/en/plan/", "/404.html"), under the base. The browser
 *  editor (/admin/) is a tool for editors, not a page of the site: tests/site/admin.test.ts checks it. */
export function pageUrls(dir: string = DIST, base: string = BASE): string[] {
  requireDist(dir);
  return walk(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => '/' + relative(dir, file).split(sep).join('/'))
    .map((url) => url.replace(/index\.html$/, ''))
    .filter((url) => !url.startsWith('/pagefind/') && !url.startsWith(EDITOR_PATH))
    .map((url) => base + url)
    .sort();
}

/** The file a URL path serves; a path outside BASE maps to no file, so a link that forgot the base fails. */
export function fileForUrl(url: string): string {
  const requested = decodeURIComponent(url.split(/[?#]/)[0]);
  const path = pathInSite(BASE, requested) ?? `/outside-base${requested}`;
  return join(DIST, path.endsWith('/') ? `${path}index.html` : path);
}

const cache = new Map<string, HTMLElement>();
export function page(url: string): HTMLElement {
  if (!cache.has(url)) cache.set(url, parse(readFileSync(fileForUrl(url), 'utf8')));
  return cache.get(url)!;
}

/** The visible text of an element with whitespace removed, for verbatim comparisons. */
export function compactText(el: HTMLElement): string {
  return el.textContent.replace(/\s+/g, '');
}
