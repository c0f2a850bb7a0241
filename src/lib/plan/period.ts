// Whether the plan's period is over on a given day (五、时序进度: to June 2025).
import { PLAN_PERIOD } from './facts.ts';

/** True once the last month of the period is over (from 1 July 2025, UTC). */
export function planPeriodEnded(today: Date): boolean {
  const month = today.toISOString().slice(0, 7);
  return month > PLAN_PERIOD.end;
}
