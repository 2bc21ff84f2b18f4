/**
 * When offences happen: the period is cut into ISO-week blocks that match
 * the tables' periods, and each offence gets a day and minute from a
 * category profile (hour of day × weekday × month).
 */
import type { Category } from '../../src/analysis/categories';
import { dayNumber, isoWeekday, isoWeekRange, isoWeeksInYear } from '../../src/analysis/isoWeek';
import { WeightedTable, type Rng } from './prng';

export const FIRST_DAY = dayNumber(2020, 1, 1);
/** Sunday of ISO week 43, 2025. */
export const LAST_DAY = isoWeekRange(2025, 43, 43).last;

export interface Block {
  index: number;
  isoYear: number;
  fromWeek: number;
  toWeek: number;
  /** Inclusive day numbers, clipped to the data period. */
  first: number;
  last: number;
  weeks: number;
}

/**
 * Weeks 1–41, 42–43 and 44–end of every ISO year: the tables cover weeks
 * 1–41 and 1–43, so every table period is a union of whole blocks. Days
 * before ISO week 1 (e.g. 1–2 January 2022) fall in the previous ISO year's
 * last block.
 */
export function buildBlocks(): Block[] {
  const blocks: Block[] = [];
  for (let isoYear = 2020; isoYear <= 2025; isoYear++) {
    const last = isoWeeksInYear(isoYear);
    for (const [from, to] of [
      [1, 41],
      [42, 43],
      [44, last],
    ] as const) {
      const r = isoWeekRange(isoYear, from, to);
      const first = Math.max(r.first, FIRST_DAY);
      const end = Math.min(r.last, LAST_DAY);
      if (first > end) continue;
      blocks.push({
        index: blocks.length,
        isoYear,
        fromWeek: from,
        toWeek: to,
        first,
        last: end,
        weeks: (end - first + 1) / 7,
      });
    }
  }
  return blocks;
}

export type ProfileName = Category | 'Våldsbrott, nattliv';

/** Where visitors come in summer (Skansen, Gröna Lund, the museums), offences follow them. */
export type Season = 'all year' | 'summer crowds';

