import { defaultWeeks, LAGESBILD_WEEKS } from '../analysis/defaultPeriod';
import { isoWeeksInYear, type DayRange } from '../analysis/isoWeek';
import {
  customPeriods,
  lastFortnight,
  weeksAgainstPreviousYear,
  yearAgainstPreviousYear,
  type PeriodPair,
} from '../analysis/periods';

/** The period presets of the lägesbild and the EST meeting. */
export type PeriodChoice =
  | { kind: 'weeks'; year: number; fromWeek: number; toWeek: number }
  | { kind: 'fortnight'; lastDay: number }
  | { kind: 'year'; year: number }
  | { kind: 'custom'; current: DayRange; previous: DayRange };

export type WeeksChoice = Extract<PeriodChoice, { kind: 'weeks' }>;

export const DEFAULT_PERIOD: PeriodChoice = { kind: 'weeks', ...LAGESBILD_WEEKS };

/** The period to open the offences on (see `defaultWeeks`), the same as the CLI's. */
export function defaultPeriodChoice(data: { lastDay: number; demo: boolean }): WeeksChoice {
  return { kind: 'weeks', ...defaultWeeks(data) };
}

/**
 * Weeks within the ISO year: 2024 has 52 weeks, so "v. 1–53 2024" would
 * silently count a week of 2025 (the CLI refuses it; the app keeps within it).
 */
export function weeksChoice(year: number, fromWeek: number, toWeek: number): WeeksChoice {
  const last = isoWeeksInYear(year);
  const to = Math.min(Math.max(toWeek, 1), last);
  return { kind: 'weeks', year, fromWeek: Math.min(Math.max(fromWeek, 1), to), toWeek: to };
}

export function periodsOf(choice: PeriodChoice): PeriodPair {
  switch (choice.kind) {
    case 'weeks':
      return weeksAgainstPreviousYear(choice.year, choice.fromWeek, choice.toWeek);
    case 'fortnight':
      return lastFortnight(choice.lastDay);
    case 'year':
      return yearAgainstPreviousYear(choice.year);
    case 'custom':
      return customPeriods(choice.current, choice.previous);
  }
}
