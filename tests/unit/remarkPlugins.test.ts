// The Markdown plugins on small trees: {#id} markers become ids anywhere; in the plan, clauses get their kind
// and their links from the file alone. The joins to other files are made on the rendered HTML when the page
// is made (enrichClauses): unit links and related services.
import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { remarkAnchors } from '../../src/lib/markdown/remarkAnchors.ts';
import { remarkClauses } from '../../src/lib/markdown/remarkClauses.ts';
import { remarkNotices } from '../../src/lib/markdown/remarkNotices.ts';
import { enrichClauses, type ClauseJoins } from '../../src/lib/plan/enrichClauses.ts';
import { useTranslations } from '../../src/i18n/t.ts';

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
const run = (markdown: string, path: string): Root => {
  const tree = fromMarkdown(markdown);
  remarkAnchors()(tree);
  remarkClauses()(tree, file(path));
  return tree;
};
/** A node and everything inside it, in document order. */
const allIn = (node: unknown): unknown[] => [
  node,
  ...((node as { children?: unknown[] }).children ?? []).flatMap(allIn),
];
const props = (node: unknown) => (node as { data?: { hProperties?: Record<string, unknown> } }).data?.hProperties ?? {};
const joins: ClauseJoins = {
  units: [{ id: 'ipo', zh: '市知识产权局', en: 'Municipal IP Office' }],
  unitsByMeasure: { 'task-1-1-1': ['市知识产权局'] },
  servicesByClause: { 'task-1-1-1': [{ slug: 'centre', name: { zh: '保护中心', en: 'Protection Centre' } }] },
};

describe('remarkAnchors', () => {
  it('turns a trailing {#id} into the block id and removes the marker, outside the plan too', () => {
    const tree = run('## 第一步 {#step-1}\n\n正文。\n', '/site/content/overseas/zh.mdx');
    expect(props(tree.children[0]).id).toBe('step-1');
    expect(toString(tree.children[0])).toBe('第一步');
    expect(props(tree.children[0]).className).toBeUndefined();
  });
});

describe('remarkClauses', () => {
  it('marks a clause with its kind and its own links, from the file alone', () => {
    const tree = run('加强保护。(责任单位:市知识产权局) {#task-1-1-1}\n', '/site/content/plan/zh/41-task-1.md');
    expect(props(tree.children[0])).toMatchObject({ id: 'task-1-1-1', className: ['clause', 'clause--measure'] });
    expect(JSON.stringify(tree.children[0])).toContain('/plan/compare/#task-1-1-1');
    expect(JSON.stringify(tree.children[0])).not.toContain('/plan/units/');
  });
  it('gives a clause a copy-link control, a plain link without scripts, and a cite button, named for the clause', () => {
    const t = useTranslations('en');
    const tree = run('Strengthen protection. {#task-1-1-1}\n', '/site/content/plan/en/41-task-1.md');
    const clause = tree.children[0] as { children: unknown[] };
    // In a row of their own after the words (ClauseTools.astro sets it under them), not in the text's last line.
    const row = clause.children.at(-1) as { children: unknown[] };
    expect(props(row).className?.toString()).toBe('clause-tools');
    const link = row.children.find((n) => props(n).className?.toString() === 'clause-link');
    const cite = allIn(clause).find((n) => props(n).className?.toString() === 'clause-cite');
    expect((link as { url: string }).url).toBe('#task-1-1-1');
    // A measure shares its subsection's number: its place under it tells its links from its neighbours'.
    expect(toString(link)).toBe(`${t('plan.copyLink')}${t('plan.clauseLink')} IV (1) 1, paragraph 1`);
    expect(props(cite)).toMatchObject({ type: 'button', dataCite: 'task-1-1-1', dataNeedsJs: '' });
    expect(toString(cite)).toBe(`${t('plan.cite')} IV (1) 1, paragraph 1`);
  });
  it('folds cite and side by side under "More", a button that names the clause and the tools it opens', () => {
    const t = useTranslations('en');
    const tree = run('Strengthen protection. {#task-1-1-1}\n', '/site/content/plan/en/41-task-1.md');
    const row = (tree.children[0] as { children: unknown[] }).children.at(-1) as { children: unknown[] };
    const more = row.children.find((n) => props(n).className?.toString() === 'clause-more-toggle');
    const folded = row.children.find((n) => props(n).className?.toString() === 'clause-more');
    expect(props(more)).toMatchObject({ type: 'button', ariaExpanded: 'false', dataNeedsJs: '' });
    expect(toString(more)).toBe(`${t('plan.moreTools')} IV (1) 1, paragraph 1`);
    expect(props(more).ariaControls).toBe(props(folded).id);
    const inside = allIn(folded).map((n) => props(n).className?.toString());
    expect(inside).toEqual(expect.arrayContaining(['clause-cite', 'clause-compare']));
  });
  it('names a goal’s cite button by its lead phrase, so the goals of one part are told apart', () => {
    const t = useTranslations('en');
    const tree = run(
      'IP will be used more actively. Enterprises will. {#goal-utilisation}\n',
      '/site/content/plan/en/30-part-3.md',
    );
    const cite = allIn(tree.children[0]).find((n) => props(n).className?.toString() === 'clause-cite');
    expect(toString(cite)).toBe(`${t('plan.cite')} III "IP will be used more actively"`);
  });
  it('rejects a marker that is not a clause ID in a plan file', () => {
    expect(() => run('正文。 {#not-a-clause}\n', '/site/content/plan/zh/10-part-1.md')).toThrow(/not-a-clause/);
  });
});

