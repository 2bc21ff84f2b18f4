import { isoWeekday } from './isoWeek';

/** The user's filters. Hours are whole hours, inclusive; from > to wraps midnight (22–04). */
export interface OffenceFilter {
  /** One flag per category slot (COUNT_SLOTS), the last for unmapped rows. */
  categorySlots: boolean[];
  /** Monday … Sunday. */
  weekdays: boolean[];
  hourFrom: number;
  hourTo: number;
}

export interface FilterableOffences {
  count: number;
  day: Int32Array;
  minute: Int16Array;
  category: Uint8Array;
}

export const ALL_WEEKDAYS = [true, true, true, true, true, true, true];

export function isAllDay(f: OffenceFilter): boolean {
  return (f.hourTo + 1) % 24 === f.hourFrom % 24;
}

function hourAllowed(f: OffenceFilter): Uint8Array {
  const ok = new Uint8Array(24);
  for (let h = 0; h < 24; h++) {
    ok[h] =
      f.hourFrom <= f.hourTo
        ? Number(h >= f.hourFrom && h <= f.hourTo)
        : Number(h >= f.hourFrom || h <= f.hourTo);
  }
  return ok;
}

/**
 * 1 for each offence that passes weekday and hour filters (and the category
 * filter unless `ignoreCategories`, as the lägesbild table lists every
 * category). Offences without a time only pass when the whole day is chosen.
 */
export function filterMask(
  offences: FilterableOffences,
  f: OffenceFilter,
  ignoreCategories = false,
  slotOf: (category: number) => number = (c) => c,
): Uint8Array {
  const mask = new Uint8Array(offences.count);
  const hours = hourAllowed(f);
  const allDay = isAllDay(f);
  const { day, minute, category } = offences;
  for (let i = 0; i < offences.count; i++) {
    if (!f.weekdays[isoWeekday(day[i]) - 1]) continue;
    const m = minute[i];
    if (m < 0 ? !allDay : !hours[(m / 60) | 0]) continue;
    if (!ignoreCategories && !f.categorySlots[slotOf(category[i])]) continue;
    mask[i] = 1;
  }
  return mask;
}
