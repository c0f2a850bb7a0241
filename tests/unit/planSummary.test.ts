// The one-page summary's sums and the side-by-side pairing, on small explicit plans.
import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/lib/plan/parsePlan.ts';
import { clauseKind } from '../../src/lib/plan/clauseIds.ts';
import { groupByPart, pairClauses, pairNotice, splitSections, type CompareRow } from '../../src/lib/plan/compare.ts';
import { phaseName, spanWithin, summariseTaskAreas, timetablePosition, yearTicks } from '../../src/lib/plan/summary.ts';

const clause = (id: string, text: string, depth = 0): Clause => ({ id, kind: clauseKind(id)!, text, depth, line: 1 });
const units = [
  { id: 'ipo', zh: '市知识产权局', en: 'Municipal Intellectual Property Office' },
  { id: 'copyright', zh: '市版权局', en: 'Municipal Copyright Bureau' },
  { id: 'districts', zh: '各辖市、区人民政府', en: 'district governments' },
];

describe('task areas on the summary', () => {
  const plan = [
    clause('task-1', '(一)创造', 3),
    clause('task-1-1', '1. 专利', 4),
    clause('task-1-1-1', '甲。(责任单位:市版权局、市知识产权局)'),
    clause('task-1-1-2', '乙。(责任单位:市知识产权局,各辖市、区人民政府)'),
    clause('task-1-1-3', '丙。(责任单位:市知识产权局)'),
    clause('task-2', '(二)保护', 3),
    clause('task-2-1-1', '丁。(责任单位:市版权局)'),
  ];

  it('counts the measures of each area and no others', () => {
    expect(summariseTaskAreas(plan, units).map((a) => [a.id, a.measureCount])).toEqual([
      ['task-1', 3],
      ['task-2', 1],
    ]);
  });

  it('names the unit listed first as the lead, the unit leading most measures first', () => {
    const [first] = summariseTaskAreas(plan, units);
    expect(first.leads.map((l) => [l.unit.id, l.measures])).toEqual([
      ['ipo', 2],
      ['copyright', 1],
    ]);
  });

  it('stops with the clause and the fix when a lead unit is not in the glossary', () => {
    expect(() =>
      summariseTaskAreas([clause('task-1', 'x', 3), clause('task-1-1-1', '甲。(责任单位:市外星局)')], units),
    ).toThrow(/task-1-1-1.*units\.json/s);
  });
});

describe('the timetable on the summary', () => {
  it("reads a phase's name without its number and dates, in both languages", () => {
    expect(phaseName('(一)动员启动阶段(2022年7月—2022年9月)。完善建设工作方案')).toBe('动员启动阶段');
    expect(phaseName('(1) Mobilisation and launch stage (July 2022 to September 2022). Improve')).toBe(
      'Mobilisation and launch stage',
    );
  });

  it('draws a phase to scale within the period, whole months inclusive', () => {
    expect(spanWithin({ start: '2022-07', end: '2022-09' }, { start: '2022-07', end: '2025-06' })).toEqual({
      from: 0,
      to: 3 / 36,
    });
    expect(spanWithin({ start: '2024-07', end: '2025-06' }, { start: '2022-07', end: '2025-06' })).toEqual({
      from: 24 / 36,
      to: 1,
    });
  });

  it('places a day inside the period by month and day', () => {
    expect(timetablePosition('2022-07', '2025-06', '2022-07-01')).toEqual({ fraction: 0, where: 'during' });
    expect(timetablePosition('2022-07', '2025-06', '2024-01-01')).toEqual({ fraction: 18 / 36, where: 'during' });
    expect(timetablePosition('2022-07', '2025-06', '2025-06-30').where).toBe('during');
  });

  it('says when a day falls before or after the period, keeping the mark at its edge', () => {
    expect(timetablePosition('2022-07', '2025-06', '2025-07-01')).toEqual({ fraction: 1, where: 'after' });
    expect(timetablePosition('2022-07', '2025-06', '2022-06-30')).toEqual({ fraction: 0, where: 'before' });
  });

  it('marks the first of each January after the start', () => {
    expect(yearTicks({ start: '2022-07', end: '2025-06' })).toEqual([
      { year: 2023, at: 6 / 36 },
      { year: 2024, at: 18 / 36 },
      { year: 2025, at: 30 / 36 },
    ]);
  });
});

describe('side-by-side reading', () => {
  const zh = [clause('part-1', '一、总体思路', 2), clause('principle-1', '坚持')];
  const en = [clause('principle-1', 'Adhere'), clause('part-1', 'I. Overall Approach', 2)];

  it('pairs each clause with its translation, in the order of the Chinese original', () => {
    expect(pairClauses({ zh, en }).map((r) => [r.id, r.text.zh, r.text.en])).toEqual([
      ['part-1', '一、总体思路', 'I. Overall Approach'],
      ['principle-1', '坚持', 'Adhere'],
    ]);
  });

  it('stops naming the clause and the folder when one language lacks a clause', () => {
    expect(() => pairClauses({ zh, en: en.slice(0, 1) })).toThrow(/missing in English part-1.*content\/plan\/en\//s);
    expect(() => pairClauses({ zh: zh.slice(1), en })).toThrow(/missing in 简体中文 part-1/);
  });
});

describe('the side-by-side notice and parts', () => {
  it('pairs the notice of issue paragraph by paragraph, the first row at the plan page’s #notice', () => {
    const rows = pairNotice({ zh: ['各辖市:', '现印发。'], en: ['To the cities:', 'Hereby issued.'] });
    expect(rows.map((r) => [r.id, r.text.zh, r.text.en])).toEqual([
      ['notice', '各辖市:', 'To the cities:'],
      ['notice-2', '现印发。', 'Hereby issued.'],
    ]);
  });
  it('names the folder when a translation of the notice has a different number of paragraphs', () => {
    expect(() => pairNotice({ zh: ['甲', '乙'], en: ['A'] })).toThrow(/1 in content\/plan\/en\//);
  });
  it('groups what comes before the first part, then each part with its clauses', () => {
    const row = (id: string, kind: CompareRow['kind']): CompareRow => ({
      id,
      kind,
      depth: 0,
      text: { zh: id, en: id },
    });
    const groups = groupByPart([
      row('title', 'title'),
      row('preamble', 'preamble'),
      row('part-1', 'part'),
      row('part-1-1', 'paragraph'),
      row('part-2', 'part'),
    ]);
    expect(groups.map((g) => g.map((r) => r.id))).toEqual([['title', 'preamble'], ['part-1', 'part-1-1'], ['part-2']]);
  });
  it('splits a part at its （一）（二）… headings, each a section printable alone', () => {
    const row = (id: string, depth = 0): CompareRow => ({ id, kind: clauseKind(id)!, depth, text: { zh: id, en: id } });
    const part = [
      row('part-4', 2),
      row('task-1', 3),
      row('task-1-1', 4),
      row('task-1-1-1'),
      row('task-2', 3),
      row('task-2-1-1'),
    ];
    const { lead, sections } = splitSections(part);
    expect(lead.map((r) => r.id)).toEqual(['part-4']);
    expect(sections.map((s) => s.map((r) => r.id))).toEqual([
      ['task-1', 'task-1-1', 'task-1-1-1'],
      ['task-2', 'task-2-1-1'],
    ]);
    // What comes before part 一, and a part with no such headings, print whole only.
    expect(splitSections([row('title'), row('preamble')]).sections).toEqual([]);
    expect(splitSections([row('part-5', 2), row('phase-1')])).toEqual({
      lead: [row('part-5', 2), row('phase-1')],
      sections: [],
    });
  });
});
