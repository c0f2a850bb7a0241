// The status rule for a target, published on /targets/ ("How status is worked out"):
// - no figure published → no data;
// - latest figure at or above the target → achieved;
// - otherwise, after the deadline → missed (judged on the last figure);
// - otherwise on track when the latest figure is at or above a straight path drawn from the
//   starting point (the baseline, or the first figure when no baseline is published) to the
//   target at the end of the deadline month; behind when it is below.
export type TargetStatus = 'achieved' | 'on-track' | 'behind' | 'missed' | 'no-data';

export interface DatedValue {
  value: number;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  asOf: string;
}

export interface StatusInput {
  target: number;
  /** YYYY-MM: the target is due by the end of this month. */
  deadline: string;
  baseline?: DatedValue;
  figures: DatedValue[];
}

/** A date written YYYY, YYYY-MM or YYYY-MM-DD as a time: the end of the period it names. */
export function endOfPeriod(asOf: string): number {
  const [y, m, d] = asOf.split('-').map(Number);
  if (d) return Date.UTC(y, m - 1, d);
  if (m) return Date.UTC(y, m, 0); // day 0 of the next month = last day of this month
  return Date.UTC(y, 11, 31);
}

export function latestFigure(figures: DatedValue[]): DatedValue | undefined {
  return [...figures].sort((a, b) => endOfPeriod(a.asOf) - endOfPeriod(b.asOf)).at(-1);
}

export function computeTargetStatus(input: StatusInput, today: Date): TargetStatus {
  const latest = latestFigure(input.figures);
  if (!latest) return 'no-data';
  if (latest.value >= input.target) return 'achieved';
  const due = endOfPeriod(input.deadline);
  if (today.getTime() > due) return 'missed';
  const start = input.baseline ?? [...input.figures].sort((a, b) => endOfPeriod(a.asOf) - endOfPeriod(b.asOf))[0];
  const startTime = endOfPeriod(start.asOf);
  if (due <= startTime) return 'behind';
  const progress = (endOfPeriod(latest.asOf) - startTime) / (due - startTime);
  const expected = start.value + (input.target - start.value) * Math.min(Math.max(progress, 0), 1);
  return latest.value >= expected ? 'on-track' : 'behind';
}

/** How many targets are in each status, for the summary at the top of /targets/. Met, missed and
 *  "no published figure" are always listed (a zero is an answer too); the others only when they occur. */
export function statusCounts(statuses: TargetStatus[]): Array<{ status: TargetStatus; count: number }> {
  const always: TargetStatus[] = ['achieved', 'missed', 'no-data'];
  const order: TargetStatus[] = ['achieved', 'on-track', 'behind', 'missed', 'no-data'];
  return order
    .map((status) => ({ status, count: statuses.filter((s) => s === status).length }))
    .filter(({ status, count }) => count > 0 || always.includes(status));
}
