// The planner's checklist on paper: every step it can list, the rights each applies to and its period in
// months from the first filing, so a reader without JavaScript can print it and write the dates in. The
// periods come from deadlines.ts and confidentiality.ts, so the paper and the computed checklist cannot disagree.
import {
  CHINA_PRIORITY_COPY_MONTHS,
  isPatentRight,
  PARIS_PRIORITY_MONTHS,
  PCT_CHINA_LATE_ENTRY_MONTHS,
  PCT_LATER_NATIONAL_PHASE_MONTHS,
  PCT_NATIONAL_PHASE_MONTHS,
  type RightKind,
} from './deadlines.ts';
import type { PlanStepId, RegionStepId } from './planner.ts';
import { CONFIDENTIALITY_MAX_MONTHS } from './confidentiality.ts';
import { asksFirstFilingPlace } from './planInput.ts';

export interface PaperStep {
  /** The paper lists the general steps; a first filing in the Taiwan region or the Hong Kong SAR has its rules on screen. */
  id: Exclude<PlanStepId, RegionStepId>;
  /** Each right the step applies to, with its period in months; no months for a step not counted from the first filing. */
  rights: Array<{ right: RightKind; months?: number }>;
  /**
   * Confidentiality step only: after a first filing in China, the months from it to ask by, so CNIPA has its
   * longest period before the priority deadline (the same rule as the computed checklist's ask-by date).
   */
  askByMonths?: Array<{ right: RightKind; months: number }>;
  /**
   * When the step applies beyond its rights: the confidentiality examination only to what was completed in China
   * (Patent Law 2020, Art. 19(1)); filing in China with priority only after a first filing outside China.
   */
  condition?: PaperCondition;
}

export type PaperCondition = 'made-in-china' | 'first-filing-abroad';

const ALL: RightKind[] = ['invention', 'utility-model', 'design', 'trademark'];
const PATENT = ALL.filter(isPatentRight);

const counted = (rights: RightKind[], months: (right: RightKind) => number) =>
  rights.map((right) => ({ right, months: months(right) }));

/** The steps in the order the planner lists them for a first filing with every route open. */
export function paperChecklist(): PaperStep[] {
  return [
    {
      id: 'confidentiality',
      rights: PATENT.map((right) => ({ right })),
      askByMonths: counted(PATENT, (right) => PARIS_PRIORITY_MONTHS[right] - CONFIDENTIALITY_MAX_MONTHS),
      condition: 'made-in-china',
    },
    {
      id: 'china-filing',
      rights: counted(ALL.filter(asksFirstFilingPlace), (right) => PARIS_PRIORITY_MONTHS[right]),
      condition: 'first-filing-abroad',
    },
    { id: 'paris', rights: counted(ALL, (right) => PARIS_PRIORITY_MONTHS[right]) },
    { id: 'pct-filing', rights: counted(PATENT, (right) => PARIS_PRIORITY_MONTHS[right]) },
    { id: 'hague', rights: counted(['design'], (right) => PARIS_PRIORITY_MONTHS[right]) },
    { id: 'madrid', rights: counted(['trademark'], (right) => PARIS_PRIORITY_MONTHS[right]) },
    { id: 'china-copy', rights: counted(PATENT, () => CHINA_PRIORITY_COPY_MONTHS), condition: 'first-filing-abroad' },
    { id: 'pct-national-30', rights: counted(PATENT, () => PCT_NATIONAL_PHASE_MONTHS) },
    { id: 'pct-national-31', rights: counted(PATENT, () => PCT_LATER_NATIONAL_PHASE_MONTHS) },
    { id: 'pct-china-32', rights: counted(PATENT, () => PCT_CHINA_LATE_ENTRY_MONTHS) },
    { id: 'trade-fair', rights: ALL.map((right) => ({ right })) },
  ];
}
