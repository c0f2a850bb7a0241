// The build's one clock: SOURCE_DATE_EPOCH decides "today", and "today" decides whether the plan is
// current and where the timeline stands, on both sides of the plan's last day (30 June 2025).
import { describe, expect, it } from 'vitest';
import { buildDateFrom, isoDay } from '../../src/lib/dates/buildDate.ts';
import { planPeriodEnded } from '../../src/lib/plan/period.ts';
import { parsePhaseDates, phaseState, timelinePhases } from '../../src/lib/plan/phases.ts';
import { loadPlanFiles } from '../../src/data/contentFiles.ts';
import { PLAN_PERIOD } from '../../src/lib/plan/facts.ts';

const clock = () => new Date('2030-01-01T00:00:00Z');
const seconds = (iso: string) => String(Date.parse(iso) / 1000);
const lastPhase = parsePhaseDates('(四)全面完成阶段(2024年7月—2025年6月)。')!;

describe('buildDateFrom', () => {
  it('uses SOURCE_DATE_EPOCH seconds when set', () => {
    expect(isoDay(buildDateFrom('1704067200', clock))).toBe('2024-01-01');
  });
  it('uses the clock when SOURCE_DATE_EPOCH is unset or empty', () => {
    expect(buildDateFrom(undefined, clock)).toEqual(clock());
    expect(buildDateFrom('', clock)).toEqual(clock());
  });
  it('rejects a value that is not whole seconds, saying what to write', () => {
    expect(() => buildDateFrom('2024-01-01', clock)).toThrow(/SOURCE_DATE_EPOCH.*1704067200/);
  });
});

describe('the plan on either side of its last day', () => {
  const lastDay = buildDateFrom(seconds('2025-06-30T23:59:59Z'), clock);
  const dayAfter = buildDateFrom(seconds('2025-07-01T00:00:00Z'), clock);
  it('is current on 30 June 2025 and over from 1 July 2025', () => {
    expect(planPeriodEnded(lastDay)).toBe(false);
    expect(planPeriodEnded(dayAfter)).toBe(true);
  });
  it('puts the last phase as current on 30 June 2025 and past on 1 July 2025', () => {
    expect(phaseState(lastPhase, isoDay(lastDay))).toBe('current');
    expect(phaseState(lastPhase, isoDay(dayAfter))).toBe('past');
  });
  it('ends the last phase with the plan period', () => {
    expect(lastPhase.end).toBe(PLAN_PERIOD.end);
  });
});

describe('the timeline of the plan text', () => {
  const zh = loadPlanFiles('zh').flatMap((f) => f.clauses);
  const en = loadPlanFiles('en').flatMap((f) => f.clauses);
  const phaseCount = zh.filter((c) => c.kind === 'phase').length;
  it('has one phase current on 30 June 2025, the last, and every earlier phase past', () => {
    const states = timelinePhases(zh, en, '2025-06-30').map((p) => p.state);
    expect(states).toEqual([...Array(phaseCount - 1).fill('past'), 'current']);
  });
  it('has every phase past from 1 July 2025', () => {
    expect(timelinePhases(zh, en, '2025-07-01').map((p) => p.state)).toEqual(Array(phaseCount).fill('past'));
  });
  it("shows the phases in the reader's language with the dates of the Chinese text", () => {
    const [first] = timelinePhases(zh, en, '2024-01-01');
    expect(first.text).toBe(en.find((c) => c.id === first.id)!.text);
    expect(first.start).toBe(PLAN_PERIOD.start);
  });
});
