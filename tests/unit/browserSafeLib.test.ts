// src/lib holds pure logic that a browser could run: bundled for the browser, nothing in it reaches for Node
// (a node: module, process.env, Buffer). Node-only work (files, git, hashing) lives in src/data, scripts/ and tools/.
import { globSync } from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const NODE_ONLY = /\bprocess\.env\b|\bBuffer\.from\b|["']node:[a-z_/]+["']/g;

describe('src/lib', () => {
  it('bundles for the browser with no Node-only reference in the result', async () => {
    const files = globSync('src/lib/**/*.ts');
    expect(files.length).toBeGreaterThan(0);
    const result = await build({
      entryPoints: files,
      bundle: true,
      platform: 'browser',
      format: 'esm',
      splitting: true,
      outdir: 'lib-bundle', // not written: write is false
      write: false,
      logLevel: 'silent',
    });
    const nodeOnly = result.outputFiles.flatMap((file) =>
      [...file.text.matchAll(NODE_ONLY)].map((m) => `${file.path.split('/').pop()}: ${m[0]}`),
    );
    expect(nodeOnly).toEqual([]);
  });
});
