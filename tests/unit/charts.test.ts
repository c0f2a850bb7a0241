// The charts' configs, built at build time from content: who does what, the timetable, the courts' caseloads
// and a target's chart (national context, and progress from the fixture). Each is checked for what a reader
// would see: the order, the series and their names, the marks, the table and CSV of the same numbers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/lib/plan/parsePlan.ts';
import { unitMatrix } from '../../src/lib/plan/units.ts';
import { timelinePhases } from '../../src/lib/plan/phases.ts';
import { responsibilitiesChart } from '../../src/lib/charts/responsibilities.ts';
import { timetableChart } from '../../src/lib/charts/timetable.ts';
import { courtCasesChart, type CourtCaseInput } from '../../src/lib/charts/courtCases.ts';
import { planSourceLine, targetChart } from '../../src/lib/charts/targetChart.ts';
import { csvText } from '../../src/lib/charts/csv.ts';
import type { ChartView } from '../../src/lib/charts/spec.ts';
import { countFormat, formatValue, monthNumber, monthsFormat } from '../../src/lib/charts/valueFormat.ts';
import { dayTime, endOfMonthTime, pointTime } from '../../src/lib/charts/timeAxis.ts';
import { buildChartData, contextRows } from '../../src/lib/targets/chartData.ts';
import { computeTargetStatus } from '../../src/lib/targets/status.ts';
import { useTranslations } from '../../src/i18n/t.ts';

const zh = useTranslations('zh');
const en = useTranslations('en');

/** The values a reader can step through on the chart, and the numbers in its table, in the same order. */
const stepped = (view: ChartView) =>
  view.spec.series.filter((s) => !s.derived).flatMap((s) => s.data.filter((d) => d !== null));
const tabled = (view: ChartView) => view.table!.rows.flatMap((r) => r.cells.filter((c) => c.value !== undefined));

describe('value formats', () => {
  it('write counts as each language does, with English plurals', () => {
    expect(formatValue(countFormat('zh', { other: '{n}件' }), 1708)).toBe('1708件');
    const cases = countFormat('en', { one: '{n} case', other: '{n} cases' });
    expect(formatValue(cases, 1708)).toBe('1,708 cases');
    expect(formatValue(cases, 1)).toBe('1 case');
  });
  it('write a span of months as the plan does', () => {
    const span: [number, number] = [monthNumber('2022-07'), monthNumber('2022-10')];
    expect(formatValue(monthsFormat('zh'), span)).toBe('2022年7月—2022年9月');
    expect(formatValue(monthsFormat('en'), span)).toBe('July 2022 – September 2022');
  });
});

describe('time axis', () => {
  it('draws a value in the middle of the period it names and a deadline at the end of its month', () => {
    expect(pointTime('2022')).toBe(monthNumber('2022-07'));
    expect(pointTime('2022-12')).toBe(monthNumber('2022-12') + 0.5);
    expect(endOfMonthTime('2025-06')).toBe(monthNumber('2025-07'));
    expect(dayTime('2026-01-01')).toBe(monthNumber('2026-01'));
  });
});

// Three measures with their units, as the plan writes them (责任单位: the first named leads).
const measure = (id: string, units: string): Clause => ({
  id,
  kind: 'measure',
  text: `一项任务。(责任单位:${units})`,
  depth: 0,
  line: 1,
});
const UNITS = [
  { id: 'ipo', zh: '市知识产权局', en: 'Municipal Intellectual Property Office' },
  { id: 'copyright', zh: '市版权局', en: 'Municipal Copyright Bureau' },
  { id: 'customs', zh: '常州海关', en: 'Changzhou Customs' },
];
const MEASURES = [
  measure('task-1-1-1', '市知识产权局、常州海关'),
  measure('task-1-1-2', '市版权局、市知识产权局'),
  measure('task-1-1-3', '市知识产权局'),
];

describe('who does what', () => {
  const view = responsibilitiesChart(unitMatrix(MEASURES, UNITS), MEASURES.length, 'en');

  it('puts the unit that leads most first, with one bar of leads and one of joins per unit', () => {
    expect(view.spec.categories).toEqual([
      'Municipal Intellectual Property Office',
      'Municipal Copyright Bureau',
      'Changzhou Customs',
    ]);
    expect(view.spec.series.map((s) => [s.role, s.label, s.data])).toEqual([
      ['lead', en('charts.units.leads'), [2, 1, 0]],
      ['join', en('charts.units.joins'), [1, 0, 1]],
    ]);
  });
  it('tabulates and downloads the same numbers, with totals and the plan as source', () => {
    expect(tabled(view).map((c) => c.value)).toEqual([2, 1, 1, 0, 0, 1]);
    expect(view.table!.rows[0].cells.map((c) => c.text)).toEqual(['2 measures', '1 measure', '3 measures']);
    expect(view.csv).toHaveLength(UNITS.length + 1);
    expect(view.csv[1].slice(0, 4)).toEqual(['Municipal Intellectual Property Office', '2', '1', '3']);
  });
  it('says in words who leads and who joins the most', () => {
    expect(view.summary).toContain('Leads the most: Municipal Intellectual Property Office (2 measures)');
    expect(view.summary).toContain(
      'Joins the most: Municipal Intellectual Property Office and Changzhou Customs (1 measure each)',
    );
  });
});

