// The pieces of the one-page summary (一图读懂) that need working out: each task area's measures and the
// units that lead them, a phase's short name, and where a day falls on the plan's timetable.
import type { Clause } from './parsePlan.ts';
import { resolveMeasureUnits, type UnitName } from './units.ts';

export interface LeadCount {
  unit: UnitName;
  /** How many of the area's measures this unit leads (is listed first for). */
  measures: number;
}

export interface AreaSummary {
  id: string;
  measureCount: number;
  leads: LeadCount[];
}

/** For each task area (四、重点任务 (一)–(五)): how many measures it has and who leads them, most first. */
export function summariseTaskAreas(clauses: Clause[], units: UnitName[]): AreaSummary[] {
  return clauses
    .filter((c) => c.kind === 'area')
    .map((area) => {
      const measures = clauses.filter((c) => c.kind === 'measure' && c.id.startsWith(`${area.id}-`));
      const counts = new Map<string, LeadCount>();
      for (const measure of measures) {
        const lead = resolveMeasureUnits(measure, units)[0];
        if (!lead) continue;
        const entry = counts.get(lead.id) ?? { unit: lead, measures: 0 };
        entry.measures += 1;
        counts.set(lead.id, entry);
      }
      // Most measures first; ties keep the glossary's order (the IP office first).
      const order = (u: UnitName) => units.findIndex((g) => g.id === u.id);
      const leads = [...counts.values()].sort((a, b) => b.measures - a.measures || order(a.unit) - order(b.unit));
      return { id: area.id, measureCount: measures.length, leads };
    });
}

/**
 * A phase's name without its number and dates: "(一)动员启动阶段(2022年7月—2022年9月)。…" gives
 * 动员启动阶段; "(1) Mobilisation and launch stage (July 2022 to …" gives "Mobilisation and launch stage".
 */
export function phaseName(text: string): string {
  const withoutNumber = text.replace(/^\s*[((][^))]{1,3}[))]\s*/, '');
  return withoutNumber.split(/\s*[((]/)[0].trim();
}

/** Months from January of year 0, for month arithmetic on YYYY-MM strings. */
const monthIndex = (yyyyMm: string) => {
  const [y, m] = yyyyMm.split('-').map(Number);
  return y * 12 + (m - 1);
};

export interface TimetablePosition {
  /** Share of the period (0 to 1) at which the day falls, clamped to the period. */
  fraction: number;
  where: 'before' | 'during' | 'after';
}

/** Where `today` (YYYY-MM-DD) falls in a period of whole months from `start` to the end of `end`. */
export function timetablePosition(start: string, end: string, today: string): TimetablePosition {
  const [y, m, d] = today.split('-').map(Number);
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const at = monthIndex(`${y}-${m}`) + (d - 1) / daysInMonth;
  const from = monthIndex(start);
  const to = monthIndex(end) + 1;
  const where = at < from ? 'before' : at >= to ? 'after' : 'during';
  return { fraction: Math.min(Math.max((at - from) / (to - from), 0), 1), where };
}

/** Where a span of whole months (first to last month) lies in the period, as shares 0 to 1, for drawing to scale. */
export function spanWithin(
  span: { start: string; end: string },
  period: { start: string; end: string },
): { from: number; to: number } {
  const length = monthIndex(period.end) + 1 - monthIndex(period.start);
  return {
    from: (monthIndex(span.start) - monthIndex(period.start)) / length,
    to: (monthIndex(span.end) + 1 - monthIndex(period.start)) / length,
  };
}

/** The first of each January inside the period (after its first month), for the timeline's year marks. */
export function yearTicks(axis: { start: string; end: string }): Array<{ year: number; at: number }> {
  const first = Number(axis.start.slice(0, 4)) + 1;
  const last = Number(axis.end.slice(0, 4));
  return Array.from({ length: Math.max(last - first + 1, 0) }, (_, i) => first + i).map((year) => ({
    year,
    at: spanWithin({ start: `${year}-01`, end: `${year}-01` }, axis).from,
  }));
}
