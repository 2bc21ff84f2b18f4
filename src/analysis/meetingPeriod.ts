import type { DayRange } from './isoWeek';

/** "Sedan förra mötet": the period the meeting view opens on, and the dates around it. */
export interface MeetingPeriod {
  current: DayRange;
  /** As long as `current`, right before it. */
  previous: DayRange;
  /** The meeting the period starts at, or null when no earlier meeting is stored. */
  lastMeeting: number | null;
  /** The first stored meeting from today on, or null. */
  nextMeeting: number | null;
  /** True when the period ends at the data's last day rather than today. */
  endsWithData: boolean;
}

/** Without a stored earlier meeting: the EST rhythm of two weeks. */
export const FALLBACK_DAYS = 14;

/**
 * The meeting's "now": today, or the data's last day when the data ends earlier. The
 * period ends on it and an action is late against it, so a slide never calls an action
 * late on a day its numbers do not reach.
 */
export function meetingDay(today: number, dataLastDay: number | null): number {
  return dataLastDay !== null ? Math.min(today, dataLastDay) : today;
}

/**
 * From the last meeting to today, against the period of the same length right
 * before it. The meeting day itself is in the period: what was reported that
 * day had not reached the meeting. Today counts as "the last day of the data"
 * when the data ends earlier (an export a few weeks old, the demo), so the
 * period is never compared on days nobody has counted yet; a meeting on that
 * last day is this meeting, so the period starts at the one before.
 */
export function meetingPeriod(
  meetings: readonly number[],
  today: number,
  dataLastDay: number | null,
): MeetingPeriod {
  const end = meetingDay(today, dataLastDay);
  const earlier = meetings.filter((d) => d < end);
  const lastMeeting = earlier.length > 0 ? Math.max(...earlier) : null;
  const upcoming = meetings.filter((d) => d >= today);
  const first = lastMeeting ?? end - FALLBACK_DAYS + 1;
  const length = end - first + 1;
  return {
    current: { first, last: end },
    previous: { first: first - length, last: first - 1 },
    lastMeeting,
    nextMeeting: upcoming.length > 0 ? Math.min(...upcoming) : null,
    endsWithData: end < today,
  };
}
