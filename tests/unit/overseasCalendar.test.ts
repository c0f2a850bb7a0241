// What the planner's calendar file carries: every date the applicant can still act on, including a remedy's
// last day once every ordinary deadline has passed, with reminders 30 and 7 days before where still ahead.
import { describe, expect, it } from 'vitest';
import { calendarEvents, REMINDER_DAYS, type CalendarWords } from '../../src/lib/overseas/calendarEvents.ts';
import { PLAN_STEP_IDS, planFiling } from '../../src/lib/overseas/planner.ts';
import type { PlanInput } from '../../src/lib/overseas/planInput.ts';
import { addMonths, daysBetween } from '../../src/lib/overseas/deadlines.ts';
import { buildCalendar } from '../../src/lib/overseas/ics.ts';
import { icsEvents, icsProblems } from '../support/icalendar.ts';

const IDS = PLAN_STEP_IDS;
const words: CalendarWords = {
  steps: Object.fromEntries(
    IDS.map((id) => [id, { title: `title ${id}`, todo: `todo ${id}`, law: `law ${id}`, late: `late ${id}` }]),
  ) as CalendarWords['steps'],
  lawLabel: 'Law:',
  remedyTitle: { 'restore-priority': 'Restore: {step}', reinstate: 'Reinstate: {step}' },
  reinstateLimits: 'Two months from finding out, at the latest {outer}',
  askByTitle: 'Ask by',
  askNowTitle: 'Ask now',
  askNow: 'ASK NOW, {date} has passed',
  ifPctFiled: 'IF PCT',
  weekend: 'WEEKEND',
  holidays: 'HOLIDAYS',
  reminder: '{title}: {n} days left',
  formatDate: (iso) => `on ${iso}`,
};

function eventsFor(input: PlanInput) {
  const steps = planFiling({ firstFilingPlace: 'china', madeInChina: 'yes', ...input });
  const events = calendarEvents({
    steps,
    firstFiling: input.firstFiling,
    right: input.right,
    today: input.today,
    host: 'example.org',
    page: 'https://example.org/en/overseas/',
    words,
  });
  return { steps, events };
}

