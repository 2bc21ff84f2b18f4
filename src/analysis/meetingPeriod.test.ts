import { describe, expect, it } from 'vitest';
import { dayNumber, formatDay } from './isoWeek';
import { meetingDay, meetingPeriod } from './meetingPeriod';

const d = (iso: string) => dayNumber(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10));
const range = (r: { first: number; last: number }) => `${formatDay(r.first)}..${formatDay(r.last)}`;

describe('meetingPeriod', () => {
  const meetings = ['2025-09-30', '2025-10-14', '2025-10-28'].map(d);

  it('runs from the last meeting to today, against as many days right before', () => {
    const p = meetingPeriod(meetings, d('2025-10-20'), d('2025-10-26'));
    expect(range(p.current)).toBe('2025-10-14..2025-10-20');
    expect(range(p.previous)).toBe('2025-10-07..2025-10-13');
    expect(formatDay(p.lastMeeting!)).toBe('2025-10-14');
    expect(formatDay(p.nextMeeting!)).toBe('2025-10-28');
    expect(p.endsWithData).toBe(false);
  });

  it('on a meeting day, starts at the meeting before', () => {
    const p = meetingPeriod(meetings, d('2025-10-14'), null);
    expect(range(p.current)).toBe('2025-09-30..2025-10-14');
    expect(formatDay(p.nextMeeting!)).toBe('2025-10-14');
  });

  it('ends at the last day of the data when the data ends before today', () => {
    const p = meetingPeriod(meetings, d('2026-11-29'), d('2025-10-26'));
    expect(range(p.current)).toBe('2025-10-14..2025-10-26');
    expect(range(p.previous)).toBe('2025-10-01..2025-10-13');
    expect(p.endsWithData).toBe(true);
    expect(p.nextMeeting).toBeNull();
  });

  it('falls back to the last 14 days when no earlier meeting is stored', () => {
    const p = meetingPeriod([], d('2025-10-26'), null);
    expect(range(p.current)).toBe('2025-10-13..2025-10-26');
    expect(range(p.previous)).toBe('2025-09-29..2025-10-12');
    expect(p.lastMeeting).toBeNull();
  });
});

describe('meetingDay', () => {
  it('is today, or the last day of the data when it ends earlier', () => {
    const today = dayNumber(2025, 10, 20);
    expect(meetingDay(today, null)).toBe(today);
    expect(meetingDay(today, today + 5)).toBe(today);
    expect(meetingDay(today, today - 3)).toBe(today - 3);
  });
});
