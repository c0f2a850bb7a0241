// The filing planner: from the first filing date, the kind of right and (optionally) the route, the dated
// checklist an applicant must keep, each item with the days left from "today" (passed in, so the page's
// clock and the tests' clock are the caller's choice). The periods are in deadlines.ts, with their articles.
import { addMonths, daysBetween, isPatentRight, PARIS_PRIORITY_MONTHS, PCT_LATER_NATIONAL_PHASE_MONTHS, PCT_NATIONAL_PHASE_MONTHS, type RightKind } from './deadlines.ts';
import { routesFor, type Route } from './chooser.ts';

export type PlanStepId = 'confidentiality' | 'paris' | 'pct-filing' | 'pct-national-30' | 'pct-national-31' | 'hague' | 'madrid';

export interface PlanStep {
  id: PlanStepId;
  /** The last day (YYYY-MM-DD); absent for a step that has to come before filing abroad rather than by a date. */
  due?: string;
  /** Calendar days from today to the last day: 0 on the day itself, negative once it has passed. */
  daysLeft?: number;
  passed: boolean;
  /**
   * For a passed PCT deadline with a treaty remedy: the last day that remedy can be asked for, and whether
   * that day is still ahead. Restoring priority: two months after the priority period (PCT Rule 26bis.3(e));
   * reinstating rights at national phase: at most 12 months after the time limit (Rule 49.6(b)(ii)).
   */
  remedy?: { until: string; open: boolean };
}

/** Months after a passed deadline during which the PCT still offers a remedy. */
const REMEDY_MONTHS: Partial<Record<PlanStepId, number>> = { 'pct-filing': 2, 'pct-national-31': 12 };

export interface PlanInput {
  firstFiling: string;
  right: RightKind;
  /** Leave out to see every route open to the right. */
  route?: Route;
  today: string;
}

/** Every step that applies, in the order the applicant meets them: undated steps first, then by date. */
export function planFiling({ firstFiling, right, route, today }: PlanInput): PlanStep[] {
  if (route && !routesFor(right).includes(route)) {
    throw new Error(`途径 ${route} 不适用于 ${right} / route "${route}" does not carry a ${right}: choose one of ${routesFor(right).join(', ')}`);
  }
  const uses = (r: Route) => !route || route === r;
  const priority = addMonths(firstFiling, PARIS_PRIORITY_MONTHS[right]);
  const dated: Array<[PlanStepId, string]> = [];
  if (uses('paris')) dated.push(['paris', priority]);
  if (isPatentRight(right) && uses('pct')) {
    dated.push(['pct-filing', priority], ['pct-national-30', addMonths(firstFiling, PCT_NATIONAL_PHASE_MONTHS)], ['pct-national-31', addMonths(firstFiling, PCT_LATER_NATIONAL_PHASE_MONTHS)]);
  }
  if (right === 'design' && uses('hague')) dated.push(['hague', priority]);
  if (right === 'trademark' && uses('madrid')) dated.push(['madrid', priority]);

  const steps: PlanStep[] = isPatentRight(right) ? [{ id: 'confidentiality', passed: false }] : [];
  for (const [id, due] of dated.sort((a, b) => a[1].localeCompare(b[1]))) {
    const daysLeft = daysBetween(today, due);
    const step: PlanStep = { id, due, daysLeft, passed: daysLeft < 0 };
    const remedyMonths = REMEDY_MONTHS[id];
    if (step.passed && remedyMonths) {
      const until = addMonths(due, remedyMonths);
      step.remedy = { until, open: daysBetween(today, until) >= 0 };
    }
    steps.push(step);
  }
  return steps;
}
