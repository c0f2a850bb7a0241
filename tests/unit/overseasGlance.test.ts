// The printed table at a glance: what each step of the checklist says of when, the undated and urgent ones included.
import { describe, expect, it } from 'vitest';
import { planFiling } from '../../src/lib/overseas/planner.ts';
import { glanceWhen } from '../../src/lib/overseas/glance.ts';
import type { PlanInput } from '../../src/lib/overseas/planInput.ts';

/** The exporter's case (seventh review): an invention made in Changzhou, first filed with CNIPA, a fair ahead. */
const EXPORTER: PlanInput = {
  firstFiling: '2026-03-02',
  right: 'invention',
  today: '2026-12-08',
  firstFilingPlace: 'china',
  madeInChina: 'yes',
  tradeFair: '2027-04-19',
};

describe('glanceWhen', () => {
  it('gives every dated step its last day and days left, passed ones marked', () => {
    const steps = planFiling({ ...EXPORTER, today: '2027-05-01' });
    for (const step of steps.filter((s) => s.due))
      expect(glanceWhen(step), step.id).toEqual({
        kind: 'dated',
        due: step.due,
        daysLeft: step.daysLeft,
        passed: step.passed,
      });
    expect(steps.some((s) => s.passed)).toBe(true);
  });

  it('says to ask for the confidentiality examination now once the day to ask by has passed', () => {
    const [first] = planFiling(EXPORTER);
    expect(first.askBy?.passed).toBe(true);
    expect(glanceWhen(first)).toEqual({ kind: 'before-filing', now: true });
  });

  it('gives the day to ask by and the days to it while it is ahead', () => {
    const today = '2026-05-01';
    const [first] = planFiling({ ...EXPORTER, today });
    const when = glanceWhen(first);
    expect(when).toEqual({
      kind: 'before-filing',
      now: false,
      askBy: { date: first.askBy!.date, daysLeft: first.askBy!.daysLeft },
    });
    expect(first.askBy!.daysLeft).toBeGreaterThan(0);
  });

  it('says to act now after a first filing abroad of an invention that may have been made in China', () => {
    const [first] = planFiling({ ...EXPORTER, firstFilingPlace: 'abroad', madeInChina: 'unsure' });
    expect(first.filedAbroadFirst).toBe(true);
    expect(glanceWhen(first)).toEqual({ kind: 'before-filing', now: true });
  });

  it('gives no date and no urgency where the examination was requested with a PCT first filing', () => {
    const [first] = planFiling({ ...EXPORTER, firstFilingKind: 'pct' });
    expect(first.pctFirst).toBe(true);
    expect(glanceWhen(first)).toEqual({ kind: 'before-filing', now: false });
  });
});
