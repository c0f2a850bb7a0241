// The filing planner's checklist at a glance, for paper: one row per step of the list below it, in its order and
// under its number (what to do, the last day, the days left, an empty box to tick by hand), made from the same
// steps as the list, so the two cannot disagree. What each row says of when is src/lib/overseas/glance.ts's: a step
// without a date (the confidentiality examination) says "before any filing abroad" and, in words, whether to act
// now. The table itself is in PlannerResult.astro; this writes its rows.
import type { PlanStep } from '../lib/overseas/planner.ts';
import { glanceWhen } from '../lib/overseas/glance.ts';
import { daysText, element, type PlannerLabels } from './plannerSteps.ts';

/** A date as a <time>, machine-readable for the tests and for assistive technology. */
function timeOf(iso: string, formatDate: (iso: string) => string): HTMLTimeElement {
  const time = element('time', formatDate(iso));
  time.dateTime = iso;
  return time;
}

export function glanceRows(
  steps: PlanStep[],
  labels: PlannerLabels,
  formatDate: (iso: string) => string,
): HTMLTableRowElement[] {
  return steps.map((step, index) => {
    const row = element('tr');
    row.dataset.glanceStep = step.id;
    // The item's number in the list, so the reader finds what to do and the law under the same number.
    const action = element('th');
    action.scope = 'row';
    action.append(`${index + 1}. ${labels.steps[step.id].title}`);
    // A condition said in the list is said here too: a national-phase date before any PCT application, a step for
    // an invention only if it was completed in China.
    if (step.ifPctFiled) action.append(element('span', labels.ifPctFiled, 'planner-glance__if'));
    if (step.ifMadeInChina) action.append(element('span', labels.glanceIfMade, 'planner-glance__if'));
    const date = element('td');
    const left = element('td');
    const when = glanceWhen(step);
    if (when.kind === 'dated') {
      date.append(timeOf(when.due, formatDate));
      if (when.passed) left.append(element('strong', labels.passed), ' ');
      left.append(daysText(when.daysLeft, labels));
    } else {
      // Not a date but a moment: before any filing abroad. It may wrap; a date never does.
      date.className = 'planner-glance__before';
      date.append(labels.beforeFiling);
      if (when.askBy) {
        const [before, after = ''] = labels.glanceAskBy.split('{date}');
        date.append(element('br'), before, timeOf(when.askBy.date, formatDate), after);
        left.append(daysText(when.askBy.daysLeft, labels));
      }
      // Said in words, as the list says it, never by colour alone.
      if (when.now) {
        row.dataset.glanceNow = 'true';
        left.append(element('strong', labels.glanceNow));
      }
    }
    // A box to tick with a pen: a bordered square, not a form control (nothing on paper can be pressed).
    const tick = element('td', undefined, 'planner-glance__tick');
    tick.append(element('span', undefined, 'planner-glance__box'));
    row.append(action, date, left, tick);
    return row;
  });
}
