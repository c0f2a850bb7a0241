// Route data for /plan/summary/ (一图读懂): the plan's aim, its quantitative targets by goal group with
// their status, the task areas with their measures and lead units, and the timetable with today on it.
// Structure and dates come from the Chinese text (the one that prevails); the words shown are the page's language.
import { getCollection } from 'astro:content';
import { SOURCE_LANG, type Lang } from '../i18n/locales.ts';
import { planClauses } from './plan.ts';
import { TARGET_GROUP_ORDER, targetViews } from './targets.ts';
import { BUILD_DAY } from './buildDate.ts';
import { summariseTaskAreas, phaseName, timetablePosition, spanWithin, yearTicks } from '../lib/plan/summary.ts';
import { timelinePhases } from '../lib/plan/phases.ts';
import { PLAN_PERIOD } from '../lib/plan/facts.ts';
import type { PlanSummary, SummaryGroup, SummaryPhase } from '../lib/plan/summaryView.ts';

export type { PlanSummary, SummaryGroup, SummaryPhase };

const AIM_CLAUSE = 'goal-overall';

export async function planSummary(lang: Lang): Promise<PlanSummary> {
  const [zh, local, views, units] = await Promise.all([
    planClauses(SOURCE_LANG),
    planClauses(lang),
    targetViews(),
    getCollection('units'),
  ]);
  const textOf = new Map(local.map((c) => [c.id, c.text]));
  const text = (id: string) => {
    const found = textOf.get(id);
    if (found === undefined)
      throw new Error(
        `content/plan/${lang}: 缺少条款 {#${id}} / clause {#${id}} is missing: add it to the ${lang} plan text.`,
      );
    return found;
  };
  const quantitative = views.filter((v) => v.entry.data.kind === 'quantitative');
  const groups = TARGET_GROUP_ORDER.map((group) => ({
    group,
    clause: `goal-${group}`,
    targets: quantitative.filter((v) => v.entry.data.group === group),
  }));
  const areas = summariseTaskAreas(
    zh,
    units.map((u) => u.data),
  ).map((a) => ({ ...a, text: text(a.id) }));
  const today = BUILD_DAY;
  // The drawn axis runs to today when the period is over, so the distance since its end is shown to scale.
  const axis = { start: PLAN_PERIOD.start, end: [PLAN_PERIOD.end, today.slice(0, 7)].sort().at(-1)! };
  const phases = timelinePhases(zh, local, today).map((p) => ({
    ...p,
    name: phaseName(p.text),
    ...spanWithin(p, axis),
  }));
  return {
    aim: { id: AIM_CLAUSE, text: text(AIM_CLAUSE) },
    groups,
    targetTotal: views.length,
    areas,
    phases,
    today,
    where: timetablePosition(PLAN_PERIOD.start, PLAN_PERIOD.end, today).where,
    axis: { ...axis, today: timetablePosition(axis.start, axis.end, today).fraction, years: yearTicks(axis) },
  };
}
