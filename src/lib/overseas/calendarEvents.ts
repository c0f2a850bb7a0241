// What goes into the planner's calendar file: every date the applicant can still act on. That is each
// upcoming deadline; for a passed deadline, the last day of a remedy that is still open (restoring priority,
// reinstatement), because those are the dates that matter most once the ordinary ones are gone; the day to
// ask for the confidentiality examination by, or today once that day has passed and the priority deadline
// has not; a first filing still to come; and the trade fair, if one was entered. Each event carries reminders
// 30, 7 and 1 days before, as long as the reminder day has not passed. Words come from the caller.
import { daysBetween, isWeekend } from './deadlines.ts';
import type { CalendarEvent } from './ics.ts';
import { isDeadlineStep, type PlanStep, type PlanStepId, type RemedyKind } from './planner.ts';

/** Days before an event that its reminders go off: the last one the day before, so no event comes unannounced. */
export const REMINDER_DAYS = [30, 7, 1];

export interface CalendarWords {
  /** Per step: its title, what to do, and the law. */
  steps: Record<PlanStepId, { title: string; todo: string; law: string; late?: string }>;
  lawLabel: string;
  /** Title of a remedy's last day; {step} is the step's title. */
  remedyTitle: Record<RemedyKind, string>;
  /**
   * Said of reinstatement: the two-month limit from removal of the cause and the outer limit ({outer}), which of
   * them counts, and that the event assumes the miss was found today. (That CNIPA offers none is in the steps'
   * own `late` words, which the event carries too.)
   */
  reinstateLimits: string;
  /** Title of the day to ask for the confidentiality examination by. */
  askByTitle: string;
  /** Title and text of today's entry once that day has passed; {date} is the passed day. */
  askNowTitle: string;
  askNow: string;
  /** First line of a national-phase date's text while no PCT application has been filed: it holds only if one is. */
  ifPctFiled: string;
  /** Said of a last day on a Saturday or Sunday. */
  weekend: string;
  /** The rule on closed days, added to every deadline. */
  holidays: string;
  /** Reminder text; {title} is the event's title, {n} the days left. */
  reminder: string;
  /** Formats a date in the reader's language for the event text. */
  formatDate: (iso: string) => string;
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
    // Past the ask-by day the examination is still needed before any filing abroad: ask at once, while asking
    // can still come before the priority deadline.
    else if (step.askBy && daysBetween(today, step.askBy.priorityDeadline) >= 0)
      add(`ask-by-${step.id}`, today, words.askNowTitle, [
        words.askNow.replace('{date}', words.formatDate(step.askBy.date)),
        text.todo,
        law,
      ]);
    if (!step.due) continue;
    if (!step.passed) {
      const closed = isDeadlineStep(step.id) ? [step.weekend ? words.weekend : '', words.holidays] : [];
      const conditional = step.ifPctFiled ? [words.ifPctFiled] : [];
      add(step.id, step.due, text.title, [...conditional, text.todo, law, ...closed]);
    } else if (step.remedy?.open) {
      const title = words.remedyTitle[step.remedy.kind].replace('{step}', text.title);
      const reinstate = step.remedy.kind === 'reinstate';
      // Reinstatement is due two months after the cause of the delay is removed, or at the outer limit if that
      // comes first (PCT Rule 49.6(b)): the event sits on the earlier day, as if the miss was found today.
      const date = (reinstate && step.remedy.ifFoundToday) || step.remedy.until;
      add(`${step.remedy.kind}-${step.id}`, date, title, [
        text.late ?? '',
        reinstate ? words.reinstateLimits.replace('{outer}', words.formatDate(step.remedy.until)) : '',
        isWeekend(date) ? words.weekend : '',
        law,
      ]);
    }
  }
  return events.sort((a, b) => a.date.localeCompare(b.date));
}
