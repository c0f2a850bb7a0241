// An iCalendar file checked against RFC 5545 by a parser that is not ours (ical.js, Mozilla's), plus the
// rules a parser lets through: the properties each component must carry exactly once (3.6, 3.6.1, 3.6.6,
// 3.7), an all-day DTEND after its DTSTART, CRLF line ends and lines of at most 75 octets (3.1). Returns the
// problems found, so a test can show them all; an empty list means the file is valid.
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  start: string;
  summary: string;
  description: string;
  /** The reminders' triggers as signed durations in days, e.g. -30. */
  alarmDays: number[];
}

const once = (component: ICAL.Component, names: string[], where: string): string[] =>
  names
    .filter((name) => component.getAllProperties(name).length !== 1)
    .map((name) => `${where}: ${name.toUpperCase()} must occur exactly once`);

export function icsProblems(text: string): string[] {
  const problems: string[] = [];
  if (text.replace(/\r\n/g, '').match(/[\r\n]/)) problems.push('a line ends without CRLF (3.1)');
  for (const line of text.split('\r\n'))
    if (new TextEncoder().encode(line).length > 75) problems.push(`a line is longer than 75 octets (3.1): ${line}`);
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    return [...problems, `does not parse: ${(error as Error).message}`];
  }
  if (calendar.name !== 'vcalendar') problems.push('the top component is not VCALENDAR');
  problems.push(...once(calendar, ['version', 'prodid'], 'VCALENDAR'));
  if (calendar.getFirstPropertyValue('version') !== '2.0') problems.push('VERSION is not 2.0');
  for (const [i, event] of calendar.getAllSubcomponents('vevent').entries()) {
    const where = `VEVENT ${i + 1}`;
    problems.push(...once(event, ['uid', 'dtstamp', 'dtstart'], where));
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time | null;
    const end = event.getFirstPropertyValue('dtend') as ICAL.Time | null;
    if (start && end && end.compare(start) <= 0) problems.push(`${where}: DTEND is not after DTSTART`);
    for (const [j, alarm] of event.getAllSubcomponents('valarm').entries()) {
      const at = `${where} VALARM ${j + 1}`;
      problems.push(...once(alarm, ['action', 'trigger'], at));
      if (alarm.getFirstPropertyValue('action') === 'DISPLAY') problems.push(...once(alarm, ['description'], at));
    }
  }
  return problems;
}

/** The events of a valid file, in file order, with the values a reader's calendar shows. */
export function icsEvents(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((event) => ({
    uid: String(event.getFirstPropertyValue('uid')),
    start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toString(),
    summary: String(event.getFirstPropertyValue('summary')),
    description: String(event.getFirstPropertyValue('description')),
    alarmDays: event
      .getAllSubcomponents('valarm')
      .map((alarm) => (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds() / 86_400),
  }));
}
