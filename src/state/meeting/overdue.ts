import { parseIsoDate } from '../../analysis/isoWeek';
import type { ActionStatus } from '../../persistence/documents';

/** Said wherever an overdue action is listed: on screen, on the slide and in the files. */
export const OVERDUE_LABEL = 'Försenad';

/** Only what is still to be done can be late; a declined action will not be done at all. */
const OPEN: readonly (ActionStatus | undefined)[] = ['planerad', 'pågår', undefined];

/**
 * Whether an action (or a plan row) is overdue on `today`: its deadline has passed and it
 * is still planned or under way. The deadline day itself is not late. A plan row's "när"
 * is often text ("Vår och höst"); only a date (ÅÅÅÅ-MM-DD) can pass.
 */
export function isOverdue(
  item: { deadline: string | null; status?: ActionStatus },
  today: number,
): boolean {
  if (!item.deadline || !OPEN.includes(item.status)) return false;
  const day = parseIsoDate(item.deadline);
  return day !== null && day < today;
}