describe('calendarEvents', () => {
  it('lists every upcoming deadline and the day to ask for the confidentiality examination by', () => {
    const input = { firstFiling: '2024-02-29', right: 'invention' as const, today: '2024-03-01' };
    const { steps, events } = eventsFor(input);
    const upcoming = steps.filter((s) => s.due && !s.passed).map((s) => s.due!);
    const askBy = steps[0].askBy!.date;
    expect(events.map((e) => e.date)).toEqual([askBy, ...upcoming].sort());
    expect(events.find((e) => e.date === askBy)!.summary).toBe('Ask by');
  });

  it('keeps a restoration deadline 14 days ahead when every ordinary deadline has passed', () => {
    // Priority ended on 2025-01-31; restoring it can be asked for until 2025-03-31.
    const input = {
      firstFiling: '2024-01-31',
      right: 'invention' as const,
      route: 'paris' as const,
      today: '2025-03-17',
    };
    const { steps, events } = eventsFor(input);
    expect(steps.filter((s) => s.due).every((s) => s.passed)).toBe(true);
    const remedy = steps.find((s) => s.id === 'paris')!.remedy!;
    expect(daysBetween(input.today, remedy.until)).toBe(14);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ date: remedy.until, summary: 'Restore: title paris' });
    expect(events[0].description).toContain('late paris');
    expect(events[0].alarms!.map((a) => a.daysBefore)).toEqual(REMINDER_DAYS.filter((n) => n <= 14));
  });

  it('dates each open reinstatement two months from today, not 12 months after the deadline, naming the outer limit', () => {
    // The 30 and 31 months from 2022-01-10 ended on 2024-07-10 and 2024-08-10: found out today, the request is
    // due two months from today, long before either outer limit (2025-07-10, 2025-08-10).
    const today = '2024-09-01';
    const open = eventsFor({ firstFiling: '2022-01-10', right: 'utility-model', route: 'pct', today, pctFiled: true });
    const reinstate = open.events.filter((e) => e.summary.startsWith('Reinstate:'));
    const remedies = open.steps.filter((s) => s.remedy?.open);
    expect(reinstate.map((e) => e.date)).toEqual(remedies.map(() => addMonths(today, 2)));
    for (const [i, event] of reinstate.entries()) {
      expect(event.date < remedies[i].remedy!.until).toBe(true);
      expect(event.description).toContain(`at the latest on ${remedies[i].remedy!.until}`);
    }
    // CNIPA's 32-month entry is still ahead, and offers no reinstatement once passed.
    expect(open.events.some((e) => e.uid.startsWith('pct-china-32-'))).toBe(true);
    const later = eventsFor({
      firstFiling: '2022-01-10',
      right: 'invention',
      route: 'pct',
      today: '2025-07-11',
      pctFiled: true,
    });
    expect(later.events.map((e) => e.date)).toEqual(
      later.steps.filter((s) => s.remedy?.open).map((s) => s.remedy!.ifFoundToday),
    );
    expect(later.events.length).toBeLessThan(reinstate.length);
    expect(later.events.some((e) => e.uid.startsWith('pct-china-32'))).toBe(false);
  });

  it('asks for the confidentiality examination today once the ask-by day has passed, until the priority deadline', () => {
    const late = eventsFor({ firstFiling: '2024-02-29', right: 'invention', route: 'paris', today: '2024-10-01' });
    const askBy = late.steps[0].askBy!;
    expect(askBy.passed).toBe(true);
    const now = late.events.find((e) => e.summary === 'Ask now')!;
    expect(now.date).toBe('2024-10-01');
    expect(now.description).toContain(`ASK NOW, on ${askBy.date} has passed`);
    const afterPriority = eventsFor({
      firstFiling: '2024-02-29',
      right: 'invention',
      route: 'paris',
      today: '2025-03-01',
    });
    expect(afterPriority.events.some((e) => e.summary === 'Ask now')).toBe(false);
  });

  it('gives no day to ask by after a first filing abroad: the request had to come first', () => {
    const input = { firstFiling: '2025-03-10', right: 'invention' as const, today: '2025-03-11' };
    const abroad = calendarEvents({
      steps: planFiling({ ...input, firstFilingPlace: 'abroad', madeInChina: 'yes' }),
      ...input,
      host: 'example.org',
      page: '',
      words,
    });
    expect(abroad.some((e) => e.uid.startsWith('ask-by'))).toBe(false);
    expect(eventsFor(input).events.some((e) => e.uid.startsWith('ask-by'))).toBe(true);
  });

  it('reminds the day before an event fewer than 7 days away', () => {
    const { events } = eventsFor({
      firstFiling: '2025-03-15',
      right: 'trademark',
      route: 'madrid',
      today: '2025-09-12',
    });
    expect(daysBetween('2025-09-12', events[0].date)).toBe(3);
    expect(events[0].alarms!.map((a) => a.daysBefore)).toEqual([1]);
  });

  it('adds the trade fair when one is entered and ahead', () => {
    const { events } = eventsFor({
      firstFiling: '2025-03-10',
      right: 'design',
      today: '2025-03-11',
      tradeFair: '2025-06-02',
    });
    const fair = events.find((e) => e.date === '2025-06-02')!;
    expect(fair.summary).toBe('title trade-fair');
    expect(fair.description).not.toContain('HOLIDAYS');
  });

  it('sets reminders 30 and 7 days before only while the reminder day is still ahead', () => {
    const { events } = eventsFor({
      firstFiling: '2025-03-15',
      right: 'trademark',
      route: 'madrid',
      today: '2025-09-05',
    });
    const [madrid] = events;
    const left = daysBetween('2025-09-05', madrid.date);
    expect(madrid.alarms!.map((a) => a.daysBefore)).toEqual(REMINDER_DAYS.filter((n) => n <= left));
    expect(madrid.alarms![0].description).toBe(`title madrid: ${madrid.alarms![0].daysBefore} days left`);
  });

  it('says when a last day falls on a weekend', () => {
    // 2025-03-15 is a Saturday.
    const { events } = eventsFor({
      firstFiling: '2024-03-15',
      right: 'invention',
      route: 'paris',
      today: '2024-03-16',
    });
    expect(events.find((e) => e.date === '2025-03-15')!.description).toContain('WEEKEND');
  });

  it('puts a first filing still to come in the calendar, without the closed-days rule of a deadline', () => {
    // 2026-03-14, the planned first filing, is a Saturday: a day the applicant chose, not an office's last day.
    const { events } = eventsFor({ firstFiling: '2026-03-14', right: 'design', today: '2026-01-10' });
    const first = events.find((e) => e.date === '2026-03-14' && e.summary === 'title first-filing')!;
    expect(first.description).toContain('todo first-filing');
    expect(first.description).not.toContain('WEEKEND');
    expect(first.description).not.toContain('HOLIDAYS');
    expect(events[0]).toBe(first);
  });

  it('puts no national-phase date in the calendar once no PCT application can claim the priority', () => {
    const { events } = eventsFor({ firstFiling: '2025-03-15', right: 'utility-model', today: '2026-12-07' });
    expect(events.filter((e) => e.uid.startsWith('pct-'))).toEqual([]);
  });

  it('says a national-phase date holds only if a PCT application is filed, until the reader says one was', () => {
    const input = { firstFiling: '2025-03-15', right: 'invention' as const, today: '2025-04-01' };
    const national = (events: ReturnType<typeof eventsFor>['events']) =>
      events.filter((e) => e.uid.startsWith('pct-national') || e.uid.startsWith('pct-china'));
    const notYet = national(eventsFor(input).events);
    expect(notYet.length).toBeGreaterThan(0);
    for (const event of notYet) expect(event.description.split('\n')[0], event.uid).toBe(words.ifPctFiled);
    for (const event of national(eventsFor({ ...input, pctFiled: true }).events))
      expect(event.description, event.uid).not.toContain(words.ifPctFiled);
  });

  it('is empty when nothing is left to act on', () => {
    expect(eventsFor({ firstFiling: '2020-01-10', right: 'design', today: '2025-01-01' }).events).toEqual([]);
  });

  it('gives every event a unique UID that the same plan repeats', () => {
    const input = {
      firstFiling: '2024-02-29',
      right: 'invention' as const,
      today: '2024-03-01',
      tradeFair: '2024-05-01',
    };
    const uids = eventsFor(input).events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(eventsFor(input).events.map((e) => e.uid)).toEqual(uids);
  });

  it('makes a valid RFC 5545 file of a plan with a fair, an ask-by date and reminders', () => {
    const { events } = eventsFor({
      firstFiling: '2024-02-29',
      right: 'invention',
      today: '2024-03-01',
      tradeFair: '2024-05-01',
    });
    const ics = buildCalendar(events, { stamp: '2024-03-01T08:00:00Z', name: '申请期限 / Filing deadlines' });
    expect(icsProblems(ics)).toEqual([]);
    expect(icsEvents(ics).map((e) => e.start)).toEqual(events.map((e) => e.date));
    expect(icsEvents(ics).map((e) => e.alarmDays)).toEqual(events.map((e) => e.alarms!.map((a) => -a.daysBefore)));
  });
});
