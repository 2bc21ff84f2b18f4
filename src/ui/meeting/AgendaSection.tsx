import { useState } from 'preact/hooks';
import type { AppState } from '../../state/appState';
import type { MeetingState } from '../../state/meeting/meetingState';
import { periodsOf } from '../../state/periodChoice';
import { ChangesTable } from './ChangesTable';
import { enterFullscreen } from './fullscreen';

/** The agenda of places: start the presentation, order the places, the changes by place and area. */
export function AgendaSection({ state, meeting }: { state: AppState; meeting: MeetingState }) {
  const series = meeting.series.value;
  const agenda = meeting.agenda.value;
  const counts = meeting.counts.value;
  const threshold = state.privacyThreshold.value;
  const period = periodsOf(state.period.value);
  const [adding, setAdding] = useState('');

  const start = (key?: string) => {
    enterFullscreen();
    meeting.present(key);
  };
  const setAgenda = (keys: string[]) => {
    if (series) void meeting.docs.save({ ...series, agenda: keys });
  };
  const move = (i: number, delta: number) => {
    const keys = [...(series?.agenda ?? [])];
    const j = i + delta;
    if (j < 0 || j >= keys.length) return;
    [keys[i], keys[j]] = [keys[j], keys[i]];
    setAgenda(keys);
  };
  const candidates = [
    ...meeting.docs.lists.place.value.map((p) => ({ key: p._id, name: p.name })),
    ...state.ods.value.map((o) => ({ key: `ods:${o.id}`, name: `ÖDS ${o.name} ${o.year ?? ''}` })),
  ].filter((c) => !series?.agenda.includes(c.key));

  return (
    <>
      <section class="card agenda" aria-labelledby="agenda-title">
        <h2 id="agenda-title">Dagordning: platserna</h2>
        <button
          type="button"
          class="primary big"
          data-testid="start-presentation"
          disabled={agenda.length === 0}
          onClick={() => start()}
        >
          Starta presentation
        </button>
        <p class="caption">
          Helskärm. Bläddra med piltangenterna, mellanslag eller en klickare (Page Up/Down); Esc
          avslutar.
        </p>
        <ol class="agenda-list" data-testid="agenda">
          {agenda.map((item, i) => (
            <li key={item.key}>
              <span class="agenda-name">
                <strong>{item.title}</strong>
                <small>{item.kindLabel}</small>
              </span>
              <span class="row-buttons">
                <button type="button" class="link" onClick={() => start(item.key)}>
                  Visa
                </button>
                <button
                  type="button"
                  class="link"
                  aria-label={`Flytta upp ${item.title}`}
                  disabled={i === 0}
                  onClick={() => move(series?.agenda.indexOf(item.key) ?? i, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  class="link"
                  aria-label={`Flytta ned ${item.title}`}
                  disabled={i === agenda.length - 1}
                  onClick={() => move(series?.agenda.indexOf(item.key) ?? i, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  class="link"
                  aria-label={`Ta bort ${item.title} från dagordningen`}
                  onClick={() => setAgenda((series?.agenda ?? []).filter((k) => k !== item.key))}
                >
                  Ta bort
                </button>
              </span>
            </li>
          ))}
        </ol>
        {series && candidates.length > 0 && (
          <form
            class="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (adding) setAgenda([...series.agenda, adding]);
              setAdding('');
            }}
          >
            <label>
              Lägg till plats eller ÖDS
              <select value={adding} onChange={(e) => setAdding(e.currentTarget.value)}>
                <option value="">Välj …</option>
                {candidates.map((c) => (
                  <option key={c.key} value={c.key}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" disabled={!adding}>
              Lägg till
            </button>
          </form>
        )}
      </section>
      {meeting.countsError.value && (
        <p class="failed" role="alert">
          {meeting.countsError.value}
        </p>
      )}
      <ChangesTable
        title="Förändring per plats"
        what="Plats"
        caption={`Totalt exkl. skadegörelse, ${period.current.label} (nu) mot ${period.previous.label} (före). Platser som är punkter räknas inom sin radie.`}
        places={agenda.map((a) => ({ key: a.key, name: a.title, rows: counts.get(a.key) }))}
        threshold={threshold}
        testId="changes-by-place"
        onSelect={(key) => start(key)}
      />
      <ChangesTable
        title="Förändring per område"
        what="Stadsdel"
        caption={`Totalt exkl. skadegörelse, ${period.current.label} (nu) mot ${period.previous.label} (före).`}
        places={meeting.areas.value.map((a) => ({ ...a, rows: counts.get(a.key) }))}
        threshold={threshold}
        testId="changes-by-area"
      />
    </>
  );
}
