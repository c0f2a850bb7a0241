// An iCalendar file (RFC 5545) of the planner's deadlines, written in the browser so nothing leaves it:
// one all-day VEVENT per date, each with its reminders as VALARMs (ACTION:DISPLAY needs a DESCRIPTION and a
// TRIGGER, 3.6.6), CRLF line endings, text escaped and lines folded at 75 octets without splitting a UTF-8
// character (Chinese titles would otherwise break calendar imports).

export interface CalendarEvent {
  /** Unique and stable for the same deadline, so importing the file twice updates rather than doubles it. */
  uid: string;
  /** YYYY-MM-DD: an all-day event on the last day. */
  date: string;
  summary: string;
  description: string;
  /** Reminders, each a whole number of days before the day starts. */
  alarms?: Array<{ daysBefore: number; description: string }>;
}

export interface CalendarOptions {
  /** When the file was made, as an ISO instant (e.g. new Date().toISOString()); becomes DTSTAMP. */
  stamp: string;
  /** The calendar's name, shown by some calendar apps. */
  name: string;
}

const CRLF = '\r\n';

/** Escapes TEXT values (RFC 5545, 3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line into pieces of at most 75 octets, continuation lines starting with a space (3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line may hold 75 octets; each continuation holds 74 after its leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const compactDate = (iso: string) => iso.replaceAll('-', '');

function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** 2026-11-26T12:34:56.789Z → 20261126T123456Z */
function utcStamp(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new Error(`不是有效时间 / not an ISO instant: "${instant}"`);
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export function buildCalendar(events: CalendarEvent[], { stamp, name }: CalendarOptions): string {
  const dtstamp = utcStamp(stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Changzhou IP pilot site//filing planner//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
      `DTEND;VALUE=DATE:${compactDate(nextDay(event.date))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      'TRANSP:TRANSPARENT',
    );
    for (const alarm of event.alarms ?? []) {
      if (!Number.isInteger(alarm.daysBefore) || alarm.daysBefore < 0)
        throw new Error(`提醒天数无效 / alarm daysBefore must be a whole number of days, not ${alarm.daysBefore}`);
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `TRIGGER:-P${alarm.daysBefore}D`,
        `DESCRIPTION:${escapeText(alarm.description)}`,
        'END:VALARM',
      );
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
