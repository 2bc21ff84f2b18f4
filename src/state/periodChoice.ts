import type { DayRange } from '../analysis/isoWeek';
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

export const DEFAULT_PERIOD: PeriodChoice = { kind: 'weeks', year: 2024, fromWeek: 1, toWeek: 43 };

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
