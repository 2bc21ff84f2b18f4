import { parseIsoDate } from '../analysis/isoWeek';
import { UNKNOWN_MINUTE } from './offenceTable';

/**
 * Dates and times as offence exports write them. Accepted, exactly:
 *
 * - dates `2024-03-05` and `20240305`;
 * - the same followed by a time, separated by a space or `T`:
 *   `2024-03-05 21:40`, `2024-03-05 21:40:00`, `2024-03-05T21:40:00.000`,
 *   Swedish `2024-03-05 kl. 21.40` / `kl 21:40` / `klockan 21.40`,
 *   and Excel's `2024-03-05 00:00:00`;
 * - ISO times with a zone, `2024-03-05T20:40:00Z` or `…+01:00`, which are
 *   converted to Swedish local time (the lägesbild counts local days and hours).
 *
 * Times without a zone are Swedish local time. Day-first or month-first forms
 * such as `05/03/2024` are refused on purpose: "05/03" is 5 March in Sweden
 * and 3 May in an American export, and a silent guess would move offences
 * between months.
 */
export type DateFailure = 'empty' | 'format' | 'calendar' | 'ambiguous';

export type DateTimeResult =
  | { ok: true; day: number; minute: number; timeInvalid: boolean }
  | { ok: false; reason: DateFailure };

const DATE_TIME =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:(?:[T ]|\s+kl(?:ockan|\.)?\s*)(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const DAY_OR_MONTH_FIRST = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(\s|$)/;

export function parseDateTime(text: string): DateTimeResult {
  const t = text.trim();
  if (t === '') return { ok: false, reason: 'empty' };
  if (t.length === 10 && t[4] === '-' && t[7] === '-') {
    // The common case, a plain ISO date, without the full pattern: a million rows per load.
    const day = parseIsoDate(t);
    if (day !== null) return { ok: true, day, minute: UNKNOWN_MINUTE, timeInvalid: false };
  }
  const m = DATE_TIME.exec(t);
  if (!m) return { ok: false, reason: DAY_OR_MONTH_FIRST.test(t) ? 'ambiguous' : 'format' };
  const day = parseIsoDate(`${m[1]}-${m[2]}-${m[3]}`);
  if (day === null) return { ok: false, reason: 'calendar' };
  if (m[4] === undefined) return { ok: true, day, minute: UNKNOWN_MINUTE, timeInvalid: false };
  const minute = minuteOf(Number(m[4]), Number(m[5]), m[6] === undefined ? 0 : Number(m[6]));
  if (minute === null) return { ok: true, day, minute: UNKNOWN_MINUTE, timeInvalid: true };
  if (m[7] === undefined) return { ok: true, day, minute, timeInvalid: false };
  return { ok: true, ...stockholmLocal(day, minute, m[7]), timeInvalid: false };
}

/**
 * A time of day: `21:40`, `21.40`, `21:40:00`, `2140`, `9:05`, `kl. 21.40`,
 * an hour alone (`21`), or a full date-time from which the time is taken.
 */
export function parseTimeOfDay(text: string): number | 'empty' | 'invalid' {
  const t = text
    .trim()
    .replace(/^kl(?:ockan|\.)?\s*/i, '')
    .trim();
  if (t === '') return 'empty';
  if (t.length === 5 && t[2] === ':') {
    const minute = minuteOf(Number(t.slice(0, 2)), Number(t.slice(3)), 0);
    if (minute !== null) return minute;
  }
  const m = /^(\d{1,2})(?:[:.]?(\d{2})(?:[:.](\d{2})(?:[.,]\d+)?)?)?$/.exec(t);
  if (m) {
    const minute = minuteOf(Number(m[1]), m[2] === undefined ? 0 : Number(m[2]), Number(m[3] ?? 0));
    return minute ?? 'invalid';
  }
  const full = parseDateTime(t);
  if (full.ok && full.minute !== UNKNOWN_MINUTE) return full.minute;
  return 'invalid';
}

function minuteOf(h: number, min: number, s: number): number | null {
  return h < 24 && min < 60 && s < 60 ? h * 60 + min : null;
}

const MS_PER_MINUTE = 60_000;
/** Formats an instant as Stockholm's local date and clock (summer time included). */
export const STOCKHOLM_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Converts a date and time given with a UTC offset to Swedish local day and minute. */
function stockholmLocal(day: number, minute: number, zone: string): { day: number; minute: number } {
  const offset =
    zone.toUpperCase() === 'Z'
      ? 0
      : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  const instant = (day * 1440 + minute - offset) * MS_PER_MINUTE;
  const parts = Object.fromEntries(STOCKHOLM_TIME.formatToParts(instant).map((p) => [p.type, p.value]));
  const localDay = parseIsoDate(`${parts.year}-${parts.month}-${parts.day}`) ?? day;
  return { day: localDay, minute: Number(parts.hour) * 60 + Number(parts.minute) };
}
