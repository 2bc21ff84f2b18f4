import { useEffect, useRef, useState } from 'preact/hooks';
import type { ActionStatus, ObservationDocument } from '../../state/walk/walkStore';
import { watchLocation } from '../../state/walk/geolocation';
import type { WalkView } from '../../state/walk/walkView';
import { localToday } from '../today';
import { ChecklistEditor } from './ChecklistEditor';
import { keepFocusedInView, useScrollIntoViewOn } from './keepInView';
import { downscalePhoto } from './photo';
import { PhotoThumb } from './PhotoThumb';

const PRIORITIES: ObservationDocument['priority'][] = ['hög', 'medel', 'låg'];

/** Step 2, outdoors in the evening: big targets, one hand, "du är här", observations that are never lost. */
export function FieldSection({ view }: { view: WalkView }) {
  const { store } = view;
  const [locating, setLocating] = useState(false);
  useEffect(() => {
    if (!locating) return;
    view.locationError.value = null;
    return watchLocation(
      navigator.geolocation,
      window.isSecureContext,
      (fix) => {
        view.fix.value = fix;
        view.locationError.value = null;
      },
      (message, final) => {
        view.locationError.value = message;
        // Refused: the button is back to "Visa var jag är"; the message says what to do.
        if (final) setLocating(false);
      },
    );
  }, [locating, view]);
  const open = store.observations.value.find((o) => o._id === view.openObservation.value);
  const list = store.currentObservations.value;
  const newHere = async () => {
    const fix = view.fix.value;
    if (!fix) {
      view.locationError.value ??=
        'Ingen position än: tryck "Visa var jag är" eller "Ny observation på kartan".';
      return;
    }
    const template = view.checklists.value[0];
    const o = await store.addObservation({
      position: fix.position,
      category: template.categories[0] ?? 'Övrigt',
      template: template.id,
    });
    view.openObservation.value = o._id;
  };
  return (
    <div class="walk-field-mode" data-testid="walk-field">
      <div class="walk-field-buttons">
        <button
          type="button"
          class="walk-huge"
          aria-pressed={locating}
          data-testid="walk-locate"
          onClick={() => setLocating(!locating)}
        >
          {locating ? 'Sluta visa var jag är' : 'Visa var jag är'}
        </button>
        <button
          type="button"
          class="walk-huge primary"
          data-testid="walk-observe-here"
          onClick={() => void newHere()}
        >
          Ny observation här
        </button>
        <button
          type="button"
          class="walk-huge"
          data-testid="walk-observe-tap"
          aria-pressed={view.tap.value === 'observation'}
          onClick={() => (view.tap.value = view.tap.value === 'observation' ? null : 'observation')}
        >
          {view.tap.value === 'observation'
            ? 'Tryck på kartan … (avbryt)'
            : 'Ny observation på kartan'}
        </button>
      </div>
      {view.locationError.value && (
        <p class="walk-error" role="alert" data-testid="walk-location-error">
          {view.locationError.value}
        </p>
      )}
      {view.fix.value && locating && (
        <p class="walk-muted" role="status">
          Du är här (±{Math.round(view.fix.value.accuracy)} m).
        </p>
      )}
      {open && <ObservationForm view={view} observation={open} />}
      <FollowUpList view={view} />
      <section class="card" aria-label="Observationer">
        <h2>Observationer ({list.length})</h2>
        <ul class="walk-observations" data-testid="walk-observations">
          {list
            .slice()
            .sort((a, b) => b.time.localeCompare(a.time))
            .map((o) => (
              <li key={o._id}>
                <button
                  type="button"
                  class="walk-observation-row"
                  onClick={() => (view.openObservation.value = o._id)}
                >
                  <span
                    class={o.positive ? 'walk-dot positive' : 'walk-dot negative'}
                    aria-hidden="true"
                  />
                  <span>
                    {o.category} {o.draft ? '(utkast)' : ''} – {o.text || 'ingen text'}
                  </span>
                  <span class="walk-muted">
                    {o.photos.length > 0 ? `${o.photos.length} foto` : ''}
                  </span>
                </button>
              </li>
            ))}
        </ul>
      </section>
      <ChecklistEditor view={view} />
    </div>
  );
}

