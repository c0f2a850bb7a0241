// What goes into the planner's calendar file: every date the applicant can still act on. That is each
// upcoming deadline; for a passed deadline, the last day of a remedy that is still open (restoring priority,
// reinstatement), because those are the dates that matter most once the ordinary ones are gone; the day to
// ask for the confidentiality examination by; and the trade fair, if one was entered. Each event carries
// reminders 30 and 7 days before, as long as the reminder day has not passed. Words come from the caller.
import { daysBetween } from './deadlines.ts';
import type { CalendarEvent } from './ics.ts';
import type { PlanStep, PlanStepId, RemedyKind } from './planner.ts';

/** Days before an event that its reminders go off. */
export const REMINDER_DAYS = [30, 7];

export interface CalendarWords {
  /** Per step: its title, what to do, and the law. */
  steps: Record<PlanStepId, { title: string; todo: string; law: string; late?: string }>;
  lawLabel: string;
  /** Title of a remedy's last day; {step} is the step's title. */
  remedyTitle: Record<RemedyKind, string>;
  /** Title of the day to ask for the confidentiality examination by. */
  askByTitle: string;
  /** Said of a last day on a Saturday or Sunday. */
  weekend: string;
  /** The rule on closed days, added to every deadline. */
  holidays: string;
  /** Reminder text; {title} is the event's title, {n} the days left. */
  reminder: string;
}

export interface CalendarInput {
  steps: PlanStep[];
  firstFiling: string;
  right: string;
  today: string;
  /** Host for the UIDs, so a second import of the same plan updates rather than doubles the events. */
  host: string;
  /** The page's address, added to each description. */
  page: string;
  words: CalendarWords;
}

function reminders(date: string, today: string, title: string, words: CalendarWords) {
  const left = daysBetween(today, date);
  return REMINDER_DAYS.filter((n) => left >= n).map((n) => ({
    daysBefore: n,
    description: words.reminder.replace('{title}', title).replace('{n}', String(n)),
  }));
}

/** The events in date order; the same plan always gives the same UIDs. */
export function calendarEvents({
  steps,
  firstFiling,
  right,
  today,
  host,
  page,
  words,
}: CalendarInput): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  const add = (uid: string, date: string, title: string, lines: string[]) =>
    events.push({
      uid: `${uid}-${firstFiling}-${right}@${host}`,
      date,
      summary: title,
      description: [...lines, page].filter(Boolean).join('\n'),
      alarms: reminders(date, today, title, words),
    });

  for (const step of steps) {
    const text = words.steps[step.id];
    const law = `${words.lawLabel} ${text.law}`;
    if (step.askBy && !step.askBy.passed) add(`ask-by-${step.id}`, step.askBy.date, words.askByTitle, [text.todo, law]);
    if (!step.due) continue;
    if (!step.passed) {
      const closed = step.id === 'trade-fair' ? [] : [step.weekend ? words.weekend : '', words.holidays];
      add(step.id, step.due, text.title, [text.todo, law, ...closed]);
    } else if (step.remedy?.open) {
      const title = words.remedyTitle[step.remedy.kind].replace('{step}', text.title);
      add(`${step.remedy.kind}-${step.id}`, step.remedy.until, title, [
        text.late ?? '',
        step.remedy.weekend ? words.weekend : '',
        law,
      ]);
    }
  }
  return events.sort((a, b) => a.date.localeCompare(b.date));
}
