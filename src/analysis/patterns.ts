import { CATEGORIES } from './categories';
import { isoWeekday } from './isoWeek';
import { streetName } from './streetName';

export interface PatternOffences {
  count: number;
  day: Int32Array;
  minute: Int16Array;
  category: Uint8Array;
  streetIndex: Uint32Array;
  streets: string[];
  e: Float64Array;
  n: Float64Array;
}

/** Offences per weekday (Monday first) and hour: 7 × 24, row-major. Rows without a time are left out. */
export function weekdayHourMatrix(o: PatternOffences, mask: Uint8Array): Uint32Array {
  const out = new Uint32Array(7 * 24);
  for (let i = 0; i < o.count; i++) {
    if (mask[i] === 0 || o.minute[i] < 0) continue;
    out[(isoWeekday(o.day[i]) - 1) * 24 + ((o.minute[i] / 60) | 0)]++;
  }
  return out;
}

export interface MonthTrend {
  /** "YYYY-MM", oldest first, every month between the first and last offence. */
  months: string[];
  /** Per category (CATEGORIES order), counts per month. */
  byCategory: number[][];
}

function monthKey(day: number): number {
  const d = new Date(day * 86_400_000);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

export function monthTrend(o: PatternOffences, mask: Uint8Array): MonthTrend {
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (let i = 0; i < o.count; i++) {
    if (mask[i] === 0) continue;
    const day = o.day[i];
    if (day < firstDay) firstDay = day;
    if (day > lastDay) lastDay = day;
  }
  if (!Number.isFinite(firstDay)) return { months: [], byCategory: CATEGORIES.map(() => []) };
  // The month of each day in the range, made once: a Date a row cost two thirds of the query.
  const monthOfDay = new Int32Array(lastDay - firstDay + 1);
  for (let day = firstDay; day <= lastDay; day++) monthOfDay[day - firstDay] = monthKey(day);
  const first = monthOfDay[0];
  const last = monthOfDay[monthOfDay.length - 1];
  const span = last - first + 1;
  const byCategory = CATEGORIES.map(() => new Array<number>(span).fill(0));
  for (let i = 0; i < o.count; i++) {
    if (mask[i] === 0 || o.category[i] >= CATEGORIES.length) continue;
    byCategory[o.category[i]][monthOfDay[o.day[i] - firstDay] - first]++;
  }
  const months = Array.from({ length: span }, (_, k) => {
    const m = first + k;
    return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  });
  return { months, byCategory };
}

export interface StreetCount {
  street: string;
  count: number;
}

/** The most frequent streets/addresses per category (house numbers dropped so a street counts as one). */
export function topStreets(o: PatternOffences, mask: Uint8Array, perCategory = 5): StreetCount[][] {
  // Each distinct street name once, and each address's name by its code: rows are counted in
  // typed arrays, not in a Map by string (a lookup a row was most of this function's time).
  const names: string[] = [];
  const nameIds = new Map<string, number>();
  const nameOf = Int32Array.from(o.streets, (s) => {
    const name = streetName(s) || 'Okänd plats';
    let id = nameIds.get(name);
    if (id === undefined) nameIds.set(name, (id = names.push(name) - 1));
    return id;
  });
  const counts = CATEGORIES.map(() => new Int32Array(names.length));
  for (let i = 0; i < o.count; i++) {
    if (mask[i] === 0 || o.category[i] >= CATEGORIES.length) continue;
    counts[o.category[i]][nameOf[o.streetIndex[i]]]++;
  }
  return counts.map((c) => {
    const seen: StreetCount[] = [];
    c.forEach((count, id) => {
      if (count > 0) seen.push({ street: names[id], count });
    });
    return seen
      .sort((a, b) => b.count - a.count || a.street.localeCompare(b.street, 'sv'))
      .slice(0, perCategory);
  });
}

/**
 * How concentrated crime is: the share of offences in the busiest 5 % of
 * grid cells (cells of `cellSize` m that hold at least one offence).
 */
export function topCellShare(
  o: PatternOffences,
  mask: Uint8Array,
  cellSize = 100,
  topFraction = 0.05,
): number {
  const cells = new Map<number, number>();
  let total = 0;
  for (let i = 0; i < o.count; i++) {
    if (mask[i] === 0) continue;
    const key = Math.floor(o.e[i] / cellSize) * 100_000 + Math.floor(o.n[i] / cellSize);
    cells.set(key, (cells.get(key) ?? 0) + 1);
    total++;
  }
  if (total === 0) return 0;
  const sorted = [...cells.values()].sort((a, b) => b - a);
  const top = Math.max(1, Math.ceil(sorted.length * topFraction));
  return sorted.slice(0, top).reduce((s, c) => s + c, 0) / total;
}
