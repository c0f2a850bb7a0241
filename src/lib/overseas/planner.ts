// The filing planner: from the first filing date, the kind of right and (optionally) the route, the dated
// checklist an applicant must keep, each item with the days left from "today" (passed in, so the page's
// clock and the tests' clock are the caller's choice). The periods are in deadlines.ts, with their articles.
import {
  addMonths,
  filingDeadlines,
  daysBetween,
  isPatentRight,
  isWeekend,
  parseIsoDate,
  PARIS_PRIORITY_MONTHS,
  type RightKind,
} from './deadlines.ts';
import { routesFor, type Route } from './chooser.ts';

/** Every step the planner can list, in the order it lists them. */
export const PLAN_STEP_IDS = [
  'confidentiality',
  'first-filing',
  'paris',
  'pct-filing',
  'pct-national-30',
  'pct-national-31',
  'pct-china-32',
  'hague',
  'madrid',
  'trade-fair',
] as const;
export type PlanStepId = (typeof PLAN_STEP_IDS)[number];

/**
 * Whether a step's date is an office's last day. A planned first filing or a trade fair is a day the applicant
 * chose, so no office's closed days move it (Paris Art. 4C(3) and PCT Rule 80.5 speak of periods only).
 */
export function isDeadlineStep(id: PlanStepId): boolean {
  return id !== 'trade-fair' && id !== 'first-filing';
}

/** What the first filing was: a national (or regional) application, or a PCT international application. */
export type FirstFilingKind = 'national' | 'pct';

/**
 * Where the first filing was made: with CNIPA, or with any other office or organisation (the USPTO, the EPO,
 * WIPO's International Bureau…). For an invention or utility model completed in China this decides whether
 * the confidentiality examination can still come first (Patent Law 2020, Art. 19(1); Implementing
 * Regulations 2023, Art. 8(2)(1): filing directly abroad needs the request beforehand).
 */
export type FirstFilingPlace = 'china' | 'abroad';

export interface PlanStep {
  id: PlanStepId;
  /** The last day (YYYY-MM-DD); absent for a step that has to come before filing abroad rather than by a date. */
  due?: string;
  /** Calendar days from today to the last day: 0 on the day itself, negative once it has passed. */
  daysLeft?: number;
  passed: boolean;
  /** The last day is a Saturday or Sunday: flagged for the reader to check with the office (see isWeekend). */
  weekend?: boolean;
  /**
   * For a passed deadline with a remedy in the law: the last day that remedy can be asked for, and whether
   * that day is still ahead. `restore-priority`: a fixed two months after the priority period (PCT Rule
   * 26bis.3(e); for filings in China, Implementing Regulations of the Patent Law 2023, Art. 36).
   * `reinstate`: an outer limit of 12 months after that office's own national-phase deadline; the request is
   * due at whichever comes first of that limit and two months from removal of the cause of the delay (PCT Rule
   * 49.6(b)). The cause is usually removed when the applicant learns of the miss, so `ifFoundToday` is the
   * last day if that was today: the date a calendar can hold, since the outer limit may be ten months late.
   */
  remedy?: { kind: RemedyKind; until: string; open: boolean; weekend: boolean; ifFoundToday?: string };
  /**
   * Confidentiality step only, after a first filing with CNIPA: the day to ask by to leave CNIPA its longest
   * period before the priority deadline, and that deadline (after which asking at once no longer saves it,
   * and filing a PCT application before it is no longer advice anyone can take: `priorityPassed`).
   */
  askBy?: { date: string; passed: boolean; priorityDeadline: string; priorityPassed: boolean };
  /**
   * Confidentiality step only: the first filing was a PCT application filed with CNIPA, which was itself the
   * request (Implementing Regulations of the Patent Law 2023, Art. 8(3)).
   */
  pctFirst?: boolean;
  /**
   * Confidentiality step only: the first filing was made outside China. For an invention completed in China
   * the examination had to come before it, so no date is left to ask by; the breach may already have happened
   * (Patent Law 2020, Art. 19(1) and (4)).
   */
  filedAbroadFirst?: boolean;
  /**
   * Trade-fair step: the fair comes before the first filing, so the showing would precede any filing.
   * Confidentiality step: the first filing, still to come, is to be made outside China, so the examination
   * has to come before it (Implementing Regulations of the Patent Law 2023, Art. 8(2)(1)).
   */
  beforeFirstFiling?: boolean;
  /**
   * Confidentiality step only: after a first filing in China the reader has said a PCT application was filed
   * too. Only one filed with CNIPA counted as the request (Implementing Regulations 2023, Art. 8(3)), so the
   * ask-by date gives way to words on both cases.
   */
  pctFiled?: boolean;
  /**
   * PCT-filing step only: the priority year and the two months to restore it are over and the reader has not
   * said a PCT application was filed, so none claiming this priority can exist. The national-phase steps,
   * which count from this priority, are left out; the words say what the reader can still do.
   */
  noPctApplication?: boolean;
}

