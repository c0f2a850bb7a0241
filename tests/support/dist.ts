// Reads the built site in dist/: its pages as parsed HTML, and the language-neutral path of each page.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = join(process.cwd(), 'dist');

export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm test` does it for you).');
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Every built HTML page as its URL path ("/plan/", "/en/plan/", "/404.html"). */
export function pageUrls(): string[] {
  requireDist();
  return walk(DIST)
    .filter((file) => file.endsWith('.html'))
    .map((file) => '/' + relative(DIST, file).split(sep).join('/'))
    .map((url) => url.replace(/index\.html$/, ''))
    .filter((url) => !url.startsWith('/pagefind/'))
    .sort();
}

export function fileForUrl(url: string): string {
  const path = decodeURIComponent(url.split(/[?#]/)[0]);
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
