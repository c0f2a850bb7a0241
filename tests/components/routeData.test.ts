// src/data views over mocked collections: each page's view is assembled from entries alone, so its logic is
// tested without a build. A generated language reads its source's entries; a translation reads its own.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const collections: Record<string, Array<{ id: string; data: Record<string, unknown>; body?: string }>> = {};
vi.mock('astro:content', () => ({
  getCollection: async (name: string, filter?: (entry: unknown) => boolean) =>
    (collections[name] ?? []).filter((entry) => !filter || filter(entry)),
  getEntry: async (name: string, id: string) => (collections[name] ?? []).find((entry) => entry.id === id),
}));

const { snapshotViews } = await import('../../src/data/progress.ts');
const { compareRows, compareColumns } = await import('../../src/data/compare.ts');
const { PLAN_TITLE } = await import('../../src/lib/plan/facts.ts');

const record = (id: string, date: string, title: string) => ({ id, data: { date, title, summary: title } });

beforeEach(() => {
  collections.progress = [record('2024-01-01-a', '2024-01-01', '甲'), record('2025-01-01-b', '2025-01-01', '乙')];
  collections.progressTranslations = [
    { id: 'en/2024-01-01-a', data: { title: 'A', summary: 'A' } },
    { id: 'en/2025-01-01-b', data: { title: 'B', summary: 'B' } },
  ];
  collections.plan = [
    { id: 'zh/00-notice', data: { id: 'notice', order: 0 }, body: '各辖市、区人民政府:\n\n现印发给你们。\n' },
    { id: 'en/00-notice', data: { id: 'notice', order: 0 }, body: 'People’s governments:\n\nIt is issued to you.\n' },
    {
      id: 'zh/10-part-1',
      data: { id: 'part-1', order: 10 },
      body: '## 一、总体思路 {#part-1}\n\n坚持。 {#principle-1}\n',
    },
    {
      id: 'en/10-part-1',
      data: { id: 'part-1', order: 10 },
      body: '## I. Overall Approach {#part-1}\n\nAdhere. {#principle-1}\n',
    },
  ];
});

describe('progress views', () => {
  it('give the newest record first, with the text of the page’s language', async () => {
    expect((await snapshotViews('en')).map((v) => v.title)).toEqual(['B', 'A']);
    expect((await snapshotViews('zh')).map((v) => v.title)).toEqual(['乙', '甲']);
  });
  it('give a generated language the source language’s text (the page pass converts it)', async () => {
    expect((await snapshotViews('zh-hant')).map((v) => v.title)).toEqual(['乙', '甲']);
  });
});

describe('side-by-side view', () => {
  it('names the plan, then pairs the notice of issue by paragraph and every clause, in the source order', async () => {
    expect((await compareRows()).map((r) => [r.id, r.text.zh, r.text.en])).toEqual([
      ['title', PLAN_TITLE.zh, PLAN_TITLE.en],
      ['notice', '各辖市、区人民政府:', 'People’s governments:'],
      ['notice-2', '现印发给你们。', 'It is issued to you.'],
      ['part-1', '一、总体思路', 'I. Overall Approach'],
      ['principle-1', '坚持。', 'Adhere.'],
    ]);
  });
  it('shows a reader of the source, in either script, the translation beside it, and a reader of the translation the source', () => {
    expect(compareColumns('zh')).toEqual(['zh', 'en']);
    expect(compareColumns('zh-hant')).toEqual(['zh-hant', 'en']);
    expect(compareColumns('en')).toEqual(['en', 'zh']);
  });
});