export type RemedyKind = 'restore-priority' | 'reinstate';

/**
 * Months after a passed deadline during which a remedy can still be asked for. Reinstatement attaches to
 * each national-phase deadline (30 months, and 31 where an office allows it), because an office's outer
 * limit runs from its own deadline. Restoring priority exists only for inventions and utility models:
 * Paris has no restoration, PCT Rule 26bis.3 is for international (patent) applications, and CNIPA's
 * Art. 36 covers invention and utility-model applications only. CNIPA's 32-month entry has none: China
 * reinstates a lapsed international application only after force majeure (Implementing Regulations 2023,
 * Arts 122 and 6(1)), which the step's words explain and no calendar can date.
 */
const REMEDIES: Partial<Record<PlanStepId, { kind: RemedyKind; months: number }>> = {
  paris: { kind: 'restore-priority', months: 2 },
  'pct-filing': { kind: 'restore-priority', months: 2 },
  'pct-national-30': { kind: 'reinstate', months: 12 },
  'pct-national-31': { kind: 'reinstate', months: 12 },
};

/**
 * The longest CNIPA may take over a confidentiality examination: a notice within 2 months of the request,
 * 4 in complex cases, then a decision within 4 months of the request, 6 in complex cases (Implementing
 * Regulations of the Patent Law 2023, Art. 9).
 */
export const CONFIDENTIALITY_MAX_MONTHS = 6;

/** Two months from removal of the cause of the delay (PCT Rule 49.6(b)(i)). */
const REINSTATEMENT_FROM_CAUSE_MONTHS = 2;

export interface PlanInput {
  firstFiling: string;
  right: RightKind;
  /** Leave out to see every route open to the right. */
  route?: Route;
  today: string;
  /** Defaults to a national filing. A PCT first filing is already the international application. */
  firstFilingKind?: FirstFilingKind;
  /** Required for inventions and utility models, where it decides the confidentiality step; ignored otherwise. */
  firstFilingPlace?: FirstFilingPlace;
  /** The first day of a trade fair where the product will be shown (YYYY-MM-DD), if any. */
  tradeFair?: string;
  /**
   * After a national first filing of an invention or utility model: the reader says a PCT application claiming
   * its priority has been filed. Its national-phase dates are then listed whatever the date; without it they
   * are listed only while such an application can still be filed.
   */
  pctFiled?: boolean;
}

function checkInput({ right, route, firstFilingKind, firstFilingPlace, tradeFair, pctFiled }: PlanInput): void {
  if (isPatentRight(right) && firstFilingPlace !== 'china' && firstFilingPlace !== 'abroad') {
    throw new Error(
      `发明和实用新型须说明首次申请在哪里提出 / firstFilingPlace is "${firstFilingPlace}": for a ${right} say where the first filing was made, "china" (CNIPA) or "abroad" (any other office)`,
    );
  }
  if (route && !routesFor(right).includes(route)) {
    throw new Error(
      `途径 ${route} 不适用于 ${right} / route "${route}" does not carry a ${right}: choose one of ${routesFor(right).join(', ')}`,
    );
  }
  if (firstFilingKind === 'pct' && !isPatentRight(right)) {
    throw new Error(
      `PCT国际申请只适用于发明和实用新型 / a PCT first filing carries only an invention or a utility model, not a ${right}: choose "national"`,
    );
  }
  if (firstFilingKind === 'pct' && route && route !== 'pct') {
    throw new Error(
      `首次申请是PCT国际申请的,途径只能是pct / after a PCT first filing the route is "pct", not "${route}": leave the route out or choose pct`,
    );
  }
  if (pctFiled && !isPatentRight(right)) {
    throw new Error(
      `PCT国际申请只适用于发明和实用新型 / pctFiled is set for a ${right}: a PCT application carries only an invention or a utility model, leave pctFiled out`,
    );
  }
  if (tradeFair !== undefined && !parseIsoDate(tradeFair)) {
    throw new Error(`展会日期无效 / tradeFair is not a date: "${tradeFair}" (use YYYY-MM-DD, e.g. 2025-04-15)`);
  }
}

/**
 * Whether a PCT application claiming the priority of this first filing can still be filed on `today`: within
 * the 12-month priority period (PCT Art. 8, Rule 2.4) or the two months after it in which the receiving office
 * can restore priority (PCT Rule 26bis.3(e)). Once both are over, one exists only if it was filed in time.
 */
