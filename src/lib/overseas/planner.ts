// The filing planner: from the first filing date, the kind of right and (optionally) the route, the dated
// checklist an applicant must keep, each item with the days left from "today" (passed in, so the page's
// clock and the tests' clock are the caller's choice). The periods are in deadlines.ts, with their articles;
// the confidentiality step is confidentiality.ts's, and the reader's answers are checked in planInput.ts. After a
// first filing outside China the checklist also holds filing in China with its priority (CNIPA's own periods).
import {
  addMonths,
  CHINA_PRIORITY_COPY_MONTHS,
  filingDeadlines,
  daysBetween,
  isPatentRight,
  isWeekend,
  PARIS_PRIORITY_MONTHS,
  type RightKind,
} from './deadlines.ts';
import type { Route } from './chooser.ts';
import { confidentialityStep, needsConfidentialityStep, type ConfidentialityFacts } from './confidentiality.ts';
import { asksFirstFilingPlace, checkPlanInput, firstFilingRegion, type PlanInput } from './planInput.ts';

/** Every step the planner can list, in the order it lists them. */
export const PLAN_STEP_IDS = [
  'confidentiality',
  'first-filing',
  'china-filing',
  'china-filing-taiwan',
  'china-filing-hong-kong',
  'paris',
  'pct-filing',
  'china-copy',
  'pct-national-30',
  'pct-national-31',
  'pct-china-32',
  'hague',
  'madrid',
  'trade-fair',
] as const;
export type PlanStepId = (typeof PLAN_STEP_IDS)[number];
/** Filing in the mainland after a first filing in the Taiwan region or the Hong Kong SAR: its words are the guide's. */
export type RegionStepId = 'china-filing-taiwan' | 'china-filing-hong-kong';

/**
 * Whether a step's date is an office's last day. A planned first filing or a trade fair is a day the applicant
 * chose, so no office's closed days move it (Paris Art. 4C(3) and PCT Rule 80.5 speak of periods only).
 */
export function isDeadlineStep(id: PlanStepId): boolean {
  return id !== 'trade-fair' && id !== 'first-filing';
}

export interface PlanStep extends ConfidentialityFacts {
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
   * Trade-fair step: the fair comes before the first filing, so the showing would precede any filing. (The
   * confidentiality step uses it too: see ConfidentialityFacts.)
   */
  beforeFirstFiling?: boolean;
  /** Trade-fair step before the first filing: the plan has a confidentiality step, which must come first too. */
  confidentialityFirst?: boolean;
  /**
   * PCT-filing step only: the priority year and the two months to restore it are over and the reader has not
   * said a PCT application was filed, so none claiming this priority can exist. The national-phase steps,
   * which count from this priority, are left out; the words say what the reader can still do.
   */
  noPctApplication?: boolean;
  /**
   * National-phase steps only: no PCT application has been filed yet, though one still can be. The dates hold
   * only if it is filed, so the checklist says so (a reviewer read them as deadlines already running).
   */
  ifPctFiled?: boolean;
  /**
   * CNIPA's 32-month entry after a first filing outside China: the reader may be a foreign applicant, so the
   * step says who must appoint a Chinese patent agency (Patent Law 2020, Art. 18(1)). The China filing step
   * says it in its own words.
   */
  agencyRule?: boolean;
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
  // Filing in China: CNIPA restores priority for an invention or utility model within these two months, given
  // a good reason (Implementing Regulations 2023, Art. 36).
  'china-filing': { kind: 'restore-priority', months: 2 },
  'pct-filing': { kind: 'restore-priority', months: 2 },
  'pct-national-30': { kind: 'reinstate', months: 12 },
  'pct-national-31': { kind: 'reinstate', months: 12 },
};

/** The steps that count from a PCT application's priority date, and exist only with that application. */
const NATIONAL_PHASE_STEPS: readonly PlanStepId[] = ['pct-national-30', 'pct-national-31', 'pct-china-32'];

/** Two months from removal of the cause of the delay (PCT Rule 49.6(b)(i)). */
const REINSTATEMENT_FROM_CAUSE_MONTHS = 2;

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

/** Every step that applies, in the order the applicant meets them: undated steps first, then by date. */
export function planFiling(input: PlanInput): PlanStep[] {
  checkPlanInput(input);
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
  // After a first filing outside China, filing in China with its priority is a step of its own, with CNIPA's
  // rules (Patent Law 2020, Arts 29 and 30). It comes before the other steps of its date (the sort keeps the
  // order of equal dates): a reader abroad who wants protection in China came for it.
  const fromAbroad = input.firstFilingPlace === 'abroad' && asksFirstFilingPlace(right);
  if (fromAbroad && uses('paris') && !pctFirst) {
    dated.push(['china-filing', priority]);
    if (isPatentRight(right)) dated.push(['china-copy', addMonths(firstFiling, CHINA_PRIORITY_COPY_MONTHS)]);
  }
  // After a first filing in the Taiwan region or the Hong Kong SAR, filing in the mainland with that priority
  // follows CNIPA's own provisions: 12 months for an invention or utility model (in the Hong Kong SAR a
  // short-term patent), 6 for a design, the same periods as Patent Law Art. 29 (Order No. 58, Art. 2; Order
  // No. 10). Their copy is due within 3 months of the mainland filing, a date the planner cannot know, so the
  // step's words state the rule and no 16-month copy step follows. Whether the Paris, PCT or Hague routes can carry
  // this priority, and who may use them, each office decides under its own law: the planner dates none of them,
  // and the checklist says so with the rules the reader can act on (regionRoutes.ts).
  const region = firstFilingRegion(input);
  const fromRegion = region !== undefined;
  if (region) dated.push([`china-filing-${region}`, priority]);
  // A PCT first filing is the international application: no Paris filing or PCT filing step is left to take.
  if (uses('paris') && !pctFirst && !fromRegion) dated.push(['paris', priority]);
  if (isPatentRight(right) && uses('pct') && !fromRegion) {
    if (!pctFirst && !input.pctFiled) dated.push(['pct-filing', priority]);
    if (pctExists)
      dated.push(
        ['pct-national-30', deadlines.pctNationalPhase!],
        ['pct-national-31', deadlines.pctLaterNationalPhase!],
        ['pct-china-32', deadlines.pctChinaLateEntry!],
      );
  }
  if (right === 'design' && uses('hague') && !fromRegion) dated.push(['hague', priority]);
  if (right === 'trademark' && uses('madrid')) dated.push(['madrid', priority]);
  if (tradeFair) dated.push(['trade-fair', tradeFair]);

  const confidentiality = needsConfidentialityStep(input);
  const steps: PlanStep[] = confidentiality ? [confidentialityStep(input, priority)] : [];
  for (const [id, due] of dated.sort((a, b) => a[1].localeCompare(b[1]))) {
    const daysLeft = daysBetween(today, due);
    const step: PlanStep = { id, due, daysLeft, passed: daysLeft < 0, weekend: isDeadlineStep(id) && isWeekend(due) };
    if (id === 'trade-fair') {
      step.beforeFirstFiling = daysBetween(firstFiling, due) < 0;
      if (step.beforeFirstFiling && confidentiality) step.confidentialityFirst = true;
    }
    if (id === 'pct-filing' && !pctExists) step.noPctApplication = true;
    if (NATIONAL_PHASE_STEPS.includes(id) && !pctFirst && !input.pctFiled) step.ifPctFiled = true;
    if (id === 'pct-china-32' && fromAbroad) step.agencyRule = true;
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
