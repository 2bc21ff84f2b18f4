import { formatDay, parseIsoDate, type DayRange } from '../analysis/isoWeek';

/** A day range in the address: `2020-01-01..2021-12-31`, first and last day included. */
export const writeDayRange = (r: DayRange) => `${formatDay(r.first)}..${formatDay(r.last)}`;

/** The range `writeDayRange` wrote, or null for anything else (also a last day before the first). */
export function readDayRange(text: string): DayRange | null {
  const [a, b, ...rest] = text.split('..');
  const first = parseIsoDate(a ?? '');
  const last = parseIsoDate(b ?? '');
  return rest.length === 0 && first !== null && last !== null && first <= last
    ? { first, last }
    : null;
}