export function canStillFilePct(firstFiling: string, right: RightKind, today: string): boolean {
  if (!isPatentRight(right)) return false;
  const restoreUntil = addMonths(addMonths(firstFiling, PARIS_PRIORITY_MONTHS[right]), REMEDIES['pct-filing']!.months);
  return daysBetween(today, restoreUntil) >= 0;
}

/** The confidentiality step: what the first filing's kind, place and date leave to do (Patent Law 2020, Art. 19). */
function confidentialityStep(input: PlanInput, priority: string): PlanStep {
  const { firstFiling, right, today } = input;
  const future = daysBetween(today, firstFiling) > 0;
  // A first filing abroad still to come can wait for the examination; one already made may have broken the rule.
  if (input.firstFilingPlace === 'abroad')
    return future
      ? { id: 'confidentiality', passed: false, beforeFirstFiling: true }
      : { id: 'confidentiality', passed: false, filedAbroadFirst: true };
  if (input.firstFilingKind === 'pct') return { id: 'confidentiality', passed: false, pctFirst: true };
  if (input.pctFiled) return { id: 'confidentiality', passed: false, pctFiled: true };
  const askBy = addMonths(firstFiling, PARIS_PRIORITY_MONTHS[right] - CONFIDENTIALITY_MAX_MONTHS);
  return {
    id: 'confidentiality',
    passed: false,
    askBy: {
      date: askBy,
      passed: daysBetween(today, askBy) < 0,
      priorityDeadline: priority,
      priorityPassed: daysBetween(today, priority) < 0,
    },
  };
}

/** Every step that applies, in the order the applicant meets them: undated steps first, then by date. */
export function planFiling(input: PlanInput): PlanStep[] {
  checkInput(input);
  const { firstFiling, right, route, today, tradeFair } = input;
  const pctFirst = input.firstFilingKind === 'pct';
  const uses = (r: Route) => !route || route === r;
  // The deadlines themselves are worked out in one place (deadlines.ts); the plan orders and explains them.
  const deadlines = filingDeadlines(firstFiling, right);
  const priority = deadlines.parisPriority;
  // National-phase dates belong to a PCT application: one filed first, one the reader says was filed, or one
  // that can still be filed. Otherwise there is none, and dates for it would be deadlines nobody can meet.
  const pctExists = pctFirst || Boolean(input.pctFiled) || canStillFilePct(firstFiling, right, today);
  const dated: Array<[PlanStepId, string]> = [];
  // A first filing still to come is the first thing to do: every date below counts from it.
  if (daysBetween(today, firstFiling) > 0) dated.push(['first-filing', firstFiling]);
  // A PCT first filing is the international application: no Paris filing or PCT filing step is left to take.
  if (uses('paris') && !pctFirst) dated.push(['paris', priority]);
  if (isPatentRight(right) && uses('pct')) {
    if (!pctFirst && !input.pctFiled) dated.push(['pct-filing', priority]);
    if (pctExists)
      dated.push(
        ['pct-national-30', deadlines.pctNationalPhase!],
        ['pct-national-31', deadlines.pctLaterNationalPhase!],
        ['pct-china-32', deadlines.pctChinaLateEntry!],
      );
  }
  if (right === 'design' && uses('hague')) dated.push(['hague', priority]);
  if (right === 'trademark' && uses('madrid')) dated.push(['madrid', priority]);
  if (tradeFair) dated.push(['trade-fair', tradeFair]);

  const steps: PlanStep[] = isPatentRight(right) ? [confidentialityStep(input, priority)] : [];
  for (const [id, due] of dated.sort((a, b) => a[1].localeCompare(b[1]))) {
    const daysLeft = daysBetween(today, due);
    const step: PlanStep = { id, due, daysLeft, passed: daysLeft < 0, weekend: isDeadlineStep(id) && isWeekend(due) };
    if (id === 'trade-fair') step.beforeFirstFiling = daysBetween(firstFiling, due) < 0;
    if (id === 'pct-filing' && !pctExists) step.noPctApplication = true;
    const remedy = isPatentRight(right) ? REMEDIES[id] : undefined;
    if (step.passed && remedy) {
      const until = addMonths(due, remedy.months);
      step.remedy = { kind: remedy.kind, until, open: daysBetween(today, until) >= 0, weekend: isWeekend(until) };
      if (remedy.kind === 'reinstate') {
        const twoMonths = addMonths(today, REINSTATEMENT_FROM_CAUSE_MONTHS);
        step.remedy.ifFoundToday = daysBetween(twoMonths, until) < 0 ? until : twoMonths;
      }
    }
    steps.push(step);
  }
  return steps;
}
