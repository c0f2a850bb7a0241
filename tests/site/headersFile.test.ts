// dist/_headers, read with the rules Netlify and Cloudflare Pages document (tests/support/headersFile.ts):
// every kind of file the build ships gets every security header, hashed files are kept for a year, and the
// rest is left to the hosts' default, which has browsers revalidate.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conflictsFor, headersFor, LIMITS, parseHeadersFile } from '../support/headersFile.ts';
import { BUILDS, cachedAs, samples } from '../support/servers/samples.ts';

const FILE = 'dist/_headers';
const rules = parseHeadersFile(readFileSync(FILE, 'utf8'), FILE);
const security = JSON.parse(readFileSync('deploy/security-headers.json', 'utf8')) as Record<string, string>;
// The file is for a site at the host's root (docs/deploying.md): dist/, not the BASE_PATH build.
const files = samples(BUILDS.find((b) => b.base === '')!);
/** Pagefind's metadata lies beside its entry files; telling them apart needs a splat inside a file name. */
const keptLong = files.filter((f) => f.caching === 'for a year' && !f.path.endsWith('.pf_meta'));

describe(`${FILE} on Netlify and Cloudflare Pages`, () => {
  it('is within Cloudflare’s limits', () => {
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.length).toBeLessThanOrEqual(LIMITS.rules);
  });

  it.each(files)('gives $what ($path) every security header', ({ path }) => {
    const headers = headersFor(rules, path);
    for (const [name, value] of Object.entries(security)) expect(headers[name.toLowerCase()], name).toBe(value);
  });

  it.each(files)('sets no header of $what twice (the two hosts would combine them differently)', ({ path }) => {
    expect(conflictsFor(rules, path)).toEqual([]);
  });

  it.each(keptLong)('lets browsers keep $what ($path) for a year', ({ path }) => {
    expect(cachedAs(headersFor(rules, path)['cache-control'], 'for a year')).toBe(true);
  });

  it.each(files.filter((f) => !keptLong.includes(f)))(
    'leaves $what ($path) to the host’s default caching, which revalidates',
    ({ path }) => {
      expect(headersFor(rules, path)['cache-control']).toBeUndefined();
    },
  );
});
