// The plan's period: July 2022 to June 2025 (五、时序进度, phases 一 to 四).
export const PLAN_PERIOD = { start: '2022-07', end: '2025-06' } as const;

/** True once the last month of the period is over. */
export function planPeriodEnded(today: Date): boolean {
  const month = today.toISOString().slice(0, 7);
  return month > PLAN_PERIOD.end;
}
