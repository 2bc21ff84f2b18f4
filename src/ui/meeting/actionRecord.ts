import type { ActionStatusName } from '../../map/layers/meetingLayers';
import { isOverdue } from '../../state/meeting/overdue';
import { longDate, STATUS_LABELS } from './meetingFormat';

/** One decision as the printed record lists it. */
export interface ActionRecordRow {
  id: string;
  place: string;
  title: string;
  responsible: string;
  deadline: string;
  /** The status in words; a declined action says why when someone wrote it down. */
  status: string;
  overdue: boolean;
}

/** What the record reads of an action document. */
export interface RecordedAction {
  _id: string;
  placeId: string | null;
  title: string;
  responsible: string;
  deadline: string | null;
  status: ActionStatusName;
  reason: string;
}

const isOpen = (a: RecordedAction) => a.status === 'planerad' || a.status === 'pågår';

/**
 * The meeting's decisions for the printed record: the open ones first (soonest deadline first,
 * the late ones among them), then the done and declined ones, so the paper says what is left.
 */
export function actionRecord(
  actions: readonly RecordedAction[],
  placeNames: ReadonlyMap<string, string>,
  today: number,
): ActionRecordRow[] {
  const byDeadline = (a: RecordedAction, b: RecordedAction) =>
    Number(isOpen(b)) - Number(isOpen(a)) ||
    (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999');
  return [...actions].sort(byDeadline).map((a) => ({
    id: a._id,
    place: a.placeId ? (placeNames.get(a.placeId) ?? a.placeId) : 'Ingen plats',
    title: a.title,
    responsible: a.responsible || '–',
    deadline: a.deadline ? longDate(a.deadline) : '–',
    status:
      a.status === 'avböjd' && a.reason.trim()
        ? `${STATUS_LABELS[a.status]}: ${a.reason.trim()}`
        : STATUS_LABELS[a.status],
    overdue: isOverdue(a, today),
  }));
}
