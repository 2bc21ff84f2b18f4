import { useState } from 'preact/hooks';
import type { ActionStatusName } from '../../map/layers/meetingLayers';
import type { PlaceDocument, PlanRow } from '../../state/meeting/documentTypes';
import type { MeetingState } from '../../state/meeting/meetingState';
import { DEFAULT_PRIORITY_AREA } from '../../state/meeting/planSummary';
import { isOverdue } from '../../state/meeting/overdue';
import { STATUS_LABELS, STATUSES } from './meetingFormat';
import { OverdueTag } from './OverdueTag';

const EMPTY_ROW: PlanRow = {
  problem: '',
  cause: '',
  action: '',
  goal: '',
  when: '',
  who: '',
  followUp: '',
  priorityArea: DEFAULT_PRIORITY_AREA,
  status: 'planerad',
};

const ROW_FIELDS: { key: keyof Omit<PlanRow, 'status'>; label: string; long?: boolean }[] = [
  { key: 'priorityArea', label: 'Prioriterat område' },
  { key: 'problem', label: 'Problem', long: true },
  { key: 'cause', label: 'Orsak', long: true },
  { key: 'action', label: 'Åtgärd', long: true },
  { key: 'goal', label: 'Operativt mål', long: true },
  { key: 'when', label: 'När' },
  { key: 'who', label: 'Vem' },
  { key: 'followUp', label: 'Uppföljning', long: true },
];

/** One place and its åtgärdsplan, edited as a draft and saved with one button. */
export function PlaceEditor({ place, meeting }: { place: PlaceDocument; meeting: MeetingState }) {
  const [draft, setDraft] = useState(place);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const changed = JSON.stringify(draft) !== JSON.stringify(place);
  const set = <K extends keyof PlaceDocument>(key: K, value: PlaceDocument[K]) =>
    setDraft({ ...draft, [key]: value });
  const setRow = (i: number, row: PlanRow) =>
    set(
      'plan',
      draft.plan.map((r, j) => (j === i ? row : r)),
    );
  return (
    <form
      class="place-editor"
      data-testid="place-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void meeting.docs.save(draft);
      }}
    >
      <div class="field-row">
        <label class="wide">
          Namn
          <input value={draft.name} onInput={(e) => set('name', e.currentTarget.value)} />
        </label>
        <label>
          Stadsdelsområde
          <input
            value={draft.district ?? ''}
            onInput={(e) => set('district', e.currentTarget.value)}
          />
        </label>
        {draft.geometry.type === 'Point' && (
          <label>
            Radie (m)
            <input
              type="number"
              min={25}
              max={2000}
              step={25}
              value={draft.radius ?? 200}
              onInput={(e) => set('radius', Number(e.currentTarget.value) || 200)}
            />
          </label>
        )}
      </div>
      <div class="field-row">
        <label class="wide">
          Ansvarig
          <input
            value={draft.responsible}
            onInput={(e) => set('responsible', e.currentTarget.value)}
          />
        </label>
        <label class="wide">
          Mötesfrekvens
          <input value={draft.cadence} onInput={(e) => set('cadence', e.currentTarget.value)} />
        </label>
      </div>
      <label class="wide">
        Medlemmar (komma emellan)
        <input
          value={draft.members.join(', ')}
          onChange={(e) =>
            set(
              'members',
              e.currentTarget.value
                .split(',')
                .map((m) => m.trim())
                .filter(Boolean),
            )
          }
        />
      </label>
      <h4>Åtgärdsplan ({draft.plan.length} rader)</h4>
      {draft.plan.map((row, i) => (
        <fieldset class="plan-row" key={i}>
          <legend>
            Rad {i + 1}
            {isOverdue({ deadline: row.when, status: row.status }, meeting.day.value) && (
              <>
                {' '}
                <OverdueTag />
              </>
            )}
          </legend>
          {ROW_FIELDS.map((f) => (
            <label key={f.key} class={f.long ? 'wide' : ''}>
              {f.label}
              {f.long ? (
                <textarea
                  rows={2}
                  value={row[f.key] ?? ''}
                  onInput={(e) => setRow(i, { ...row, [f.key]: e.currentTarget.value })}
                />
              ) : (
                <input
                  value={row[f.key] ?? ''}
                  onInput={(e) => setRow(i, { ...row, [f.key]: e.currentTarget.value })}
                />
              )}
            </label>
          ))}
          <label>
            Status
            <select
              value={row.status ?? 'planerad'}
              onChange={(e) =>
                setRow(i, { ...row, status: e.currentTarget.value as ActionStatusName })
              }
            >
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            class="link"
            onClick={() =>
              set(
                'plan',
                draft.plan.filter((_, j) => j !== i),
              )
            }
          >
            Ta bort rad {i + 1}
          </button>
        </fieldset>
      ))}
      <div class="row-buttons">
        <button type="button" onClick={() => set('plan', [...draft.plan, { ...EMPTY_ROW }])}>
          Ny rad i planen
        </button>
        <button type="submit" class="primary" disabled={!changed}>
          {changed ? 'Spara ändringarna' : 'Sparad'}
        </button>
        {confirmRemove ? (
          <button type="button" class="danger" onClick={() => void meeting.docs.remove(place._id)}>
            Ja, ta bort {place.name}
          </button>
        ) : (
          <button type="button" class="link" onClick={() => setConfirmRemove(true)}>
            Ta bort platsen …
          </button>
        )}
      </div>
    </form>
  );
}
