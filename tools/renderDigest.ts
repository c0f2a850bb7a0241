// Astro keeps each content file's rendered HTML in its data store (node_modules/.astro/data-store.json) and
// renders a file again only when the file, the content config or the Astro config changes. Our remark and
// rehype plugins write words into that HTML (the clause tools' labels from the dictionaries, figures kept
// with their units), so a change to a plugin or to anything it imports would otherwise leave the old HTML in
// place until someone deleted the store by hand. This digest of the plugins' source files, and of every
// local module they import, goes into the Astro config (as a plugin option): a change to any of them changes
// the config, and Astro clears its store and renders every file anew.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const LOCAL_IMPORT = /\bfrom\s+'(\.{1,2}\/[^']+)'/g;

/** Every local module `entry` imports, itself included, with their contents, in a stable order. */
function localModules(entry: string, found = new Map<string, string>()): Map<string, string> {
  if (found.has(entry)) return found;
  const source = readFileSync(entry, 'utf8');
  found.set(entry, source);
  for (const [, specifier] of source.matchAll(LOCAL_IMPORT)) localModules(resolve(dirname(entry), specifier), found);
  return found;
}

/** The files of `folder` and every local module they import, as paths relative to `root` with their sources. */
export function renderSources(root: string, folder: string): [path: string, source: string][] {
  const modules = new Map<string, string>();
  for (const file of readdirSync(resolve(root, folder)).filter((name) => name.endsWith('.ts')))
    localModules(resolve(root, folder, file), modules);
  return [...modules]
    .map(([path, source]): [string, string] => [relative(root, path), source])
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

/** A short digest of renderSources (relative paths, so any checkout of the same sources agrees). */
export function renderDigest(root: string, folder: string): string {
  const hash = createHash('sha256');
  for (const [path, source] of renderSources(root, folder)) hash.update(`${path}\0${source}\0`);
  return hash.digest('hex').slice(0, 16);
}

/** The digest of this folder: every Markdown plugin the config uses lives in src/lib/markdown/. */
export const markdownRenderDigest = (root: string): string => renderDigest(root, 'src/lib/markdown');
