import {
  formatDay,
  isoWeekday,
  isoWeekOf,
  isoWeeksInYear,
  parseIsoDate,
} from '../analysis/isoWeek';
import {
  customPeriods,
  lastFortnight,
  weeksAgainstPreviousYear,
  yearAgainstPreviousYear,
  type PeriodPair,
} from '../analysis/periods';
import { UsageError } from './cliErrors';

export interface PeriodOptions {
  weeks?: string;
  year?: string;
  /** '' means "up to the newest offence". */
  last14?: string;
  yearVsYear?: string;
  from?: string;
  to?: string;
  compareFrom?: string;
  compareTo?: string;
}

function dateOption(name: string, text: string): number {
  const day = parseIsoDate(text);
  if (day === null) throw new UsageError(`--${name} "${text}" är inget datum; ange ÅÅÅÅ-MM-DD.`);
  return day;
}

function yearOption(name: string, text: string): number {
  const year = Number(text);
  if (!/^\d{4}$/.test(text.trim()) || year < 1900) {
    throw new UsageError(`--${name} "${text}" är inget årtal; ange t.ex. 2024.`);
  }
  return year;
}

/** The newest ISO week that is complete in the data: a Sunday closes its own week. */
function latestFullWeek(lastDay: number): { isoYear: number; week: number } {
  const weekday = isoWeekday(lastDay);
  return isoWeekOf(weekday === 7 ? lastDay : lastDay - weekday);
}

function weekRange(text: string): [number, number] {
  const m = /^\s*(\d{1,2})\s*(?:[-–]\s*(\d{1,2}))?\s*$/.exec(text);
  if (!m) throw new UsageError(`--weeks "${text}": ange veckor som 1-43 (eller 43 för 1–43).`);
  return m[2] === undefined ? [1, Number(m[1])] : [Number(m[1]), Number(m[2])];
}

function weeksPeriods(options: PeriodOptions, lastDay: number): PeriodPair {
  const latest = latestFullWeek(lastDay);
  const year = options.year !== undefined ? yearOption('year', options.year) : latest.isoYear;
  const [fromWeek, toWeek] =
    options.weeks !== undefined
      ? weekRange(options.weeks)
      : [1, year === latest.isoYear ? latest.week : isoWeeksInYear(year)];
  const maxWeek = isoWeeksInYear(year);
  if (fromWeek < 1 || toWeek > maxWeek || fromWeek > toWeek) {
    throw new UsageError(
      `--weeks ${fromWeek}-${toWeek}: ${year} har veckorna 1–${maxWeek}; första veckan får inte vara efter den sista.`,
    );
  }
  return weeksAgainstPreviousYear(year, fromWeek, toWeek);
}

/** At most one preset: checked before any file is read, so a wrong command fails fast. */
export function checkOnePeriodPreset(options: PeriodOptions): void {
  const custom = [options.from, options.to, options.compareFrom, options.compareTo];
  const chosen = [
    options.weeks !== undefined || options.year !== undefined ? '--weeks/--year' : null,
    options.last14 !== undefined ? '--last14' : null,
    options.yearVsYear !== undefined ? '--year-vs-year' : null,
    custom.some((v) => v !== undefined) ? '--from/--to' : null,
  ].filter((c): c is string => c !== null);
  if (chosen.length > 1) {
    throw new UsageError(`välj en period åt gången, inte ${chosen.join(' och ')}.`);
  }
  if (custom.some((v) => v !== undefined) && custom.some((v) => v === undefined)) {
    throw new UsageError(
      'en egen period behöver alla fyra: --from, --to, --compare-from och --compare-to.',
    );
  }
}

/**
 * The app's period presets from the command line. At most one preset may be
 * chosen; without one, the lägesbild's own "vecka 1–N" up to the newest full
 * week in the data is used.
 */
export function periodsFromOptions(options: PeriodOptions, lastDay: number): PeriodPair {
  checkOnePeriodPreset(options);
  if (options.last14 !== undefined) {
    return lastFortnight(options.last14 === '' ? lastDay : dateOption('last14', options.last14));
  }
  if (options.yearVsYear !== undefined) {
    return yearAgainstPreviousYear(yearOption('year-vs-year', options.yearVsYear));
  }
  if (options.from !== undefined) {
    const current = {
      first: dateOption('from', options.from!),
      last: dateOption('to', options.to!),
    };
    const previous = {
      first: dateOption('compare-from', options.compareFrom!),
      last: dateOption('compare-to', options.compareTo!),
    };
    for (const [label, r] of [
      ['--from/--to', current],
      ['--compare-from/--compare-to', previous],
    ] as const) {
      if (r.first > r.last) {
        throw new UsageError(
          `${label}: ${formatDay(r.first)} ligger efter ${formatDay(r.last)}. Byt plats på datumen.`,
        );
      }
    }
    return customPeriods(current, previous);
  }
  return weeksPeriods(options, lastDay);
}
