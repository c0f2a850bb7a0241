// What the printed table at a glance says of one step of the filing planner's checklist, in its "last day" and
// "days left" columns. Every step the checklist lists has a row, under the same number: the exporter's review
// found the table starting at "2." because the confidentiality examination, urgent and undated, was left out.
import type { PlanStep } from './planner.ts';

export type GlanceWhen =
  /** A dated step: its last day and the days to it (negative once passed). */
  | { kind: 'dated'; due: string; daysLeft: number; passed: boolean }
  /**
   * A step that comes before any filing abroad rather than by a date (the confidentiality examination): `now` when
   * its own words say to act at once, `askBy` while the day to ask by is still ahead.
   */
  | { kind: 'before-filing'; now: boolean; askBy?: { date: string; daysLeft: number } };

export function glanceWhen(step: PlanStep): GlanceWhen {
  if (step.due !== undefined && step.daysLeft !== undefined)
    return { kind: 'dated', due: step.due, daysLeft: step.daysLeft, passed: step.passed };
  const askBy = step.askBy;
  // At once: the day to ask by has passed (the priority deadline may have too), or a first filing abroad may
  // already have broken the rule. The step's words say "immediately" in both cases (planner.askByPassed,
  // planner.askByLate, planner.abroadFirst).
  const now = Boolean(askBy?.passed || step.filedAbroadFirst);
  return {
    kind: 'before-filing',
    now,
    ...(askBy && !askBy.passed ? { askBy: { date: askBy.date, daysLeft: askBy.daysLeft } } : {}),
  };
}
