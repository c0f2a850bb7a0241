// The planner's calendar file: valid iCalendar that calendar apps import without mangling Chinese text.
import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine, type CalendarEvent } from '../../src/lib/overseas/ics.ts';
import { icsEvents, icsProblems } from '../support/icalendar.ts';

const events: CalendarEvent[] = [
  {
    uid: 'paris-2024-02-29-invention@example.org',
    date: '2025-02-28',
    summary: '巴黎公约优先权期限',
    description: '《巴黎公约》第4条C(1); 到期日遇主管局不办公的, 顺延',
  },
  {
    uid: 'pct-national-30-2024-02-29-invention@example.org',
    date: '2026-08-29',
    summary: 'PCT national phase, 30 months',
    description: 'PCT Art. 22(1)\nsecond line',
    alarms: [
      { daysBefore: 30, description: 'PCT national phase: 30 days left' },
      { daysBefore: 7, description: 'PCT national phase: 7 days left' },
    ],
  },
];
const ics = buildCalendar(events, { stamp: '2026-11-26T12:34:56.789Z', name: '申请期限 / Filing deadlines' });
const unfolded = ics.replace(/\r\n /g, '');

describe('buildCalendar', () => {
  it('wraps the events in one VCALENDAR with a version and a product id', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('ends every line with CRLF and has no bare line feed', () => {
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes one VEVENT per deadline with its UID, DTSTAMP and all-day DTSTART and DTEND', () => {
    const blocks = unfolded.split('BEGIN:VEVENT').slice(1);
    expect(blocks).toHaveLength(events.length);
    blocks.forEach((block, i) => {
      expect(block).toContain(`UID:${events[i].uid}\r\n`);
      expect(block).toContain('DTSTAMP:20261126T123456Z\r\n');
      expect(block).toContain(`DTSTART;VALUE=DATE:${events[i].date.replaceAll('-', '')}\r\n`);
      expect(block).toContain('END:VEVENT');
    });
    expect(unfolded).toContain('DTEND;VALUE=DATE:20250301\r\n');
  });

  it('escapes commas, semicolons and new lines in text', () => {
    expect(unfolded).toContain('DESCRIPTION:《巴黎公约》第4条C(1)\\; 到期日遇主管局不办公的\\, 顺延');
    expect(unfolded).toContain('PCT Art. 22(1)\\nsecond line');
  });

  it('keeps every physical line within 75 octets', () => {
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('is valid RFC 5545 to an independent parser, with the properties each component must carry', () => {
    expect(icsProblems(ics)).toEqual([]);
    expect(icsEvents(ics).map((e) => e.start)).toEqual(events.map((e) => e.date));
  });

  it('is checked by a validator that catches a missing UID, a reminder without text and a broken line', () => {
    const noUid = ics.replace(/UID:[^\r]*\r\n/, '');
    expect(icsProblems(noUid)).toContain('VEVENT 1: UID must occur exactly once');
    const silentAlarm = ics.replace(/DESCRIPTION:PCT national phase: 30 days left\r\n/, '');
    expect(icsProblems(silentAlarm)).toContain('VEVENT 2 VALARM 1: DESCRIPTION must occur exactly once');
    expect(icsProblems(ics.replace('VERSION:2.0\r\n', 'VERSION 2.0\r\n')).join()).toMatch(/does not parse/);
  });

  it('gives each event its reminders as VALARMs that go off the given days before', () => {
    expect(icsEvents(ics).map((e) => e.alarmDays)).toEqual(
      events.map((e) => (e.alarms ?? []).map((a) => -a.daysBefore)),
    );
    expect(unfolded).toContain(
      'BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P30D\r\nDESCRIPTION:PCT national phase: 30 days left\r\nEND:VALARM',
    );
  });

  it('refuses a reminder that is not a whole number of days before', () => {
    const bad = [{ ...events[0], alarms: [{ daysBefore: 1.5, description: 'x' }] }];
    expect(() => buildCalendar(bad, { stamp: '2026-11-26T00:00:00Z', name: 'x' })).toThrow(/whole number of days/);
  });

  it('refuses a stamp that is not a time', () => {
    expect(() => buildCalendar(events, { stamp: 'yesterday', name: 'x' })).toThrow(/ISO instant/);
  });
});

describe('foldLine and escapeText', () => {
  it('folds long Chinese text without splitting a character', () => {
    const line = `SUMMARY:${'保密审查'.repeat(20)}`;
    const folded = foldLine(line);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
  });
  it('leaves a short line alone and escapes backslashes first', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
    expect(escapeText('a\\b,c')).toBe('a\\\\b\\,c');
  });
});
