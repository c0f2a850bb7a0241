// Timetable phases: dates read from the plan's words, and where a day falls.
import { describe, expect, it } from 'vitest';
import { parsePhaseDates, phaseState } from '../../src/lib/plan/phases.ts';
import { planPeriodEnded } from '../../src/lib/plan/period.ts';
import { leadPhrase } from '../../src/lib/plan/leadPhrase.ts';
import { contentsTree, clauseLabel } from '../../src/lib/plan/contents.ts';
import { clausePhrase } from '../../src/lib/plan/clauseRef.ts';
import { translationPairs } from '../../src/lib/content/translations.ts';
import { parsePlanMarkdown } from '../../src/lib/plan/parsePlan.ts';

describe('parsePhaseDates', () => {
  it('reads the months of a phase as the plan writes them', () => {
    expect(parsePhaseDates('(一)动员启动阶段(2022年7月—2022年9月)。完善建设工作方案')).toEqual({
      start: '2022-07',
      end: '2022-09',
    });
    expect(parsePhaseDates('(四)全面完成阶段(2024年7月—2025年6月)。')).toEqual({ start: '2024-07', end: '2025-06' });
  });
  it('returns undefined for text without dates', () => {
    expect(parsePhaseDates('对存在的问题及时整改')).toBeUndefined();
  });
});

describe('phaseState', () => {
  const phase = { start: '2024-01', end: '2024-06' };
  it('is current on the first and on the last day of the phase', () => {
    expect(phaseState(phase, '2024-01-01')).toBe('current');
    expect(phaseState(phase, '2024-06-30')).toBe('current');
  });
  it('is future before and past after', () => {
    expect(phaseState(phase, '2023-12-31')).toBe('future');
    expect(phaseState(phase, '2024-07-01')).toBe('past');
  });
});

describe('planPeriodEnded', () => {
  it('is false through June 2025 and true from July 2025', () => {
    expect(planPeriodEnded(new Date('2025-06-30T12:00:00Z'))).toBe(false);
    expect(planPeriodEnded(new Date('2025-07-01T12:00:00Z'))).toBe(true);
  });
});

describe('leadPhrase', () => {
  it('takes a short opening sentence as the lead phrase', () => {
    expect(leadPhrase('深入实施高价值专利培育工程。围绕我市确定的高端装备')).toBe('深入实施高价值专利培育工程。');
  });
  it('has none when the text opens with a long sentence with commas', () => {
    expect(
      leadPhrase('加强各地和园区知识产权保护、维权援助工作站建设,完善知识产权维权援助工作体系。加大'),
    ).toBeUndefined();
  });
});

describe('contentsTree', () => {
  it('nests subsections under task areas under parts', () => {
    const { clauses } = parsePlanMarkdown(
      '## 四、重点任务 {#part-4}\n\n### (一)甲 {#task-1}\n\n#### 1. 乙 {#task-1-1}\n\n正文。 {#task-1-1-1}\n\n### (二)丙 {#task-2}\n',
    );
    expect(contentsTree(clauses)).toEqual([
      {
        id: 'part-4',
        text: '四、重点任务',
        children: [
          { id: 'task-1', text: '(一)甲', children: [{ id: 'task-1-1', text: '1. 乙', children: [] }] },
          { id: 'task-2', text: '(二)丙', children: [] },
        ],
      },
    ]);
  });
  it('labels a clause by its first sentence, shortened when long', () => {
    expect(clauseLabel('深入实施高价值专利培育工程。围绕', 'zh')).toBe('深入实施高价值专利培育工程。');
    expect(clauseLabel('Implement the project in depth. Focusing on', 'en')).toBe('Implement the project in depth.');
    expect(clauseLabel('a'.repeat(50), 'en', 10)).toBe('aaaaaaaaaa…');
  });
  it('keeps a numbered heading\'s words with its number: "3" alone does not say what the heading is', () => {
    expect(clauseLabel('3.大力发展高质量版权作品', 'zh')).toBe('3.大力发展高质量版权作品');
    expect(clauseLabel('3. Vigorously Develop High-Quality Copyright Works', 'en', 80)).toBe(
      '3. Vigorously Develop High-Quality Copyright Works',
    );
    expect(clauseLabel('IV. Key Tasks', 'en')).toBe('IV. Key Tasks');
    expect(clausePhrase('3.大力发展高质量版权作品', 'zh')).not.toMatch(/^[\p{N}\p{P}\s]*$/u);
  });
});

describe('translationPairs', () => {
  it('pairs files present in every content language, in folders and as one file per language', () => {
    expect(translationPairs(['pages/zh/about.md', 'pages/en/about.md', 'explained/zh.md', 'explained/en.md'])).toEqual([
      { source: 'explained/zh.md', translation: 'explained/en.md', lang: 'en' },
      { source: 'pages/zh/about.md', translation: 'pages/en/about.md', lang: 'en' },
    ]);
  });
  it('names the side that is missing', () => {
    expect(translationPairs(['pages/zh/help.md', 'progress/en/x.md'])).toEqual([
      { source: 'pages/zh/help.md', translation: 'pages/en/help.md', lang: 'en', missing: 'translation' },
      { source: 'progress/zh/x.md', translation: 'progress/en/x.md', lang: 'en', missing: 'source' },
    ]);
  });
  it('leaves files that have no translation by design alone', () => {
    expect(translationPairs(['targets/madrid-registrations.json', 'glossary/units.json'])).toEqual([]);
  });
});
