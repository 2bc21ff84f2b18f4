import { defaultWeeks, latestFullWeek } from '../analysis/defaultPeriod';
import { formatDay, isoWeeksInYear, parseIsoDate, type DayRange } from '../analysis/isoWeek';
import { incompletePeriod } from '../analysis/periodCoverage';
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
  /** When the period runs past the data: its days with data against the same dates a year earlier. */
  sameDatesLastYear?: boolean;
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

function weekRange(text: string): [number, number] {
  const m = /^\s*(\d{1,2})\s*(?:[-–]\s*(\d{1,2}))?\s*$/.exec(text);
  if (!m) throw new UsageError(`--weeks "${text}": ange veckor som 1-43 (eller 43 för 1–43).`);
  return m[2] === undefined ? [1, Number(m[1])] : [Number(m[1]), Number(m[2])];
}

function weeksPeriods(options: PeriodOptions, lastDay: number): PeriodPair {
  if (options.weeks === undefined && options.year === undefined) {
    // The same default as the app's for a user's own offences.
    const d = defaultWeeks({ lastDay, demo: false });
    return weeksAgainstPreviousYear(d.year, d.fromWeek, d.toWeek);
  }
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

const SAME_DATES_HINT = 'Lägg till --same-dates-last-year för att jämföra samma datum året före.';

/**
 * A period that runs past the data is said on stderr, as the app says it
 * above the table; with --same-dates-last-year the days that have data are
 * compared with the same dates a year earlier instead.
 */
export function checkDataCoverage(
  periods: PeriodPair,
  data: DayRange,
  sameDatesLastYear: boolean,
  warn: (text: string) => void,
): PeriodPair {
  const incomplete = incompletePeriod(periods, data);
  const offer = incomplete?.sameDatesYearBefore;
  if (!incomplete) {
    if (sameDatesLastYear) {
      warn(
        `--same-dates-last-year: perioden ${periods.current.label} har data alla dagar; den används som den är.\n`,
      );
    }
    return periods;
  }
  if (!sameDatesLastYear) {
    warn(`obs: ${incomplete.message}${offer ? ` ${SAME_DATES_HINT}` : ''}\n`);
    return periods;
  }
  if (!offer) {
    warn(
      `obs: ${incomplete.message} --same-dates-last-year går inte här: inga dagar i perioden har data både då och året före.\n`,
    );
    return periods;
  }
  return customPeriods(offer.current, offer.previous);
}
