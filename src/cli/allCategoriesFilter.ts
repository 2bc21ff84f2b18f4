import { COUNT_SLOTS } from '../analysis/countCategories';
import { ALL_WEEKDAYS, type OffenceFilter } from '../analysis/filter';

/**
 * The lägesbild tables count every category, every weekday and every hour;
 * rows without a mapped category are counted too, under "Ej mappad", as in the app's default.
 */
export const ALL_CATEGORIES_FILTER: OffenceFilter = {
  categorySlots: Array.from({ length: COUNT_SLOTS }, () => true),
  weekdays: ALL_WEEKDAYS,
  hourFrom: 0,
  hourTo: 23,
};
