// A treaty period in the planner's words ("12 个月" / "12 months"), for the table of periods and the paper
// checklist alike.
import type { Translate } from '../../i18n/t.ts';

export function monthsText(t: Translate, n: number): string {
  return t('planner.months').replace('{n}', String(n));
}
