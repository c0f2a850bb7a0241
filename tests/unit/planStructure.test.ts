// The plan's structure as editors and readers rely on it: counts, unique stable IDs, zh/en parity.
import { describe, expect, it } from 'vitest';
import { loadPlanFiles } from '../../src/data/contentFiles.ts';
import type { Clause } from '../../src/lib/plan/parsePlan.ts';

const zh = loadPlanFiles('zh');
const en = loadPlanFiles('en');
const clauses = (files: typeof zh): Clause[] => files.flatMap((f) => f.clauses);
const count = (kind: Clause['kind']) => clauses(zh).filter((c) => c.kind === kind).length;

describe('the plan structure', () => {
  it('has the six parts, five task areas, seventeen subsections and forty-three measures of the issued text', () => {
    expect(count('part')).toBe(6);
    expect(count('area')).toBe(5);
    expect(count('subsection')).toBe(17);
    expect(count('measure')).toBe(43);
  });

  it('has four principles, five goal paragraphs, four phases and four safeguards', () => {
    expect(count('principle')).toBe(4);
    expect(count('goal')).toBe(5);
    expect(count('phase')).toBe(4);
    expect(count('safeguard')).toBe(4);
  });

  it('gives every clause a unique ID', () => {
    const ids = clauses(zh).map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the IDs stable: the first and last measures of each area are where they were issued', () => {
    const byId = new Map(clauses(zh).map((c) => [c.id, c.text]));
    expect(byId.get('task-1-1-1')).toMatch(/^深入实施高价值专利培育工程。/);
    expect(byId.get('task-2-1-1')).toMatch(/^健全知识产权保护制度机制。/);
    expect(byId.get('task-3-3-3')).toMatch(/^推动组建产业知识产权联盟。/);
    expect(byId.get('task-5-3-3')).toMatch(/^优化知识产权人才发展环境。/);
    expect(byId.get('phase-4')).toMatch(/^\(四\)全面完成阶段/);
  });

  it('has the same clause IDs, in the same order, in the English translation', () => {
    expect(clauses(en).map((c) => c.id)).toEqual(clauses(zh).map((c) => c.id));
  });

  it('pairs every Chinese plan file with an English file of the same name', () => {
    const names = (files: typeof zh) => files.map((f) => f.path.split('/').at(-1));
    expect(names(en)).toEqual(names(zh));
  });

  it('has no marker that is not a clause ID', () => {
    expect([...zh, ...en].flatMap((f) => f.badIds)).toEqual([]);
  });
});
