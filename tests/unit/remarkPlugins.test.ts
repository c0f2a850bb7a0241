// The Markdown plugins on small trees: {#id} markers become ids anywhere; in the plan, clauses get their
// kind, their link, unit links and related services from the options alone (no files are read).
import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { remarkAnchors } from '../../src/lib/markdown/remarkAnchors.ts';
import { remarkClauses, type ClauseOptions } from '../../src/lib/markdown/remarkClauses.ts';

/** The text a reader sees in a node. */
const toString = (node: unknown): string => {
  const n = node as { value?: string; children?: unknown[] };
  return n.value ?? (n.children ?? []).map(toString).join('');
};
const file = (path: string) =>
  ({
    path,
    fail: (message: string) => {
      throw new Error(message);
    },
  }) as unknown as VFile;
const run = (markdown: string, path: string, options: ClauseOptions): Root => {
  const tree = fromMarkdown(markdown);
  remarkAnchors()(tree);
  remarkClauses(options)(tree, file(path));
  return tree;
};
const props = (node: unknown) => (node as { data?: { hProperties?: Record<string, unknown> } }).data?.hProperties ?? {};
const options: ClauseOptions = {
  units: [{ id: 'ipo', zh: '市知识产权局', en: 'Municipal IP Office' }],
  unitsByMeasure: { 'task-1-1-1': ['市知识产权局'] },
  servicesByClause: { 'task-1-1-1': [{ slug: 'centre', name: { zh: '保护中心', en: 'Protection Centre' } }] },
};

describe('remarkAnchors', () => {
  it('turns a trailing {#id} into the block id and removes the marker, outside the plan too', () => {
    const tree = run('## 第一步 {#step-1}\n\n正文。\n', '/site/content/overseas/zh.mdx', options);
    expect(props(tree.children[0]).id).toBe('step-1');
    expect(toString(tree.children[0])).toBe('第一步');
    expect(props(tree.children[0]).className).toBeUndefined();
  });
});

describe('remarkClauses', () => {
  it("links a measure's units and names its related services, from the options", () => {
    const tree = run(
      '加强保护。(责任单位:市知识产权局) {#task-1-1-1}\n',
      '/site/content/plan/zh/41-task-1.md',
      options,
    );
    expect(props(tree.children[0])).toMatchObject({ id: 'task-1-1-1', className: ['clause', 'clause--measure'] });
    expect(JSON.stringify(tree.children[0])).toContain('/plan/units/#unit-ipo');
    expect(toString(tree.children[1])).toBe('相关服务: 保护中心');
  });
  it('stops the build, naming the clause, when a measure names a unit the glossary lacks', () => {
    expect(() =>
      run('加强保护。(责任单位:市知识产权局) {#task-1-1-1}\n', '/site/content/plan/zh/41-task-1.md', {
        ...options,
        units: [],
      }),
    ).toThrow(/task-1-1-1.*units\.json/);
  });
  it('rejects a marker that is not a clause ID in a plan file', () => {
    expect(() => run('正文。 {#not-a-clause}\n', '/site/content/plan/zh/10-part-1.md', options)).toThrow(
      /not-a-clause/,
    );
  });
});
