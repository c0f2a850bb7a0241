// Page weight from the built files: the HTML, the stylesheets it links and the JavaScript it loads
// without interaction, each gzip-compressed: its module scripts, everything they import statically, and the
// site's own chunks they import by name (a chart's code loads when the chart comes into view, no click
// needed). Pagefind, imported from an address worked out when someone searches, is not counted: it loads on
// interaction.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
  scripts: string[];
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const STATIC_IMPORT = /(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;
/** import("./chunk.js") with the name written out (Vite writes it in backticks); not import(url). */
const NAMED_DYNAMIC_IMPORT = /\bimport\(\s*[`"']([^`"']+)[`"']\s*\)/g;

function resolveAsset(dist: string, from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('/') && !specifier.startsWith('.')) return undefined;
  const url = new URL(specifier, `http://site${from}`);
  const file = join(dist, decodeURIComponent(url.pathname));
  return existsSync(file) ? url.pathname : undefined;
}

/** Every JS file a module loads without interaction: itself, its static imports and named chunks, transitively. */
function loadedModuleGraph(dist: string, entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(join(dist, entry), 'utf8');
  for (const match of [...code.matchAll(STATIC_IMPORT), ...code.matchAll(NAMED_DYNAMIC_IMPORT)]) {
    const target = resolveAsset(dist, entry, match[1]);
    if (target) loadedModuleGraph(dist, target, seen);
  }
  return seen;
}

export function pageWeight(dist: string, htmlPath: string, urlPath: string): PageWeight {
  const html = readFileSync(htmlPath, 'utf8');
  const doc = parse(html);
  const css = doc
    .querySelectorAll('link[rel="stylesheet"]')
    .map((l) => resolveAsset(dist, urlPath, l.getAttribute('href')!))
    .filter((x): x is string => !!x);
  const scripts = new Set<string>();
  let inlineJs = 0;
  for (const script of doc.querySelectorAll('script')) {
    const type = script.getAttribute('type');
    if (type && type !== 'module' && type !== 'text/javascript') continue; // JSON data blocks, JSON-LD
    const src = script.getAttribute('src');
    if (src) {
      const entry = resolveAsset(dist, urlPath, src);
      if (entry) loadedModuleGraph(dist, entry, scripts);
    } else {
      inlineJs += script.textContent.length;
      for (const match of script.textContent.matchAll(STATIC_IMPORT)) {
        const target = resolveAsset(dist, urlPath, match[1]);
        if (target) loadedModuleGraph(dist, target, scripts);
      }
    }
  }
  const jsBytes =
    [...scripts].reduce((sum, file) => sum + gz(readFileSync(join(dist, file))), 0) +
    (inlineJs
      ? gz(
          doc
            .querySelectorAll('script:not([type]), script[type="module"]')
            .filter((s) => !s.getAttribute('src'))
            .map((s) => s.textContent)
            .join('\n'),
        )
      : 0);
  const cssBytes = css.reduce((sum, file) => sum + gz(readFileSync(join(dist, file))), 0);
  const htmlBytes = gz(html);
  return { html: htmlBytes, css: cssBytes, js: jsBytes, total: htmlBytes + cssBytes + jsBytes, scripts: [...scripts] };
}

/** Budgets (gzip bytes), from the quality-gates issue. */
export const BUDGETS = {
  jsWithoutChart: 15 * 1024,
  jsWithChart: 90 * 1024,
  total: 200 * 1024,
  firstSearch: 150 * 1024,
};
