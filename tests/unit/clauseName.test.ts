// Links to clauses are named so that no two clauses sound alike in a screen reader's list of links or read
// alike on paper: the plan's own number, and a paragraph the plan leaves unnumbered by its place under it.
import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { VFile } from 'vfile';
import { clauseName } from '../../src/lib/plan/clauseName.ts';
import { planClauseOf, remarkPlanLinks } from '../../src/lib/markdown/remarkPlanLinks.ts';
import { LOCALES, SOURCE_LANG, TRANSLATION_LANGS, localePath } from '../../src/i18n/locales.ts';

const IDS = [
  'title',
  'preamble',
  'part-1',
  'part-1-1',
  'principle-1',
  'principle-2',
  'goal-overall',
  'goal-creation',
  'task-1',
  'task-1-1',
  'task-1-1-1',
  'task-1-1-2',
  'task-1-2-1',
  'phase-1',
  'phase-2',
  'safeguard-1',
  'safeguard-1-1',
];

describe('clauseName', () => {
  it.each(LOCALES)('names every clause differently in %s, without its text as well as with it', (lang) => {
    const names = IDS.map((id) => clauseName(id, lang));
    expect(new Set(names).size).toBe(IDS.length);
    expect(names.join(' ')).not.toMatch(/task-|goal-|phase-/);
  });

  it('names a measure by its subsection and its place in it', () => {
    expect(clauseName('task-1-1-2', SOURCE_LANG)).toBe('四(一)1第2段');
    expect(clauseName('task-1-1-2', TRANSLATION_LANGS[0])).toBe('IV (1) 1, paragraph 2');
  });
});

describe('remarkPlanLinks', () => {
  const run = (markdown: string, path: string) => {
    const tree = fromMarkdown(markdown);
    remarkPlanLinks()(tree, { path } as VFile);
    return JSON.stringify(tree);
  };

  it('finds the clause a link into the plan points to, in any language, and nothing else', () => {
    expect(planClauseOf(`${localePath(TRANSLATION_LANGS[0], '/plan/')}#task-2-3-1`)).toBe('task-2-3-1');
    expect(planClauseOf('/plan/#task-2-3-1')).toBe('task-2-3-1');
    expect(planClauseOf('/plan/compare/#task-2-3-1')).toBeUndefined();
    expect(planClauseOf('/plan/#not-a-clause')).toBeUndefined();
    expect(planClauseOf('https://example.org/plan/#task-2-3-1')).toBeUndefined();
  });

  it('follows a short link into the plan with the clause name, hidden on screen and printed', () => {
    const tree = run(`See [the clause](/plan/#task-2-3-1).`, `content/pages/${TRANSLATION_LANGS[0]}/x.md`);
    expect(tree).toContain(': IV (2) 3, paragraph 1');
    expect(tree).toContain('print-ref');
    expect(run(`[原文](/plan/#goal-creation)`, `content/pages/${SOURCE_LANG}/x.md`)).toContain('三“知识产权创造”');
    expect(run(`[服务](/services/)`, `content/pages/${SOURCE_LANG}/x.md`)).not.toContain('print-ref');
  });
});
