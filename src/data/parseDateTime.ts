import { parseIsoDate } from '../analysis/isoWeek';
import { UNKNOWN_MINUTE } from './offenceTable';

/**
 * Dates and times as offence exports write them. Accepted, exactly:
 *
 * - dates `2024-03-05`, `2024-3-5` and `20240305`;
 * - day first with dots, `05.03.2024` (the Swedish and German way; dots are
 *   never month first);
 * - Swedish or English month names, `5 mar 2024`, `5 mars 2024`, `5 mar. 2024`;
 * - Excel serial day numbers, `45292` = 2024-01-01 (with a fraction as the
 *   time of day), when the caller knows the column holds dates (`serial`);
 * - the same followed by a time, separated by a space or `T`:
 *   `2024-03-05 21:40`, `2024-03-05 21:40:00`, `2024-03-05T21:40:00.000`,
 *   Swedish `2024-03-05 kl. 21.40` / `kl 21:40` / `klockan 21.40`,
 *   and Excel's `2024-03-05 00:00:00`;
 * - ISO times with a zone, `2024-03-05T20:40:00Z` or `…+01:00`, which are
 *   converted to Swedish local time (the lägesbild counts local days and hours).
 *
 * Times without a zone are Swedish local time. Slashes, `05/03/2024`, are
 * read only in the order the caller gives (`order`, decided from the file's
 * evidence or by the user): "05/03" is 5 March in Sweden and 3 May in an
 * American export, and a silent guess would move offences between months.
 */
export type DateFailure = 'empty' | 'format' | 'calendar' | 'ambiguous';

export type DateTimeResult =
  | { ok: true; day: number; minute: number; timeInvalid: boolean }
  | { ok: false; reason: DateFailure };

/** The time after a date: ` 21:40`, `T21:40:00.000`, ` kl. 21.40`, with an optional zone. */
const TIME_PART =
  '(?:(?:[T ]|\\s+kl(?:ockan|\\.)?\\s*)(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?$';
const ISO_DATE_TIME = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${TIME_PART}`, 'i');
const COMPACT_DATE_TIME = new RegExp(`^(\\d{4})(\\d{2})(\\d{2})${TIME_PART}`, 'i');
const DOTTED_DATE_TIME = new RegExp(`^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${TIME_PART}`, 'i');
const SLASHED_DATE_TIME = new RegExp(`^(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4})${TIME_PART}`, 'i');
const NAMED_DATE_TIME = new RegExp(`^(\\d{1,2})\\s*([a-zåäö]+)\\.?\\s*(\\d{4})${TIME_PART}`, 'i');
const SERIAL = /^(\d{5})(?:[.,](\d+))?$/;

/** Month names and abbreviations, Swedish and English, lower case. */
const MONTHS: Record<string, number> = {};
[
  ['jan', 'januari', 'january'],
  ['feb', 'februari', 'february'],
  ['mar', 'mars', 'march'],
  ['apr', 'april'],
  ['maj', 'may'],
  ['jun', 'juni', 'june'],
  ['jul', 'juli', 'july'],
  ['aug', 'augusti', 'august'],
  ['sep', 'sept', 'september'],
  ['okt', 'oct', 'oktober', 'october'],
  ['nov', 'november'],
  ['dec', 'december'],
].forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

/** Day first (`dmy`) or month first (`mdy`) for dates written with slashes. */
export type DateOrder = 'dmy' | 'mdy';

export interface DateOptions {
  order?: DateOrder;
  /** Read five-digit numbers as Excel serial days (only where the column is known to hold dates). */
  serial?: boolean;
}

/** Excel's day 0 is 1899-12-30 for every serial after its phantom 29 February 1900. */
const EXCEL_EPOCH_DAY = -25569;

export function parseDateTime(text: string, options: DateOptions = {}): DateTimeResult {
  const t = text.trim();
  if (t === '') return { ok: false, reason: 'empty' };
  if (t.length === 10 && t[4] === '-' && t[7] === '-') {
    // The common case, a plain ISO date, without the full pattern: a million rows per load.
    const day = parseIsoDate(t);
    if (day !== null) return { ok: true, day, minute: UNKNOWN_MINUTE, timeInvalid: false };
  }
  let m = ISO_DATE_TIME.exec(t) ?? COMPACT_DATE_TIME.exec(t);
  if (m) return withTime(Number(m[1]), Number(m[2]), Number(m[3]), m);
  if ((m = DOTTED_DATE_TIME.exec(t))) return withTime(Number(m[3]), Number(m[2]), Number(m[1]), m);
  if ((m = NAMED_DATE_TIME.exec(t))) {
    const month = MONTHS[m[2].toLowerCase()];
    return month ? withTime(Number(m[3]), month, Number(m[1]), m) : { ok: false, reason: 'format' };
  }
  if ((m = SLASHED_DATE_TIME.exec(t))) {
    if (!options.order) return { ok: false, reason: 'ambiguous' };
    const [a, b] = [Number(m[1]), Number(m[2])];
    return options.order === 'dmy'
      ? withTime(Number(m[3]), b, a, m)
      : withTime(Number(m[3]), a, b, m);
  }
  if (options.serial && (m = SERIAL.exec(t))) return fromSerial(Number(m[1]), m[2]);
  return { ok: false, reason: 'format' };
}

function withTime(
  year: number,
  month: number,
  dayOfMonth: number,
  m: RegExpExecArray,
): DateTimeResult {
  const day =
    month >= 1 && month <= 12 && dayOfMonth >= 1 && dayOfMonth <= 31
      ? parseIsoDate(`${year}-${pad(month)}-${pad(dayOfMonth)}`)
      : null;
  if (day === null) return { ok: false, reason: 'calendar' };
  if (m[4] === undefined) return { ok: true, day, minute: UNKNOWN_MINUTE, timeInvalid: false };
  const minute = minuteOf(Number(m[4]), Number(m[5]), m[6] === undefined ? 0 : Number(m[6]));
  if (minute === null) return { ok: true, day, minute: UNKNOWN_MINUTE, timeInvalid: true };
  if (m[7] === undefined) return { ok: true, day, minute, timeInvalid: false };
  return { ok: true, ...stockholmLocal(day, minute, m[7]), timeInvalid: false };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 20000–80000 is 1954–2119: wide enough for any offence, narrow enough not to take a case number for a date. */
function fromSerial(whole: number, fraction: string | undefined): DateTimeResult {
  if (whole < 20_000 || whole > 80_000) return { ok: false, reason: 'format' };
  const day = whole + EXCEL_EPOCH_DAY;
  if (fraction === undefined) return { ok: true, day, minute: UNKNOWN_MINUTE, timeInvalid: false };
  const minute = Math.round(Number(`0.${fraction}`) * 1440);
  return {
    ok: true,
    day: minute === 1440 ? day + 1 : day,
    minute: minute % 1440,
    timeInvalid: false,
  };
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
function stockholmLocal(
  day: number,
  minute: number,
  zone: string,
): { day: number; minute: number } {
  const offset =
    zone.toUpperCase() === 'Z'
      ? 0
      : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  const instant = (day * 1440 + minute - offset) * MS_PER_MINUTE;
  const parts = Object.fromEntries(
    STOCKHOLM_TIME.formatToParts(instant).map((p) => [p.type, p.value]),
  );
  const localDay = parseIsoDate(`${parts.year}-${parts.month}-${parts.day}`) ?? day;
  return { day: localDay, minute: Number(parts.hour) * 60 + Number(parts.minute) };
}
