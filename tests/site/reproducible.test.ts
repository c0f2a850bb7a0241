// Two builds of one commit with one SOURCE_DATE_EPOCH are byte-identical, Pagefind's index included:
// npm test (tests/builds.ts) builds dist/ and dist-repro/ the same way.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)],
  );
const fingerprint = (dir: string) =>
  new Map(
    walk(dir).map((file) => [relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')]),
  );

describe('reproducible builds', () => {
  it('builds dist/ and dist-repro/ byte for byte the same from one commit and one SOURCE_DATE_EPOCH', () => {
    expect(existsSync('dist-repro'), 'dist-repro/ is missing: npm test builds it').toBe(true);
    const first = fingerprint('dist');
    const second = fingerprint('dist-repro');
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
  });
});
