// The Markdown plugins' digest must change when a plugin or anything it imports changes (or Astro serves
// the old rendered HTML from its store), and only then (or every build would render everything again).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDigest, renderSources } from '../../tools/renderDigest.ts';

const made: string[] = [];
afterAll(() => made.forEach((root) => rmSync(root, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'render-digest-'));
  made.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const files = {
  'plugins/remarkThing.ts': "import { label } from '../words/labels.ts';\nexport const thing = label;\n",
  'words/labels.ts': "import { more } from './more.ts';\nexport const label = '复制链接' + more;\n",
  'words/more.ts': "export const more = '';\n",
  'words/unrelated.ts': "export const other = 'x';\n",
};

describe('the Markdown plugins’ render digest', () => {
  it('is the same for the same sources in another checkout', () => {
    expect(renderDigest(project(files), 'plugins')).toBe(renderDigest(project(files), 'plugins'));
  });
  it('changes when a module a plugin imports, even indirectly, changes', () => {
    const before = renderDigest(project(files), 'plugins');
    expect(renderDigest(project({ ...files, 'words/more.ts': "export const more = '!';\n" }), 'plugins')).not.toBe(
      before,
    );
  });
  it('stays when a module no plugin imports changes', () => {
    const before = renderDigest(project(files), 'plugins');
    expect(renderDigest(project({ ...files, 'words/unrelated.ts': "export const other = 'y';\n" }), 'plugins')).toBe(
      before,
    );
  });
  it('covers the dictionaries the site’s clause tools take their labels from', () => {
    const root = join(import.meta.dirname, '../..');
    const sources = renderSources(root, 'src/lib/markdown').map(([path]) => path);
    expect(sources).toEqual(
      expect.arrayContaining(['src/lib/markdown/remarkClauses.ts', 'src/i18n/zh.ts', 'src/i18n/en.ts']),
    );
  });
});