/** Month multipliers on top of the category profile; December has Skansen's Christmas market. */
const SEASON_MONTHS: Record<Season, readonly number[]> = {
  'all year': [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  'summer crowds': [0.45, 0.45, 0.55, 0.8, 1.2, 1.7, 2.1, 1.9, 1.2, 0.8, 0.6, 0.8],
};

interface Profile {
  hours: readonly number[];
  /** Monday … Sunday. */
  weekdays: readonly number[];
  months: readonly number[];
  /** Friday and Saturday night (Fri/Sat 22–24, Sat/Sun 00–05) weight multiplier. */
  weekendNight: number;
}

const FLAT_MONTHS = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
const SUMMER = [0.85, 0.85, 0.9, 0.95, 1.05, 1.1, 1.15, 1.15, 1.05, 1, 0.95, 0.95];
const DAYTIME = [
  1, 0.6, 0.5, 0.4, 0.4, 0.6, 1.2, 2, 3, 4, 4.5, 5, 5, 5, 5, 5, 5, 4.5, 4, 3.5, 3, 2.5, 2, 1.5,
];

// Hour weights 00–23. Violence peaks 13–24 and theft 15–18, per the lägesbild.
const PROFILES: Record<ProfileName, Profile> = {
  Våldsbrott: {
    hours: [6, 6, 5, 4, 2, 1, 1, 1, 2, 2, 2, 3, 3, 6, 6, 7, 7, 7, 7, 7, 7, 8, 8, 8],
    weekdays: [0.85, 0.85, 0.9, 0.95, 1.15, 1.35, 1.2],
    months: SUMMER,
    weekendNight: 1.8,
  },
  'Våldsbrott, nattliv': {
    hours: [
      9, 9, 8, 6, 3, 1, 0.5, 0.5, 0.5, 0.5, 0.5, 1, 1, 1.5, 1.5, 2, 2, 2, 2.5, 3, 3.5, 4, 6, 8,
    ],
    weekdays: [0.7, 0.7, 0.8, 0.9, 1.2, 1.6, 1.4],
    months: SUMMER,
    weekendNight: 4,
  },
  Trafikbrott: {
    hours: [
      2, 1.5, 1, 0.8, 0.8, 1, 2, 4, 5, 5, 5, 5, 5, 5, 5.5, 6, 6.5, 6.5, 5.5, 4.5, 4, 3.5, 3, 2.5,
    ],
    weekdays: [1, 1, 1, 1, 1.1, 1.05, 0.9],
    months: FLAT_MONTHS,
    weekendNight: 1.3,
  },
  'Övriga brott mot person': {
    hours: [
      3, 2.5, 2, 1.5, 1, 1, 1.5, 2.5, 3.5, 4, 4, 4.5, 4.5, 4.5, 5, 5, 5, 5, 5, 5, 5, 4.5, 4, 3.5,
    ],
    weekdays: [1, 1, 1, 1, 1.05, 1.1, 1.05],
    months: FLAT_MONTHS,
    weekendNight: 1.2,
  },
  'Tillgreppsbrott (exkl i butik)': {
    hours: [1.5, 1, 1, 0.8, 0.8, 0.8, 1, 2, 3, 3, 4, 5, 6, 7, 8, 14, 15, 14, 9, 6, 4, 3, 2.5, 2],
    weekdays: [1, 1, 1, 1, 1.1, 1.05, 0.85],
    months: SUMMER,
    weekendNight: 1,
  },
  'Tillgrepp i butik': {
    hours: [
      0.2, 0.1, 0.1, 0.1, 0.1, 0.1, 0.3, 1, 2, 3, 5, 6, 7, 8, 9, 14, 15, 14, 10, 7, 4, 2, 0.8, 0.4,
    ],
    weekdays: [1, 1, 1, 1, 1.1, 1.15, 0.9],
    months: [0.95, 0.9, 0.95, 0.95, 1, 1, 0.95, 1, 1, 1, 1.05, 1.25],
    weekendNight: 1,
  },
  'Bedrägeribrott m.m.': {
    hours: DAYTIME,
    weekdays: [1.15, 1.1, 1.1, 1.1, 1.05, 0.75, 0.7],
    months: FLAT_MONTHS,
    weekendNight: 1,
  },
  'Övriga BrB-brott': {
    hours: [
      3, 2.5, 2, 1.5, 1, 1, 1.5, 2.5, 3.5, 4, 4, 4.5, 4.5, 4.5, 5, 5, 5, 5, 5, 5, 5, 4.5, 4, 3.5,
    ],
    weekdays: [1, 1, 1, 1, 1.1, 1.1, 1],
    months: FLAT_MONTHS,
    weekendNight: 1.3,
  },
  'Övriga specialstraffrättsliga brott': {
    hours: [4, 3.5, 3, 2, 1, 0.8, 1, 2, 3, 4, 4.5, 5, 5, 5, 5, 5.5, 6, 6, 6, 6.5, 6.5, 6, 5.5, 5],
    weekdays: [0.95, 0.95, 1, 1, 1.1, 1.1, 0.95],
    months: FLAT_MONTHS,
    weekendNight: 1.5,
  },
  Narkotikabrott: {
    hours: [
      3, 2.5, 2, 1.5, 1, 0.7, 0.7, 1, 2, 3, 4, 5, 5.5, 6, 6.5, 7, 7.5, 7.5, 7, 6.5, 6, 5.5, 5, 4,
    ],
    weekdays: [1, 1, 1, 1, 1.1, 1.1, 0.95],
    months: SUMMER,
    weekendNight: 1.4,
  },
  Skadegörelsebrott: {
    hours: [5, 5, 4.5, 4, 3, 2.5, 3, 4, 4, 3.5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3.5, 4, 4.5, 5, 5],
    weekdays: [1.05, 1, 1, 1, 1, 1, 0.95],
    months: FLAT_MONTHS,
    weekendNight: 1.3,
  },
};

/** Friday and Saturday nights, with the small hours belonging to the next calendar day. */
export function isWeekendNight(weekday: number, hour: number): boolean {
  return (
    ((weekday === 5 || weekday === 6) && hour >= 22) ||
    ((weekday === 6 || weekday === 7) && hour < 5)
  );
}

function monthOf(day: number): number {
  return new Date(day * 86_400_000).getUTCMonth();
}

export class TimeSampler {
  private readonly slotTables = new Map<ProfileName, WeightedTable>();
  private readonly dayTables = new Map<string, { days: number[]; table: WeightedTable }>();

  private slots(name: ProfileName): WeightedTable {
    let t = this.slotTables.get(name);
    if (!t) {
      const p = PROFILES[name];
      const w: number[] = [];
      for (let wd = 1; wd <= 7; wd++) {
        for (let h = 0; h < 24; h++)
          w.push(p.hours[h] * p.weekdays[wd - 1] * (isWeekendNight(wd, h) ? p.weekendNight : 1));
      }
      t = new WeightedTable(w);
      this.slotTables.set(name, t);
    }
    return t;
  }

  private days(
    name: ProfileName,
    block: Block,
    weekday: number,
    season: Season,
  ): { days: number[]; table: WeightedTable } {
    const key = `${name}|${block.index}|${weekday}|${season}`;
    let d = this.dayTables.get(key);
    if (!d) {
      const days: number[] = [];
      for (let day = block.first; day <= block.last; day++)
        if (isoWeekday(day) === weekday) days.push(day);
      if (days.length === 0)
        throw new Error(
          `block ${block.isoYear} w${block.fromWeek}–${block.toWeek} has no weekday ${weekday}`,
        );
      d = {
        days,
        table: new WeightedTable(
          days.map(
            (day) => PROFILES[name].months[monthOf(day)] * SEASON_MONTHS[season][monthOf(day)],
          ),
        ),
      };
      this.dayTables.set(key, d);
    }
    return d;
  }

  sample(
    rng: Rng,
    name: ProfileName,
    block: Block,
    season: Season = 'all year',
  ): { day: number; minute: number } {
    const slot = this.slots(name).draw(rng);
    const weekday = Math.floor(slot / 24) + 1;
    const hour = slot % 24;
    const d = this.days(name, block, weekday, season);
    // Reported times cluster on the full and half hour.
    const r = rng.next();
    const minute = r < 0.3 ? 0 : r < 0.4 ? 30 : Math.floor(rng.next() * 60);
    return { day: d.days[d.table.draw(rng)], minute: hour * 60 + minute };
  }
}