describe('the timetable', () => {
  const clause = (id: string, text: string): Clause => ({ id, kind: 'phase', text, depth: 0, line: 1 });
  const PHASES = [
    clause('phase-1', '(一)动员启动阶段(2022年7月—2022年9月)。'),
    clause('phase-2', '(二)推进实施阶段(2022年10月—2023年12月)。'),
  ];
  const on = (today: string) => timetableChart(timelinePhases(PHASES, PHASES, today), today, 'zh');

  it('draws each phase as a span of its months, shown as finished, in progress or not started', () => {
    const view = on('2022-11-15');
    expect(view.spec.series.map((s) => [s.role, s.data])).toEqual([
      ['phase-past', [[monthNumber('2022-07'), monthNumber('2022-10')], null]],
      ['phase-current', [null, [monthNumber('2022-10'), monthNumber('2024-01')]]],
    ]);
    expect(view.spec.categories).toEqual(['动员启动阶段（已结束）', '推进实施阶段（进行中）']);
    // A static page knows the day it was generated, not the reader's today.
    expect(view.summary).toContain('本页生成时（2022年11月15日）方案处于“推进实施阶段”，该阶段到2023年12月结束');
    expect(view.summary).not.toContain('今天');
  });
  it('marks today and the end of the plan period, and keeps both on the axis', () => {
    const { marks, time } = on('2026-01-15').spec;
    expect(marks.map((m) => [m.role, m.at])).toEqual([
      ['period-end', monthNumber('2025-07')],
      ['today', dayTime('2026-01-15')],
    ]);
    expect(marks[1].label).toBe(zh('charts.timetable.today').replace('{date}', '2026年1月15日'));
    expect(time!.max).toBeGreaterThan(dayTime('2026-01-15'));
    expect(time!.ticks.map((t) => t.label)).toContain('2026年');
  });
  it('tabulates the months as the chart reads them out', () => {
    const view = on('2026-01-15');
    expect(view.table!.rows.map((r) => r.cells[0].text)).toEqual(['2022年7月—2022年9月', '2022年10月—2023年12月']);
    expect(stepped(view).map((span) => formatValue(view.spec.format, span as [number, number]))).toEqual(
      view.table!.rows.map((r) => r.cells[0].text),
    );
  });
});

describe("the courts' caseloads", () => {
  const source = { title: '新闻发布会', publisher: '常州市中级人民法院', date: '2024-04-24' };
  const year = (y: number, accepted: number, concluded: number, confidence: 'H' | 'M'): CourtCaseInput => ({
    year: y,
    accepted,
    concluded,
    scope: { zh: '各类知识产权案件', en: 'IP cases of all kinds' },
    quote: `受理${accepted}件,审结${concluded}件`,
    source,
    confidence,
  });
  // Made-up counts (fixtures), given out of order as a folder listing may give them.
  const years = [year(2024, 300, 200, 'M'), year(2023, 400, 350, 'H')];

  it('draws accepted and concluded cases per year, oldest first, with the values on the bars', () => {
    const view = courtCasesChart(years, 'zh');
    expect(view.spec.categories).toEqual(['2023年', '2024年']);
    expect(view.spec.series.map((s) => [s.role, s.label, s.data])).toEqual([
      ['accepted', zh('charts.courts.accepted'), [400, 300]],
      ['concluded', zh('charts.courts.concluded'), [350, 200]],
    ]);
    expect(view.spec.directLabels).toBe(true);
  });
  it('grows by a year when an editor adds one', () => {
    const view = courtCasesChart([...years, year(2025, 100, 90, 'H')], 'en');
    expect(view.spec.categories).toEqual(['2023', '2024', '2025']);
    expect(view.table!.rows).toHaveLength(3);
    expect(view.csv).toHaveLength(4);
  });
  it('says these are court figures, not the enforcement target, and marks a figure seen only on a copy', () => {
    const view = courtCasesChart(years, 'en');
    expect(view.note).toBe(en('charts.courts.note'));
    expect(view.sources.map((s) => s.text.endsWith(`(${en('charts.courts.copy')})`))).toEqual([false, true]);
    expect(view.summary).toBe(
      "In 2023, Changzhou's courts accepted 400 cases and concluded 350 cases. In 2024, Changzhou's courts accepted 300 cases and concluded 200 cases.",
    );
  });
  it('names a Chinese source on English pages by its English gloss, with the original beside it', () => {
    const glossed = { ...source, titleEn: 'Press conference', publisherEn: 'Changzhou Intermediate People’s Court' };
    const view = courtCasesChart([{ ...year(2023, 400, 350, 'H'), source: glossed }], 'en');
    expect(view.sources[0]).toMatchObject({
      text: `2023: ${glossed.publisherEn}: ${glossed.titleEn}`,
      original: `${source.publisher}: ${source.title}`,
    });
    expect(view.table!.rows[0].source).toMatchObject({ text: `${glossed.publisherEn}: ${glossed.titleEn}` });
    expect(courtCasesChart([{ ...year(2023, 400, 350, 'H'), source: glossed }], 'zh').sources[0].original).toBe(
      undefined,
    );
  });
  it('tabulates the numbers the chart holds', () => {
    const view = courtCasesChart(years, 'en');
    expect(tabled(view).map((c) => c.value)).toEqual([400, 350, 300, 200]);
    expect(stepped(view)).toEqual([400, 300, 350, 200]);
  });
});

