// The confidentiality examination (保密审查) an invention or utility model completed in China needs before it is
// filed abroad (Patent Law 2020, Art. 19): what the first filing's kind, place and date leave the applicant to do,
// and by when to ask so that CNIPA's longest period still ends before the priority deadline.
import { addMonths, daysBetween, isPatentRight, PARIS_PRIORITY_MONTHS } from './deadlines.ts';
import { filedWithCnipa, type PlanInput } from './planInput.ts';

/**
 * The longest CNIPA may take over a confidentiality examination: a notice within 2 months of the request,
 * 4 in complex cases, then a decision within 4 months of the request, 6 in complex cases (Implementing
 * Regulations of the Patent Law 2023, Art. 9).
 */
export const CONFIDENTIALITY_MAX_MONTHS = 6;

/** What the confidentiality step tells the reader; at most one of these is set, and ifMadeInChina beside it. */
export interface ConfidentialityFacts {
  /**
   * The reader is not sure the invention was completed in China: the step holds only if it was, and says what
   * that means (Implementing Regulations of the Patent Law 2023, Art. 8(1)).
   */
  ifMadeInChina?: boolean;
  /**
   * After a first filing with CNIPA: the day to ask by to leave CNIPA its longest period before the priority
   * deadline, and that deadline (after which asking at once no longer saves it, and filing a PCT application
   * before it is no longer advice anyone can take: `priorityPassed`). `daysLeft` counts to the ask-by day as a
   * dated step's count to its last day does (the printed table at a glance shows it).
   */
  askBy?: { date: string; daysLeft: number; passed: boolean; priorityDeadline: string; priorityPassed: boolean };
  /**
   * The first filing was a PCT application filed with CNIPA, which was itself the request (Implementing
   * Regulations of the Patent Law 2023, Art. 8(3)).
   */
  pctFirst?: boolean;
  /**
   * The first filing was made outside China. For an invention completed in China the examination had to come
   * before it, so no date is left to ask by; the breach may already have happened (Patent Law 2020, Art. 19(1)
   * and (4)).
   */
  filedAbroadFirst?: boolean;
  /**
   * The first filing, still to come, is to be made outside China, so the examination has to come before it
   * (Implementing Regulations of the Patent Law 2023, Art. 8(2)(1)).
   */
  beforeFirstFiling?: boolean;
  /**
   * After a first filing in China the reader has said a PCT application was filed too. Only one filed with
   * CNIPA counted as the request (Implementing Regulations 2023, Art. 8(3)), so the ask-by date gives way to
   * words on both cases.
   */
  pctFiled?: boolean;
}

/** The step as the planner lists it: undated, never passed, with what is left to do. */
export type ConfidentialityStep = { id: 'confidentiality'; passed: false } & ConfidentialityFacts;

/**
 * Whether the plan has a confidentiality step: for an invention or utility model the reader has not said was
 * completed outside China (Patent Law 2020, Art. 19(1) covers only one completed in China).
 */
export function needsConfidentialityStep({ right, madeInChina }: PlanInput): boolean {
  return isPatentRight(right) && madeInChina !== 'no';
}

/**
 * What the first filing's kind, place and date leave to do about the examination, for an invention or utility
 * model that was (or may have been) completed in China; `priorityDeadline` is the last day to claim the first
 * filing's priority (deadlines.ts).
 */
export function confidentialityStep(input: PlanInput, priorityDeadline: string): ConfidentialityStep {
  const step = stepFacts(input, priorityDeadline);
  return input.madeInChina === 'unsure' ? { ...step, ifMadeInChina: true } : step;
}

function stepFacts(input: PlanInput, priorityDeadline: string): ConfidentialityStep {
  const { firstFiling, right, today } = input;
  const future = daysBetween(today, firstFiling) > 0;
  // A first filing abroad still to come can wait for the examination; one already made may have broken the rule.
  // A first filing in the Taiwan region or the Hong Kong SAR is treated as before those places were offered,
  // when such a reader chose "outside China": CNIPA was not the office.
  if (!filedWithCnipa(input.firstFilingPlace))
    return future
      ? { id: 'confidentiality', passed: false, beforeFirstFiling: true }
      : { id: 'confidentiality', passed: false, filedAbroadFirst: true };
  if (input.firstFilingKind === 'pct') return { id: 'confidentiality', passed: false, pctFirst: true };
  if (input.pctFiled) return { id: 'confidentiality', passed: false, pctFiled: true };
  const askBy = addMonths(firstFiling, PARIS_PRIORITY_MONTHS[right] - CONFIDENTIALITY_MAX_MONTHS);
  const daysLeft = daysBetween(today, askBy);
  return {
    id: 'confidentiality',
    passed: false,
    askBy: {
      date: askBy,
      daysLeft,
      passed: daysLeft < 0,
      priorityDeadline,
      priorityPassed: daysBetween(today, priorityDeadline) < 0,
    },
  };
}
