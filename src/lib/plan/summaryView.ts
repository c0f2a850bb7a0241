// The shape of the /plan/summary/ page's view (一图读懂), as its components render it. Built by
// src/data/summary.ts (planSummary); declared here so components can name it without importing route data.
import type { TargetRecord } from '../schemas/target.ts';
import type { TargetView } from '../targets/view.ts';
import type { AreaSummary, TimetablePosition } from './summary.ts';
import type { PhaseState } from './phases.ts';

export interface SummaryGroup {
  group: TargetRecord['group'];
  clause: string;
  targets: TargetView[];
}

export interface SummaryPhase {
  id: string;
  name: string;
  start: string;
  end: string;
  state: PhaseState;
  /** Where the phase begins and ends on the timetable, as shares of the whole period. */
  from: number;
  to: number;
}

export interface PlanSummary {
  aim: { id: string; text: string };
  groups: SummaryGroup[];
  /** How many targets the plan sets in all, the qualitative ones (not in groups) included. */
  targetTotal: number;
  areas: Array<AreaSummary & { text: string }>;
  phases: SummaryPhase[];
  today: string;
  /** Whether today is before, during or after the plan's period. */
  where: TimetablePosition['where'];
  /** The drawn timeline: its months, today's place and the first of each January, as shares 0 to 1. */
  axis: { start: string; end: string; today: number; years: Array<{ year: number; at: number }> };
}
