import { dayNumber, formatDay, isoWeekRange, type DayRange } from './isoWeek';

export interface Period extends DayRange {
  label: string;
}

export interface PeriodPair {
  current: Period;
  previous: Period;
}

/** "Vecka 1–N i år mot samma veckor i fjol", the form of the lägesbild tables. */
export function weeksAgainstPreviousYear(
  isoYear: number,
  fromWeek: number,
  toWeek: number,
): PeriodPair {
  const label = (y: number) => `v. ${fromWeek}–${toWeek} ${y}`;
  return {
    current: { ...isoWeekRange(isoYear, fromWeek, toWeek), label: label(isoYear) },
    previous: { ...isoWeekRange(isoYear - 1, fromWeek, toWeek), label: label(isoYear - 1) },
  };
}

/** The EST rhythm: the last 14 days up to `lastDay` against the 14 before. */
export function lastFortnight(lastDay: number): PeriodPair {
  const span = (first: number, last: number): Period => ({
    first,
    last,
    label: `${formatDay(first)} – ${formatDay(last)}`,
  });
  return { current: span(lastDay - 13, lastDay), previous: span(lastDay - 27, lastDay - 14) };
}

/** A whole calendar year against the year before. */
export function yearAgainstPreviousYear(year: number): PeriodPair {
  const span = (y: number): Period => ({
    first: dayNumber(y, 1, 1),
    last: dayNumber(y, 12, 31),
    label: String(y),
  });
  return { current: span(year), previous: span(year - 1) };
}

/** Any two date ranges, e.g. a summer against the one before. */
export function customPeriods(current: DayRange, previous: DayRange): PeriodPair {
  const label = (r: DayRange) => `${formatDay(r.first)} – ${formatDay(r.last)}`;
  return {
    current: { ...current, label: label(current) },
    previous: { ...previous, label: label(previous) },
  };
}
