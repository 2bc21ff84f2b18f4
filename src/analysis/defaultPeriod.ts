import { isoWeekday, isoWeekOf, type IsoWeek } from './isoWeek';

/** A "vecka 1–N" choice: ISO weeks of one ISO year, compared with the same weeks a year earlier. */
export interface WeeksSpan {
  year: number;
  fromWeek: number;
  toWeek: number;
}

/** The demo reproduces the Kungsholmen lägesbild, which compares weeks 1–43 of 2024 with 2023. */
export const LAGESBILD_WEEKS: WeeksSpan = { year: 2024, fromWeek: 1, toWeek: 43 };

/** The newest ISO week that is complete in the data: a Sunday closes its own week. */
export function latestFullWeek(lastDay: number): IsoWeek {
  const weekday = isoWeekday(lastDay);
  return isoWeekOf(weekday === 7 ? lastDay : lastDay - weekday);
}

/**
 * The period the app and the CLI open on: the demo on the lägesbild's own
 * weeks, anyone's own offences on week 1 to the latest full week in them, so
 * the first table never compares a half week with a whole one.
 */
export function defaultWeeks(data: { lastDay: number; demo: boolean }): WeeksSpan {
  if (data.demo) return LAGESBILD_WEEKS;
  const latest = latestFullWeek(data.lastDay);
  return { year: latest.isoYear, fromWeek: 1, toWeek: latest.week };
}
