// The timeline page's view: where the build date falls in the plan's four phases (五、时序进度).
import { SOURCE_LANG, type Lang } from '../i18n/locales.ts';
import { timelinePhases, type TimelinePhase } from '../lib/plan/phases.ts';
import { planPeriodEnded } from '../lib/plan/period.ts';
import { BUILD_DATE, BUILD_DAY } from './buildDate.ts';
import { planClauses } from './plan.ts';

export interface TimelineView {
  /** The build date, YYYY-MM-DD. */
  today: string;
  ended: boolean;
  phases: TimelinePhase[];
}

export async function timelineView(lang: Lang): Promise<TimelineView> {
  return {
    today: BUILD_DAY,
    ended: planPeriodEnded(BUILD_DATE),
    phases: timelinePhases(await planClauses(SOURCE_LANG), await planClauses(lang), BUILD_DAY),
  };
}