describe('enrichClauses', () => {
  const html =
    '<p id="task-1-1-1" class="clause clause--measure" data-clause-place="四（一）1第1段">加强保护。(责任单位:市知识产权局) <span class="clause-tools" data-pagefind-ignore=""><a href="#task-1-1-1" class="clause-link">#</a></span></p>';
  it("links a measure's units and names its related services when the page is made", () => {
    const out = enrichClauses(html, joins, 'zh', useTranslations('zh'));
    expect(out).toContain('(责任单位:<a href="/plan/units/#unit-ipo">市知识产权局</a>) <span class="clause-tools"');
    expect(out).toMatch(/<p class="clause-services">相关服务[:：] <a href="\/services\/centre\/">保护中心<\/a><\/p>$/);
  });
  it('links into the page’s own language, in a language generated from the source', () => {
    const out = enrichClauses(html, joins, 'zh-hant', useTranslations('zh-hant'));
    expect(out).toContain('<a href="/zh-hant/plan/units/#unit-ipo">市知识产权局</a>');
    expect(out).toContain('<a href="/zh-hant/services/centre/">保护中心</a>');
    // The line's own words are the page's interface, already in its script; the plan's text is converted later.
    expect(out).toContain(`${useTranslations('zh-hant')('services.mentionedIn')}`);
  });
  it('leaves a unit the glossary lacks unlinked (the content check names it)', () => {
    expect(enrichClauses(html, { ...joins, units: [] }, 'zh', useTranslations('zh'))).not.toContain('/plan/units/');
  });
});

describe('notice boxes', () => {
  it('turn a quote block marked [!IMPORTANT] into an aside labelled by its heading, without the marker', () => {
    const tree = fromMarkdown('> [!IMPORTANT]\n>\n> ## First 72 hours {#first-72-hours}\n>\n> 1. Note the deadline\n');
    remarkAnchors()(tree);
    remarkNotices()(tree);
    const quote = tree.children[0] as { data?: { hName?: string; hProperties?: Record<string, unknown> } };
    expect(quote.data).toEqual({
      hName: 'aside',
      hProperties: { className: ['notice'], ariaLabelledBy: 'first-72-hours' },
    });
    expect(toString(tree)).toBe('First 72 hoursNote the deadline');
  });

  it('leave an ordinary quote block a quote', () => {
    const tree = fromMarkdown('> A quotation.\n');
    remarkNotices()(tree);
    expect((tree.children[0] as { data?: unknown }).data).toBeUndefined();
  });
});
