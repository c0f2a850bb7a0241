// The status rule, value formatting, chart data and open data of the targets.
import { describe, expect, it } from 'vitest';
import { computeTargetStatus, endOfPeriod, statusCounts } from '../../src/lib/targets/status.ts';
import { formatTargetValue, formatAsOf } from '../../src/lib/targets/format.ts';
import { buildChartData, contextRows, hasChart } from '../../src/lib/targets/chartData.ts';
import { toCsv, type OpenTarget } from '../../src/lib/targets/openData.ts';

// Made-up numbers for the rule's edge cases (test fixtures only, never content).
const target = { target: 100, deadline: '2025-06' };
const before = new Date('2024-06-30T00:00:00Z');
const after = new Date('2025-07-01T00:00:00Z');

describe('computeTargetStatus', () => {
  it('is no data without a figure', () => {
    expect(computeTargetStatus({ ...target, figures: [] }, before)).toBe('no-data');
    expect(computeTargetStatus({ ...target, figures: [] }, after)).toBe('no-data');
  });
  it('is achieved when the latest figure reaches the target exactly, before or after the deadline', () => {
    expect(computeTargetStatus({ ...target, figures: [{ value: 100, asOf: '2024-03' }] }, before)).toBe('achieved');
    expect(computeTargetStatus({ ...target, figures: [{ value: 100, asOf: '2025-06' }] }, after)).toBe('achieved');
  });
  it('is missed after the deadline when the last figure falls short, even by a little', () => {
    expect(computeTargetStatus({ ...target, figures: [{ value: 99.9, asOf: '2025-06' }] }, after)).toBe('missed');
  });
  it('judges on the latest figure, not the best one', () => {
    expect(
      computeTargetStatus(
        {
          ...target,
          figures: [
            { value: 120, asOf: '2023-12' },
            { value: 90, asOf: '2024-12' },
          ],
        },
        after,
      ),
    ).toBe('missed');
  });
  it('is on track when the latest figure is on the straight path from the baseline', () => {
    // Baseline 0 at 2022-06-30; target 100 at 2025-06-30; halfway is about 2023-12-30.
    const input = { ...target, baseline: { value: 0, asOf: '2022-06' } };
    expect(computeTargetStatus({ ...input, figures: [{ value: 51, asOf: '2023-12' }] }, before)).toBe('on-track');
    expect(computeTargetStatus({ ...input, figures: [{ value: 45, asOf: '2023-12' }] }, before)).toBe('behind');
  });
  it('uses the first figure as the starting point when no baseline is published', () => {
    expect(computeTargetStatus({ ...target, figures: [{ value: 40, asOf: '2022-12' }] }, before)).toBe('on-track');
    expect(
      computeTargetStatus(
        {
          ...target,
          figures: [
            { value: 40, asOf: '2022-12' },
            { value: 41, asOf: '2024-06' },
          ],
        },
        before,
      ),
    ).toBe('behind');
  });
  it('counts a month as ending on its last day and a year on 31 December', () => {
    expect(new Date(endOfPeriod('2024-02')).toISOString().slice(0, 10)).toBe('2024-02-29');
    expect(new Date(endOfPeriod('2023')).toISOString().slice(0, 10)).toBe('2023-12-31');
  });
});

describe('formatTargetValue', () => {
  it('writes money the Chinese way in Chinese and in billions in English', () => {
    expect(formatTargetValue(28_000_000_000, 'cny', 'zh')).toBe('280亿元');
    expect(formatTargetValue(28_000_000_000, 'cny', 'en')).toBe('RMB 28 billion');
    expect(formatTargetValue(900_000_000, 'cny', 'en')).toBe('RMB 900 million');
  });
  it('writes counts, rates and scores as the plan does', () => {
    expect(formatTargetValue(10_000, 'registrations', 'zh')).toBe('1万件');
    expect(formatTargetValue(10_000, 'registrations', 'en')).toBe('10,000 registrations');
    expect(formatTargetValue(92, 'percent', 'zh')).toBe('92%');
    expect(formatTargetValue(6000, 'person-times', 'zh')).toBe('6000人次');
    expect(formatTargetValue(18, 'patents-per-10k-people', 'en')).toBe('18 patents per 10,000 people');
  });
  it('writes a generated Chinese edition as Chinese: the unit from its dictionary, the number in its typography', () => {
    expect(formatTargetValue(10_000, 'registrations', 'zh-hant')).toBe('1萬件');
    expect(formatTargetValue(18, 'patents-per-10k-people', 'zh-hant')).toBe('每萬人18件');
  });
  it('writes dates per locale', () => {
    expect(formatAsOf('2025-06', 'zh')).toBe('2025年6月');
    expect(formatAsOf('2025-06', 'en')).toBe('June 2025');
    expect(formatAsOf('2022-09-15', 'en')).toBe('15 September 2022');
  });
});

