// The filing planner's checklist at a glance, for paper: one row per dated step of the list below it (its number
// in the list, what to do, the last day, the days left, an empty box to tick by hand), made from the same steps
// as the list, so the two cannot disagree. A step without a date (the confidentiality examination) is in the
// list only. The table itself is in PlannerResult.astro; this writes its rows.
import type { PlanStep } from '../lib/overseas/planner.ts';
import { daysText, element, type PlannerLabels } from './plannerSteps.ts';

export function glanceRows(
  steps: PlanStep[],
  labels: PlannerLabels,
  formatDate: (iso: string) => string,
): HTMLTableRowElement[] {
  return steps.flatMap((step, index) => {
    if (!step.due || step.daysLeft === undefined) return [];
    const row = element('tr');
    row.dataset.glanceStep = step.id;
    // The item's number in the list, so the reader finds what to do and the law under the same number.
    const action = element('th');
    action.scope = 'row';
    action.append(`${index + 1}. ${labels.steps[step.id].title}`);
    // A national-phase date before any PCT application holds only if one is filed: said here as in the list.
    if (step.ifPctFiled) action.append(element('span', labels.ifPctFiled, 'planner-glance__if'));
    const time = element('time', formatDate(step.due));
    time.dateTime = step.due;
    const left = element('td');
    if (step.passed) left.append(element('strong', labels.passed), ' ');
    left.append(daysText(step.daysLeft, labels));
    // A box to tick with a pen: a bordered square, not a form control (nothing on paper can be pressed).
    const tick = element('td', undefined, 'planner-glance__tick');
    tick.append(element('span', undefined, 'planner-glance__box'));
    const date = element('td');
    date.append(time);
    row.append(action, date, left, tick);
    return [row];
  });
}
