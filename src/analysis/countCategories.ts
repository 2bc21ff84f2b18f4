import { CATEGORIES } from './categories';
import type { DayRange } from './isoWeek';

/** Counts have one slot per lägesbild category plus a last slot for unmapped rows. */
export const COUNT_SLOTS = CATEGORIES.length + 1;
export const UNMAPPED_SLOT = CATEGORIES.length;

export interface OffenceColumns {
  count: number;
  day: Int32Array;
  minute: Int16Array;
  category: Uint8Array;
}

export function slotOf(category: number): number {
  return category < CATEGORIES.length ? category : UNMAPPED_SLOT;
}

/**
 * Per-group category counts in a day range, for a partition assignment
 * (point → group or -1), over the offences whose `mask` is 1.
 * Result: groups × COUNT_SLOTS, row-major.
 */
export function countByGroup(
  offences: OffenceColumns,
  assignment: Int32Array,
  groupCount: number,
  range: DayRange,
  mask: Uint8Array,
): Uint32Array {
  const out = new Uint32Array(groupCount * COUNT_SLOTS);
  const { day, category } = offences;
  for (let i = 0; i < offences.count; i++) {
    const g = assignment[i];
    if (g < 0 || mask[i] === 0 || day[i] < range.first || day[i] > range.last) continue;
    out[g * COUNT_SLOTS + slotOf(category[i])]++;
  }
  return out;
}

/** Category counts for the listed points (e.g. the points inside one ÖDS extent). */
export function countIndices(
  offences: OffenceColumns,
  indices: Uint32Array,
  range: DayRange,
  mask: Uint8Array,
): Uint32Array {
  const out = new Uint32Array(COUNT_SLOTS);
  const { day, category } = offences;
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k];
    if (mask[i] === 0 || day[i] < range.first || day[i] > range.last) continue;
    out[slotOf(category[i])]++;
  }
  return out;
}

export function groupSlice(counts: Uint32Array, group: number): Uint32Array {
  return counts.subarray(group * COUNT_SLOTS, (group + 1) * COUNT_SLOTS);
}

export function sumSlots(counts: ArrayLike<number>, include: (slot: number) => boolean): number {
  let s = 0;
  for (let i = 0; i < COUNT_SLOTS; i++) if (include(i)) s += counts[i];
  return s;
}
