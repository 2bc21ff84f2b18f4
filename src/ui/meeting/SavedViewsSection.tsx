import { useState } from 'preact/hooks';
import type { MeetingState } from '../../state/meeting/meetingState';
import { sequenceFromJson, sequenceToJson } from '../../state/meeting/sequenceTransfer';
import type { ViewSequenceDocument } from '../../state/meeting/documentTypes';
import { downloadText } from './files';
import { enterFullscreen } from './fullscreen';

const safeName = (name: string) => name.replace(/[^\p{L}\p{N}-]+/gu, '-').replace(/^-|-$/g, '');

/** Views saved by name (their address), put in order as slides and presented. */
export function SavedViewsSection({ meeting }: { meeting: MeetingState }) {
  const views = meeting.docs.lists.savedView.value;
  const sequences = meeting.docs.lists.viewSequence.value;
  const [viewName, setViewName] = useState('');
  const [sequenceName, setSequenceName] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const nameOf = new Map(views.map((v) => [v._id, v.name]));

  const saveSequence = (s: ViewSequenceDocument, viewIds: string[]) =>
    void meeting.docs.save({ ...s, viewIds });
  const move = (s: ViewSequenceDocument, i: number, delta: number) => {
    const ids = [...s.viewIds];
    const j = i + delta;
    if (j < 0 || j >= ids.length) return;
    [ids[i], ids[j]] = [ids[j], ids[i]];
    saveSequence(s, ids);
  };

  return (
    <details class="card saved-views" data-testid="saved-views">
      <summary>
        Sparade vyer och bildspel ({views.length} vyer, {sequences.length} bildspel)
      </summary>
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void meeting.saveCurrentView(viewName).then((saved) => saved && setViewName(''));
        }}
      >
        <label class="wide">
          Namn på vyn
          <input
            data-testid="view-name"
            value={viewName}
            onInput={(e) => setViewName(e.currentTarget.value)}
          />
        </label>
        <button type="submit" data-testid="save-view">
          Spara aktuell vy
        </button>
      </form>
      <ul class="view-list" data-testid="view-list">
        {views.map((v) => (
          <li key={v._id}>
            <a href={v.url || '?'} data-testid="saved-view-link">
              {v.name}
            </a>
            <span class="row-buttons">
              {sequences.length > 0 && (
                <select
                  aria-label={`Lägg ${v.name} i ett bildspel`}
                  value=""
                  onChange={(e) => {
                    const s = sequences.find((x) => x._id === e.currentTarget.value);
                    if (s) saveSequence(s, [...s.viewIds, v._id]);
                  }}
                >
                  <option value="">Lägg i bildspel …</option>
                  {sequences.map((s) => (
                    <option key={s._id} value={s._id}>
                      {s.name}
                    </option>
                  ))}
                </select>
              )}
              <button
                type="button"
                class="link"
                aria-label={`Ta bort vyn ${v.name}`}
                onClick={() => void meeting.docs.remove(v._id)}
              >
                Ta bort
              </button>
            </span>
          </li>
        ))}
      </ul>

      <h3>Bildspel</h3>
      {sequences.map((s) => (
        <section class="sequence" key={s._id} data-testid="sequence">
          <h4>{s.name}</h4>
          <ol>
            {s.viewIds.map((id, i) => (
              <li key={`${id}:${i}`}>
                {nameOf.get(id) ?? 'Borttagen vy'}
                <span class="row-buttons">
                  <button
                    type="button"
                    class="link"
                    aria-label="Flytta upp"
                    disabled={i === 0}
                    onClick={() => move(s, i, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    class="link"
                    aria-label="Flytta ned"
                    disabled={i === s.viewIds.length - 1}
                    onClick={() => move(s, i, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    class="link"
                    aria-label="Ta bort ur bildspelet"
                    onClick={() =>
                      saveSequence(
                        s,
                        s.viewIds.filter((_, j) => j !== i),
                      )
                    }
                  >
                    Ta bort
                  </button>
                </span>
              </li>
            ))}
          </ol>
          <div class="row-buttons">
            <button
              type="button"
              class="primary"
              data-testid="present-sequence"
              disabled={s.viewIds.length === 0}
              onClick={() => {
                enterFullscreen();
                meeting.presentSequence(s._id);
              }}
            >
              Visa som bildspel
            </button>
            <button
              type="button"
              onClick={() =>
                downloadText(
                  sequenceToJson(s, views, new Date()),
                  `bildspel-${safeName(s.name)}.json`,
                  'application/json',
                )
              }
            >
              Spara bildspelet (JSON)
            </button>
            <button type="button" class="link" onClick={() => void meeting.docs.remove(s._id)}>
              Ta bort bildspelet
            </button>
          </div>
        </section>
      ))}
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!sequenceName.trim()) return;
          void meeting.docs.create('viewSequence', { name: sequenceName.trim(), viewIds: [] });
          setSequenceName('');
        }}
      >
        <label class="wide">
          Nytt bildspel
          <input
            data-testid="sequence-name"
            value={sequenceName}
            onInput={(e) => setSequenceName(e.currentTarget.value)}
          />
        </label>
        <button type="submit" data-testid="create-sequence">
          Skapa
        </button>
      </form>
      <label class="file-button">
        Läs in ett bildspel (JSON)
        <input
          type="file"
          accept=".json,application/json"
          data-testid="import-sequence"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (!file) return;
            void (async () => {
              try {
                const seq = sequenceFromJson(await file.text(), file.name);
                const ids: string[] = [];
                for (const v of seq.views) {
                  const saved = await meeting.docs.create('savedView', v);
                  if (saved) ids.push(saved._id);
                }
                await meeting.docs.create('viewSequence', { name: seq.name, viewIds: ids });
                setMessage({ ok: true, text: `${file.name}: ${ids.length} vyer lästes in.` });
              } catch (err) {
                setMessage({ ok: false, text: err instanceof Error ? err.message : String(err) });
              }
            })();
          }}
        />
      </label>
      {message && (
        <p class={message.ok ? 'caption' : 'failed'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </details>
  );
}
