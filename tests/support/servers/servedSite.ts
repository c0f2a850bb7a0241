// The document root a real server is given in the deploy tests: a copy of a built site (dist/ at the root,
// or dist-base/ under /ip-site/, as an IT team would copy it) plus one WebAssembly file. The build ships its
// WebAssembly inside Pagefind's own files, so without this probe nobody would notice a server that sends
// .wasm with the wrong type, which browsers refuse to compile as a stream.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireDist } from '../dist.ts';

/** The smallest valid WebAssembly module: the magic number and version 1. */
const EMPTY_WASM = Uint8Array.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
export const WASM_PROBE = '/probe.wasm';

export interface ServedSite {
  /** The folder the server's root points at. */
  root: string;
  /** The build's folder in the project (dist or dist-base), to compare answers with. */
  build: string;
  /** The URL prefix of the build: "" at the host's root, "/ip-site" for BASE_PATH=/ip-site/. */
  base: string;
}

export function serveCopy(build: string, base: string, root: string): ServedSite {
  requireDist(build);
  mkdirSync(join(root, base), { recursive: true });
  cpSync(build, join(root, base), { recursive: true });
  writeFileSync(join(root, base, WASM_PROBE), EMPTY_WASM);
  return { root, build, base };
}
