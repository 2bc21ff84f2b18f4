import { slotOf } from './countCategories';
import { filterMask, type FilterableOffences, type OffenceFilter } from './filter';
import type { DayRange } from './isoWeek';

/** The offences in the period that pass every filter, categories included. */
export function selectionMask(
  offences: FilterableOffences,
  filter: OffenceFilter,
  period: DayRange,
): Uint8Array {
  const mask = filterMask(offences, filter, false, slotOf);
  const { day } = offences;
  for (let i = 0; i < offences.count; i++)
    if (day[i] < period.first || day[i] > period.last) mask[i] = 0;
  return mask;
}
