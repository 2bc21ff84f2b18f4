/**
 * ISO 8601 weeks, as used by the police statistics program "Status" when the
 * lägesbild says "vecka 1–43". Dates are calendar days without a time zone,
 * represented as days since 1970-01-01 (UTC) so that no DST shift can move
 * an offence into another day.
 */

const MS_PER_DAY = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Parses `YYYY-MM-DD` (also `YYYYMMDD`) into a day number, or null if not a real date. */
export function parseIsoDate(text: string): number | null {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const n = dayNumber(y, mo, d);
  const back = new Date(n * MS_PER_DAY);
  if (back.getUTCMonth() !== mo - 1) return null;
  return n;
}

export function formatDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Monday = 1 … Sunday = 7. */
export function isoWeekday(day: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The Monday of ISO week 1 of `isoYear`: the week holding 4 January. */
export function isoWeekOneMonday(isoYear: number): number {
  const jan4 = dayNumber(isoYear, 1, 4);
  return jan4 - (isoWeekday(jan4) - 1);
}

export function isoWeeksInYear(isoYear: number): number {
  return (isoWeekOneMonday(isoYear + 1) - isoWeekOneMonday(isoYear)) / 7;
}

export interface IsoWeek {
  isoYear: number;
  week: number;
}

export function isoWeekOf(day: number): IsoWeek {
  const thursday = day - isoWeekday(day) + 4;
  const isoYear = new Date(thursday * MS_PER_DAY).getUTCFullYear();
  const week = Math.floor((thursday - isoWeekOneMonday(isoYear)) / 7) + 1;
  return { isoYear, week };
}

/** Inclusive day range [first, last]. */
export interface DayRange {
  first: number;
  last: number;
}

/** Weeks `fromWeek`–`toWeek` of an ISO year, Monday of the first to Sunday of the last. */
export function isoWeekRange(isoYear: number, fromWeek: number, toWeek: number): DayRange {
  const monday = isoWeekOneMonday(isoYear);
  return { first: monday + (fromWeek - 1) * 7, last: monday + toWeek * 7 - 1 };
}
