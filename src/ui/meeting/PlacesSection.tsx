import { useState } from 'preact/hooks';
import type { MapSlots } from '../mapSlots';
import type { MeetingState } from '../../state/meeting/meetingState';
import { planSummary } from '../../state/meeting/planSummary';
import {
  actionsFromCsv,
  actionsToCsv,
  placesFromCsv,
  placesFromJson,
  placesToCsv,
  placesToJson,
} from '../../state/meeting/placeTransfer';
import { downloadText, fileDay } from './files';
import { DrawPlace } from './DrawPlace';
import { PlaceEditor } from './PlaceEditor';

const AUTHOR = 'Inläst fil';

/** Reads a file of places (JSON or CSV) or of actions (CSV), whichever it is. */
async function readPlacesFile(meeting: MeetingState, file: File): Promise<string> {
  const text = await file.text();
  const now = new Date();
  if (/\.json$/i.test(file.name)) {
    const { places, actions } = placesFromJson(text, file.name);
    await meeting.docs.importDocuments([...places, ...actions]);
    return `${file.name}: ${places.length} platser och ${actions.length} åtgärder lästes in.`;
  }
  const header = text.slice(0, 2000).split(/\r?\n/)[0].toLowerCase();
  if (header.includes('plats_id') && header.includes('problem')) {
    const places = placesFromCsv(text, file.name, AUTHOR, now);
    await meeting.docs.importDocuments(places);
    return `${file.name}: ${places.length} platser lästes in.`;
  }
  const actions = actionsFromCsv(text, file.name, AUTHOR, now);
  await meeting.docs.importDocuments(actions);
  return `${file.name}: ${actions.length} åtgärder lästes in.`;
}

/** The places and their åtgärdsplaner: summary per priority area, editing, files in and out. */
export function PlacesSection({ meeting, slots }: { meeting: MeetingState; slots: MapSlots }) {
  const places = meeting.docs.lists.place.value;
  const actions = meeting.docs.lists.action.value;
  const summary = planSummary(places);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [newName, setNewName] = useState('');

  return (
    <details class="card places" data-testid="places-section">
      <summary>Platser och åtgärdsplaner ({places.length})</summary>
      <h3>Sammanfattning per prioriterat område</h3>
      <p class="caption">Räknas fram ur planernas rader; ändra raderna, inte siffrorna.</p>
      <table class="data" data-testid="plan-summary">
        <thead>
          <tr>
            <th scope="col">Prioriterat område</th>
            <th scope="col" class="num">
              Platser
            </th>
            <th scope="col" class="num">
              Problem
            </th>
            <th scope="col" class="num">
              Orsaker
            </th>
            <th scope="col" class="num">
              Åtgärder
            </th>
            <th scope="col" class="num">
              Klara
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.map((s) => (
            <tr key={s.priorityArea}>
              <th scope="row">{s.priorityArea}</th>
              <td class="num">{s.places}</td>
              <td class="num">{s.problems}</td>
              <td class="num">{s.causes}</td>
              <td class="num">{s.actions}</td>
              <td class="num">{s.done}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <div class="row-buttons file-row">
        <button
          type="button"
          onClick={() =>
            downloadText(
              placesToJson(places, actions, new Date()),
              `platser-${fileDay()}.json`,
              'application/json',
            )
          }
        >
          Spara platser (JSON)
        </button>
        <button
          type="button"
          data-testid="export-places-csv"
          onClick={() =>
            downloadText(
              placesToCsv(places, meeting.day.value),
              `platser-${fileDay()}.csv`,
              'text/csv',
            )
          }
        >
          Spara åtgärdsplaner (CSV)
        </button>
        <button
          type="button"
          data-testid="export-actions-csv"
          onClick={() =>
            downloadText(
              actionsToCsv(actions, places, meeting.day.value),
              `atgarder-${fileDay()}.csv`,
              'text/csv',
            )
          }
        >
          Spara åtgärder (CSV)
        </button>
        <label class="file-button">
          Läs in platser eller åtgärder (JSON, CSV)
          <input
            type="file"
            accept=".json,.csv,application/json,text/csv"
            data-testid="import-places"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (!file) return;
              readPlacesFile(meeting, file).then(
                (text) => setMessage({ ok: true, text }),
                (err: unknown) =>
                  setMessage({
                    ok: false,
                    text: err instanceof Error ? err.message : String(err),
                  }),
              );
            }}
          />
        </label>
      </div>
      {message && (
        <p class={message.ok ? 'caption' : 'failed'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}

      <ul class="place-list">
        {places.map((p) => (
          <li key={p._id}>
            <details>
              <summary>
                {p.name}
                <small>
                  {' '}
                  · {p.plan.length} rader
                  {p.author === 'Demodata' ? ' · demodata' : ''}
                </small>
              </summary>
              <PlaceEditor key={`${p._id}:${p._rev ?? ''}`} place={p} meeting={meeting} />
            </details>
          </li>
        ))}
      </ul>
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const camera = slots.controller.value?.camera();
          if (!newName.trim() || !camera) return;
          void meeting.docs.create('place', {
            name: newName.trim(),
            kind: 'platssamverkan',
            geometry: { type: 'Point', coordinates: [camera.lon, camera.lat] },
            members: [],
            cadence: '',
            responsible: '',
            plan: [],
          });
          setNewName('');
        }}
      >
        <label>
          Ny plats i kartans mitt
          <input value={newName} onInput={(e) => setNewName(e.currentTarget.value)} />
        </label>
        <button type="submit" disabled={!newName.trim()}>
          Lägg till plats
        </button>
      </form>
      <DrawPlace meeting={meeting} slots={slots} />
    </details>
  );
}
