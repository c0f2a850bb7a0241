// A buildable copy of the project (sources, content, config; node_modules linked, not copied), for builds
// that must not touch the working tree: the bench's tenfold content and the tests' editor's copy.
import { cpSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Everything `astro build` and `pagefind` read, besides node_modules. */
const BUILD_INPUTS = [
  'src',
  'content',
  'public',
  'seeds',
  'vendor',
  'scripts',
  'tools/renderDigest.ts', // the config imports it (the Markdown plugins' digest)
  'astro.config.mjs',
  'pagefind.yml',
  'package.json',
  'tsconfig.json',
];

export function copyProject(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  for (const entry of BUILD_INPUTS) cpSync(join(from, entry), join(to, entry), { recursive: true });
  symlinkSync(join(from, 'node_modules'), join(to, 'node_modules'));
}
