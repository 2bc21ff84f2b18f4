import { useState } from 'preact/hooks';
import { DAY_INPUT_RANGE } from '../../state/plausibleDay';
import { checkedDay } from '../checkedDay';
import { ACTION_STATUS_COLORS } from '../../map/layers/walkPlanLayers';
import type { ActionDocument, ActionStatus } from '../../state/walk/walkStore';
import { groupProtocol, observationKind } from '../../state/walk/protocol';
import { protocolZip } from '../../state/walk/walkFiles';
import type { WalkView } from '../../state/walk/walkView';
import { localToday } from '../today';
import { printSheet } from './PlanSection';
import { slug } from './WalkChooser';

const STATUSES: ActionStatus[] = ['planerad', 'pågår', 'klar', 'avböjd'];
const rgb = (c: readonly number[]) => `rgb(${c[0]}, ${c[1]}, ${c[2]})`;

/** Step 3: the protocol (print, zip) and the action list, and the next walk that checks it. */
export function AfterSection({
  view,
  save,
}: {
  view: WalkView;
  save: (bytes: Uint8Array, type: string, name: string) => void;
}) {
  const { store } = view;
  const walk = store.current.value;
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  if (!walk) return null;
  const observations = store.currentObservations.value;
  const groups = groupProtocol(walk, observations);
  const actionOf = new Map(
    store.actions.value.filter((a) => a.observationId).map((a) => [a.observationId as string, a]),
  );
  const drafts = observations.filter((o) => o.draft).length;
  const exportProtocol = async () => {
    try {
      await store.flush();
      const photos = new Map<string, Uint8Array>();
      for (const o of observations) {
        for (const p of o.photos) {
          const blob = await store.photo(o._id, p);
          if (!blob) throw new Error(`Fotot ${p} till "${o.category}" saknas.`);
          photos.set(`${o._id}/${p}`, new Uint8Array(await blob.arrayBuffer()));
        }
      }
      save(
        protocolZip(walk, observations, photos),
        'application/zip',
        `protokoll-${walk.date || 'utan-datum'}-${slug(walk.name)}.zip`,
      );
      setStatus({
        ok: true,
        text: `Protokollet sparades: ${observations.length - drafts} observationer och ${photos.size} foton.`,
      });
    } catch (e) {
      setStatus({
        ok: false,
        text: `Protokollet kunde inte sparas: ${e instanceof Error ? e.message : String(e)}`,
      });
    }
  };
  const today = new Date(localToday() * 86_400_000).toISOString().slice(0, 10);
  return (
    <>
      <section class="card" aria-label="Protokoll" data-testid="walk-protocol">
        <h2>Protokoll</h2>
        {drafts > 0 && (
          <p class="walk-hint">
            {drafts} observationer är utkast och kommer inte med förrän de är klara.
          </p>
        )}
        <div class="walk-row">
          <button
            type="button"
            class="walk-big primary"
            data-testid="walk-print-protocol"
            onClick={() => printSheet(view, 'protocol')}
          >
            Skriv ut protokoll (A4/PDF)
          </button>
          <button
            type="button"
            class="walk-big"
            data-testid="walk-protocol-zip"
            onClick={() => void exportProtocol()}
          >
            Protokoll som zip (GeoJSON, CSV, foton)
          </button>
        </div>
        {status && (
          <p class={status.ok ? 'walk-ok' : 'walk-error'} role="status">
            {status.text}
          </p>
        )}
        {groups.length === 0 && <p class="walk-muted">Inga observationer än.</p>}
        {groups.map((g) => (
          <div key={g.label} class="walk-protocol-group">
            <h3>{g.label}</h3>
            {g.categories.map((c) => (
              <div key={c.category}>
                <h4>{c.category}</h4>
                <ul class="walk-observations">
                  {c.observations.map((o) => {
                    const action = actionOf.get(o._id);
                    return (
                      <li key={o._id} class="walk-protocol-item">
                        <p class="walk-protocol-text">
                          <span
                            class={o.positive ? 'walk-dot positive' : 'walk-dot negative'}
                            aria-hidden="true"
                          />
                          {o.text || '(ingen text)'}
                        </p>
                        <div class="walk-protocol-meta">
                          <span class="walk-muted">{observationKind(o)}</span>
                          {!action && !o.positive && (
                            <button
                              type="button"
                              data-testid="walk-make-action"
                              onClick={() => void store.createAction(o._id)}
                            >
                              Gör till åtgärd
                            </button>
                          )}
                        </div>
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
          </div>
        ))}
      </section>
      <ActionList view={view} />
      <section class="card" aria-label="Uppföljning">
        <h2>Nästa vandring</h2>
        <p class="walk-muted">
          Samma rutt med de öppna åtgärderna laddade, för att kontrollera dem på plats.
        </p>
        <button
          type="button"
          class="walk-big"
          data-testid="walk-follow-up"
          onClick={() =>
            void store.startFollowUp(walk._id, today).then(() => {
              view.tab.value = 'field';
            })
          }
        >
          Starta uppföljningsvandring
        </button>
      </section>
    </>
  );
}

function ActionList({ view }: { view: WalkView }) {
  const { store } = view;
  const walk = store.current.value;
  const ids = new Set(store.currentObservations.value.map((o) => o._id));
  const actions = store.actions.value.filter(
    (a) => a.walkId === walk?._id || (a.observationId !== null && ids.has(a.observationId)),
  );
  const update = (a: ActionDocument, patch: Partial<ActionDocument>) =>
    void store.updateAction(a._id, patch);
  return (
    <section class="card" aria-label="Åtgärdslista" data-testid="walk-actions">
      <h2>Åtgärdslista ({actions.length})</h2>
      <p class="walk-legend">
        {STATUSES.map((s) => (
          <span key={s}>
            <span
              class="walk-dot"
              style={{ background: rgb(ACTION_STATUS_COLORS[s]) }}
              aria-hidden="true"
            />{' '}
            {s}
          </span>
        ))}
      </p>
      {actions.length === 0 && (
        <p class="walk-muted">Gör en brist i protokollet till en åtgärd för att följa upp den.</p>
      )}
      <ul class="walk-action-list">
        {actions.map((a) => (
          <li key={a._id} data-testid="walk-action">
            <label class="walk-field">
              <span>Åtgärd</span>
              <input value={a.title} onInput={(e) => update(a, { title: e.currentTarget.value })} />
            </label>
            <div class="walk-row">
              <label class="walk-field walk-grow">
                <span>Ansvarig (den som råder över platsen)</span>
                <input
                  data-testid="walk-action-responsible"
                  value={a.responsible}
                  onInput={(e) => update(a, { responsible: e.currentTarget.value })}
                />
              </label>
              <label class="walk-field">
                <span>Senast</span>
                <input
                  type="date"
                  {...DAY_INPUT_RANGE}
                  value={a.deadline ?? ''}
                  onInput={(e) => {
                    const day = checkedDay(e.currentTarget);
                    if (day !== null) update(a, { deadline: day || null });
                  }}
                />
              </label>
              <label class="walk-field">
                <span>Status</span>
                <select
                  data-testid="walk-action-status"
                  value={a.status}
                  onChange={(e) => update(a, { status: e.currentTarget.value as ActionStatus })}
                >
                  {STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            {a.status === 'avböjd' && (
              <label class="walk-field">
                <span>Varför avböjd?</span>
                <input
                  value={a.reason}
                  onInput={(e) => update(a, { reason: e.currentTarget.value })}
                />
              </label>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