describe('buildChartData', () => {
  const input = {
    unit: 'patents-per-10k-people' as const,
    target: { value: 18, asOf: '2025-06', label: 'Plan target' },
    figureLabel: 'Published figures',
  };
  const data = buildChartData(
    {
      ...input,
      figures: [
        { value: 12, asOf: '2023-12' },
        { value: 9, asOf: '2022-12' },
      ],
    },
    'en',
  );
  it('orders points by date and keeps each series apart', () => {
    expect(data.labels).toEqual(['December 2022', 'December 2023', 'June 2025']);
    expect(data.series.map((s) => [s.kind, s.values])).toEqual([
      ['figure', [9, 12, null]],
      ['target', [null, null, 18]],
    ]);
  });
  it('draws no chart when Changzhou has no published figure, however many references there are', () => {
    expect(hasChart(data)).toBe(true);
    expect(hasChart(buildChartData({ ...input, figures: [] }, 'zh'))).toBe(false);
  });
  it('keeps national references out of the chart, as dated context rows of their own', () => {
    const rows = contextRows(
      [
        { value: 15.3, asOf: '2025-06', label: 'National' },
        { value: 9.4, asOf: '2022-12', label: 'National' },
      ],
      'patents-per-10k-people',
      'en',
    );
    expect(rows.map((r) => [r.series, r.when, r.display])).toEqual([
      ['benchmark', 'December 2022', '9.4 patents per 10,000 people'],
      ['benchmark', 'June 2025', '15.3 patents per 10,000 people'],
    ]);
    expect(data.series.some((s) => s.kind === 'benchmark')).toBe(false);
  });
});

describe('statusCounts', () => {
  it('counts targets per status and always answers met, missed and no published figure', () => {
    expect(statusCounts(['no-data', 'no-data', 'achieved', 'on-track'])).toEqual([
      { status: 'achieved', count: 1 },
      { status: 'on-track', count: 1 },
      { status: 'missed', count: 0 },
      { status: 'no-data', count: 2 },
    ]);
  });
});

describe('toCsv', () => {
  const record: OpenTarget = {
    id: 'x',
    kind: 'quantitative',
    group: 'creation',
    name_zh: '名称,含逗号',
    name_en: 'Name "quoted"',
    plan_wording_zh: '原文',
    plan_wording_en: 'words',
    target_value: 18,
    unit: 'patents',
    comparator: 'at-least',
    measure: 'stock',
    deadline: '2025-06',
    clause: 'goal-creation',
    clause_url: 'https://x/plan/#goal-creation',
    status: 'no-data',
    latest_value: null,
    latest_as_of: null,
    checked_date: '2026-11-26',
    checked_sources_zh: '统计公报; 白皮书',
    checked_sources_en: 'bulletins; white papers',
    figures: [],
  };
  it('starts with a byte-order mark so Excel reads UTF-8, and uses CRLF', () => {
    const csv = toCsv([record]);
    expect(csv.startsWith('\uFEFFid,kind,group')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
  });
  it('says when the figures were last looked for and where, in columns after the status', () => {
    const [header, row] = toCsv([{ ...record, name_zh: '名称', name_en: 'Name' }])
      .slice(1)
      .split('\r\n');
    const cell = (column: string) => row.split(',')[header.split(',').indexOf(column)];
    expect(header.split(',').indexOf('checked_date')).toBeGreaterThan(header.split(',').indexOf('status'));
    expect(cell('checked_date')).toBe('2026-11-26');
    expect(cell('checked_sources_en')).toBe('bulletins; white papers');
  });
  it('quotes cells with commas and doubles quotes', () => {
    expect(toCsv([record])).toContain('"名称,含逗号","Name ""quoted"""');
  });
});
