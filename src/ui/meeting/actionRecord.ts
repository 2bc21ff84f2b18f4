import { isOverdue } from '../../state/meeting/overdue';
import { OPEN_STATUSES, type ActionDocument } from '../../state/walk/walkStore';
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
export type RecordedAction = Pick<
  ActionDocument,
  '_id' | 'placeId' | 'title' | 'responsible' | 'deadline' | 'status' | 'reason'
>;

const isOpen = (a: RecordedAction) => OPEN_STATUSES.includes(a.status);

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
