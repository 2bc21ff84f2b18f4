import { dayNumber, formatDay, type DayRange } from './isoWeek';
import type { PeriodPair } from './periods';

/** A comparison that reaches past the data, so one side counts fewer days than it claims. */
export interface IncompletePeriod {
  /** Swedish, for the user: which period lacks data and why the change misleads. */
  message: string;
  /**
   * The days of the current period that have data, against the same dates a
   * year earlier; null when that would not help (nothing left, or no data then either).
   */
  sameDatesYearBefore: { current: DayRange; previous: DayRange } | null;
}

/** The same calendar date a year earlier; 29 February becomes 28 February. */
export function sameDateYearBefore(day: number): number {
  const d = new Date(day * 86_400_000);
  const year = d.getUTCFullYear() - 1;
  const month = d.getUTCMonth() + 1;
  const date = Math.min(d.getUTCDate(), month === 2 ? 28 : 31);
  return dayNumber(year, month, date);
}

/**
 * Whether the periods compared extend beyond the data's first or last day.
 * A whole year compared with a year that has data only to October shows
 * every category falling; this says so and offers the same span of the
 * year before instead.
 */
export function incompletePeriod(periods: PeriodPair, data: DayRange): IncompletePeriod | null {
  const { current, previous } = periods;
  const problems: string[] = [];
  if (current.first > data.last) {
    problems.push(
      `Data finns bara till ${formatDay(data.last)}: perioden ${current.label} har inga data alls.`,
    );
  } else if (current.last > data.last) {
    problems.push(
      `Data finns bara till ${formatDay(data.last)}: perioden ${current.label} är ofullständig men jämförs med hela ${previous.label}, så förändringarna stämmer inte.`,
    );
  }
  if (previous.first < data.first || current.first < data.first) {
    const which = current.first < data.first ? current.label : previous.label;
    problems.push(
      `Data finns först från ${formatDay(data.first)}: perioden ${which} är ofullständig, så förändringarna stämmer inte.`,
    );
  }
  if (problems.length === 0) return null;
  const span = { first: current.first, last: Math.min(current.last, data.last) };
  const before = { first: sameDateYearBefore(span.first), last: sameDateYearBefore(span.last) };
  const helps = current.last > data.last && span.first <= span.last && before.first >= data.first;
  return {
    message: problems.join(' '),
    sameDatesYearBefore: helps ? { current: span, previous: before } : null,
  };
}