function ObservationForm({
  view,
  observation: o,
}: {
  view: WalkView;
  observation: ObservationDocument;
}) {
  const { store } = view;
  const [photoError, setPhotoError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  // It opens below the buttons; on a 1024×768 tablet that is below the fold.
  const form = useRef<HTMLElement>(null);
  useScrollIntoViewOn(form, o._id);
  const lists = view.checklists.value;
  const template = lists.find((l) => l.id === o.template) ?? lists[0];
  const update = (patch: Partial<ObservationDocument>) =>
    void store.updateObservation(o._id, patch);
  const addPhotos = async (files: File[]) => {
    setAdding(true);
    setPhotoError(null);
    try {
      for (const f of files) await store.addPhoto(o._id, await downscalePhoto(f, f.name));
    } catch (e) {
      setPhotoError(e instanceof Error ? e.message : String(e));
    } finally {
      setAdding(false);
    }
  };
  return (
    <section
      ref={form}
      class="card walk-observation"
      aria-label="Observation"
      data-testid="walk-observation-form"
    >
      <h2>{o.draft ? 'Ny observation' : 'Observation'}</h2>
      <label class="walk-field">
        <span>Checklista</span>
        <select value={template.id} onChange={(e) => update({ template: e.currentTarget.value })}>
          {lists.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </label>
      <div class="walk-choices" role="group" aria-label="Kategori">
        {template.categories.map((c) => (
          <button
            key={c}
            type="button"
            class="walk-choice"
            aria-pressed={o.category === c}
            onClick={() => update({ category: c, template: template.id })}
          >
            {c}
          </button>
        ))}
      </div>
      <div class="walk-choices two" role="group" aria-label="Positiv eller negativ">
        <button
          type="button"
          class="walk-choice negative"
          aria-pressed={!o.positive}
          onClick={() => update({ positive: false })}
        >
          − Brist
        </button>
        <button
          type="button"
          class="walk-choice positive"
          aria-pressed={o.positive}
          onClick={() => update({ positive: true })}
        >
          + Bra
        </button>
      </div>
      <div class="walk-choices three" role="group" aria-label="Prioritet">
        {PRIORITIES.map((p) => (
          <button
            key={p}
            type="button"
            class="walk-choice"
            aria-pressed={o.priority === p}
            onClick={() => update({ priority: p })}
          >
            {p[0].toUpperCase() + p.slice(1)}
          </button>
        ))}
      </div>
      <label class="walk-field">
        <span>Vad ser ni?</span>
        <textarea
          data-testid="walk-observation-text"
          rows={3}
          value={o.text}
          onFocus={(e) => keepFocusedInView(e.currentTarget)}
          onInput={(e) => update({ text: e.currentTarget.value })}
        />
      </label>
      <div class="walk-photos">
        {o.photos.map((p) => (
          <PhotoThumb key={p} store={store} id={o._id} name={p} alt={`Foto till ${o.category}`} />
        ))}
      </div>
      <label class="walk-huge walk-file-button">
        {adding ? 'Sparar foto…' : 'Ta foto'}
        <input
          type="file"
          accept="image/*"
          capture="environment"
          multiple
          data-testid="walk-photo-input"
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            if (files.length) void addPhotos(files);
          }}
        />
      </label>
      {photoError && (
        <p class="walk-error" role="alert">
          {photoError}
        </p>
      )}
      <p class="walk-muted">
        {o.position
          ? `Plats ${o.position[1].toFixed(5)}, ${o.position[0].toFixed(5)}`
          : 'Utan plats'}{' '}
        · {new Date(o.time).toLocaleTimeString('sv-SE', { hour: '2-digit', minute: '2-digit' })} ·
        sparas medan du skriver
      </p>
      <div class="walk-row">
        <button
          type="button"
          class="walk-huge primary"
          data-testid="walk-observation-done"
          onClick={() => {
            update({ draft: false });
            view.openObservation.value = null;
          }}
        >
          Klar
        </button>
        <button
          type="button"
          class="walk-huge danger"
          onClick={() => {
            void store.removeObservation(o._id);
            view.openObservation.value = null;
          }}
        >
          Ta bort
        </button>
      </div>
    </section>
  );
}

const CHECK: { status: ActionStatus; label: string }[] = [
  { status: 'klar', label: 'Åtgärdad' },
  { status: 'pågår', label: 'Pågår' },
  { status: 'planerad', label: 'Inte gjord' },
];

/** On a follow-up walk: the earlier walk's actions, checked on the spot. */
function FollowUpList({ view }: { view: WalkView }) {
  const actions = view.store.followUpActions.value;
  if (!view.store.current.value?.followUpOf) return null;
  return (
    <section class="card" aria-label="Uppföljning" data-testid="walk-followup">
      <h2>Åtgärder att kontrollera ({actions.length})</h2>
      {actions.length === 0 && (
        <p class="walk-muted">Den tidigare vandringen har inga öppna åtgärder.</p>
      )}
      <ul class="walk-observations">
        {actions.map((a) => (
          <li key={a._id}>
            <p>
              <strong>{a.title}</strong> – {a.responsible || 'ansvarig saknas'}
              {a.checkedOn ? ` (kontrollerad ${a.checkedOn})` : ''}
            </p>
            <div class="walk-choices three">
              {CHECK.map((c) => (
                <button
                  key={c.status}
                  type="button"
                  class="walk-choice"
                  aria-pressed={
                    a.checkedOn !== null && a.checkedOn !== undefined && a.status === c.status
                  }
                  onClick={() =>
                    void view.store.updateAction(a._id, { status: c.status, checkedOn: todayIso() })
                  }
                >
                  {c.label}
                </button>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

function todayIso(): string {
  return new Date(localToday() * 86_400_000).toISOString().slice(0, 10);
}
