import type { ActionStatusName } from '../../map/layers/meetingLayers';
import type { MeetingState } from '../../state/meeting/meetingState';
import { ActionForm } from './ActionForm';
import { isOverdue } from '../../state/meeting/overdue';
import { longDate, STATUS_LABELS, STATUSES } from './meetingFormat';
import { OverdueTag } from './OverdueTag';

/** Every place the actions can belong to: the agenda first, then the other places. */
export function actionPlaces(meeting: MeetingState): { key: string; name: string }[] {
  const agenda = meeting.agenda.value.map((a) => ({ key: a.key, name: a.title }));
  const others = meeting.docs.lists.place.value
    .filter((p) => !agenda.some((a) => a.key === p._id))
    .map((p) => ({ key: p._id, name: p.name }));
  return [...agenda, ...others];
}

/** Decisions: record a new one, follow up the others (status, and why when declined). */
export function ActionsSection({ meeting }: { meeting: MeetingState }) {
  const places = actionPlaces(meeting);
  const nameOf = new Map(places.map((p) => [p.key, p.name]));
  const today = meeting.day.value;
  const actions = [...meeting.docs.lists.action.value].sort((a, b) =>
    (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'),
  );
  return (
    <details class="card" open>
      <summary>Åtgärder och beslut ({actions.length})</summary>
      <ActionForm meeting={meeting} places={places} />
      <table class="data actions-table" data-testid="actions-table">
        <thead>
          <tr>
            <th scope="col">Åtgärd</th>
            <th scope="col">Vem</th>
            <th scope="col">Senast</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((a) => (
            <tr key={a._id}>
              <th scope="row">
                {a.title}
                <small class="muted-line">
                  {a.placeId ? (nameOf.get(a.placeId) ?? a.placeId) : 'Ingen plats'}
                </small>
              </th>
              <td>{a.responsible || '–'}</td>
              <td>
                {isOverdue(a, today) && <OverdueTag />}
                <span class="nowrap">{a.deadline ? longDate(a.deadline) : '–'}</span>
              </td>
              <td>
                <select
                  aria-label={`Status för ${a.title}`}
                  value={a.status}
                  onChange={(e) =>
                    void meeting.docs.save({
                      ...a,
                      status: e.currentTarget.value as ActionStatusName,
                    })
                  }
                >
                  {STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {STATUS_LABELS[s]}
                    </option>
                  ))}
                </select>
                {a.status === 'avböjd' && (
                  <input
                    aria-label={`Varför ${a.title} avböjdes`}
                    placeholder="Varför?"
                    value={a.reason}
                    onChange={(e) =>
                      void meeting.docs.save({ ...a, reason: e.currentTarget.value })
                    }
                  />
                )}
                <button
                  type="button"
                  class="link"
                  aria-label={`Ta bort ${a.title}`}
                  onClick={() => void meeting.docs.remove(a._id)}
                >
                  Ta bort
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
