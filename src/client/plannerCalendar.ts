// The filing planner's calendar file: the planner's words as the calendar takes them, and the download itself (a
// file made in the browser: nothing is sent anywhere).
import type { CalendarWords } from '../lib/overseas/calendarEvents.ts';
import type { PlannerLabels } from './plannerSteps.ts';

export function download(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The calendar's words, from the planner's: a remedy's own text for a passed step, the agency rule after what to do. */
export function calendarWords(labels: PlannerLabels, formatDate: (iso: string) => string): CalendarWords {
  const steps = Object.fromEntries(
    // The agency rule, its own paragraph on screen, follows what to do in the event's description.
    Object.entries(labels.steps).map(([id, w]) => [
      id,
      { ...w, todo: w.agency ? `${w.todo}\n${w.agency}` : w.todo, late: w.lateRestore ?? w.late },
    ]),
  ) as CalendarWords['steps'];
  return {
    steps,
    lawLabel: labels.law,
    remedyTitle: { 'restore-priority': labels.icsRestore, reinstate: labels.icsReinstate },
    reinstateLimits: labels.icsReinstateLimits,
    askByTitle: labels.icsAskBy,
    askNowTitle: labels.icsAskNow,
    askNow: labels.askByPassed,
    ifPctFiled: labels.ifPctFiled,
    weekend: labels.weekend,
    holidays: labels.holidays,
    reminder: labels.icsReminder,
    formatDate,
  };
}
