// The import rules of docs/architecture.md, read from the source: components render what they are given and
// import nothing from src/data (values or types); browser behaviour lives in src/client, so a component's or
// page's <script> only imports a client module and calls it.
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const COMPONENTS = globSync('src/components/**/*.{astro,ts}');
const WITH_SCRIPTS = globSync('src/{components,layouts,pages}/**/*.astro');

/** Every module specifier a file imports (static, type-only, side-effect and dynamic imports). */
function importsOf(source: string): string[] {
  const specifiers = [
    ...source.matchAll(/\bimport\s+(?:type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/g),
    ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...source.matchAll(/\bexport\s+(?:type\s+)?[^'"]*?\sfrom\s+['"]([^'"]+)['"]/g),
  ];
  return specifiers.map((m) => m[1]);
}

/** The bodies of the <script> tags Astro bundles (not is:inline, not data islands). */
function bundledScripts(source: string): string[] {
  return [...source.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs = '']) => !/is:inline|type=|set:html/.test(attrs))
    .map(([, , body]) => body);
}

// An import of a client module, or one call of an imported function (arguments may be a lazy import).
const PLUMBING = [/^import\s+(?:\{[^}]*\}\s+from\s+)?['"][./]*\/client\/[\w/]+\.ts['"];$/, /^\w+\(.*\);$/];

describe('import rules', () => {
  it('finds the components to check', () => {
    expect(COMPONENTS.length).toBeGreaterThan(0);
  });

  it.each(COMPONENTS)('%s imports nothing from src/data', (file) => {
    const fromData = importsOf(readFileSync(file, 'utf8')).filter((s) => /(^|\/)data\//.test(s));
    expect(fromData).toEqual([]);
  });

  it('notices an import from src/data, a type-only one included', () => {
    expect(importsOf("import type { TargetView } from '../data/targets.ts';")).toEqual(['../data/targets.ts']);
    expect(importsOf("import {\n  a,\n  b,\n} from '../../data/x.ts';")).toEqual(['../../data/x.ts']);
  });

  it.each(WITH_SCRIPTS)('%s keeps no logic in a <script>: it imports a src/client module and calls it', (file) => {
    const logic = bundledScripts(readFileSync(file, 'utf8'))
      .flatMap((body) => body.split(/\n/).map((line) => line.trim()))
      .filter((line) => line && !PLUMBING.some((re) => re.test(line)));
    expect(logic).toEqual([]);
  });
});