describe("a target's chart", () => {
  const target = JSON.parse(readFileSync('content/targets/high-value-invention-patents.json', 'utf8'));
  const fixture = JSON.parse(readFileSync('tests/fixtures/charts/target-figures.json', 'utf8')) as {
    figures: Array<{ value: number; asOf: string }>;
  };
  const build = (
    figures: Array<{ value: number; asOf: string }>,
    lang: 'zh' | 'en',
    benchmarks = target.benchmarks,
  ) => {
    const t = useTranslations(lang);
    const data = buildChartData(
      {
        unit: target.unit,
        target: {
          value: target.value,
          asOf: target.deadline,
          label: t('targets.targetLine'),
          source: planSourceLine(lang),
        },
        figures: figures.map((f) => ({ ...f, source: 'fixture' })),
        figureLabel: t('targets.figures'),
      },
      lang,
    );
    const context = contextRows(
      benchmarks.map((b: { value: number; asOf: string; label: Record<string, string> }) => ({
        ...b,
        label: b.label[lang],
      })),
      target.unit,
      lang,
    );
    const status = computeTargetStatus(
      { target: target.value, deadline: target.deadline, figures },
      new Date('2024-01-15T00:00:00Z'),
    );
    return {
      view: targetChart(
        {
          id: 'hv',
          name: target.name[lang],
          unit: target.unit,
          deadline: target.deadline,
          status,
          data,
          context,
          sources: [],
        },
        lang,
      ),
      status,
    };
  };

  it('without a Changzhou figure shows national figures as national, beside the target, and says so', () => {
    const { view } = build([], 'zh');
    expect(view!.spec.kind).toBe('national-context');
    expect(view!.spec.series.map((s) => [s.role, s.label])).toEqual([
      ['target', zh('targets.targetLine')],
      ['national', zh('charts.target.national')],
    ]);
    expect(view!.spec.series[1].data.map((d) => (d as { y: number }).y)).toEqual(
      target.benchmarks.map((b: { value: number }) => b.value),
    );
    expect(view!.title).toContain(zh('charts.target.titleNational').replace('{name}', target.name.zh));
    expect(view!.summary).toContain('暂无常州的数值');
    expect(view!.csv.slice(1).map((row) => row[0])).toEqual([
      zh('targets.targetLine'),
      zh('charts.target.national'),
      zh('charts.target.national'),
    ]);
  });

  it('names the plan as the source of the target, in the table and the CSV (not a dash)', () => {
    const data = build([], 'en');
    const targetRow = data.view!.csv.find((row) => row[0] === en('targets.targetLine'))!;
    expect(targetRow.at(-1)).toBe(planSourceLine('en'));
    expect(planSourceLine('en')).toContain(en('facts.planTitle'));
  });

  it('with Changzhou figures (the fixture) draws them, the path of the status rule and the status it gives', () => {
    const { view, status } = build(fixture.figures, 'en');
    expect(view!.spec.kind).toBe('target-progress');
    const roles = view!.spec.series.map((s) => s.role);
    expect(roles).toEqual(['changzhou', 'target', 'national', 'path']);
    const changzhou = view!.spec.series[0];
    expect(changzhou.data.map((d) => (d as { y: number }).y)).toEqual(fixture.figures.map((f) => f.value));
    const path = view!.spec.series.at(-1)!;
    expect(path.derived).toBe(true);
    expect(path.data).toEqual([
      { x: pointTime(fixture.figures[0].asOf), y: fixture.figures[0].value },
      { x: endOfMonthTime(target.deadline), y: target.value },
    ]);
    expect(view!.summary).toContain(`"${en(`status.${status}`)}"`);
    expect(view!.spec.marks.map((m) => [m.role, m.at])).toEqual([
      ['deadline', endOfMonthTime(target.deadline)],
      ['target', target.value],
    ]);
  });

  it('draws nothing without a Changzhou figure or a national one', () => {
    expect(build([], 'en', []).view).toBeUndefined();
  });
});

describe('CSV', () => {
  it('opens in Excel: byte-order mark, CRLF, quoted commas and quotes', () => {
    expect(
      csvText([
        ['a', 'b,c'],
        ['say "hi"', 1],
      ]),
    ).toBe('\uFEFFa,"b,c"\r\n"say ""hi""",1\r\n');
  });
});
