import { createPortal } from 'preact/compat';
import type { AppState } from '../../state/appState';
import {
  groupProtocol,
  observationKind,
  protocolLine,
  routeCardLine,
} from '../../state/walk/protocol';
import type { WalkView } from '../../state/walk/walkView';
import { ObservationKey } from './ObservationSymbol';
import { PhotoThumb } from './PhotoThumb';
import { RouteSvg } from './RouteSvg';

/** The A4 sheets: hidden on screen, the only thing printed while one is chosen. */
export function PrintSheets({ view, state }: { view: WalkView; state: AppState }) {
  const sheet = view.print.value;
  if (!sheet) return null;
  return createPortal(
    <div class="walk-print" data-testid={`walk-sheet-${sheet}`}>
      {sheet === 'card' ? (
        <RouteCard view={view} state={state} />
      ) : (
        <ProtocolSheet view={view} state={state} />
      )}
    </div>,
    document.body,
  );
}

function RouteCard({ view, state }: { view: WalkView; state: AppState }) {
  const walk = view.store.current.value;
  const summary = view.summary.value;
  if (!walk) return null;
  return (
    <article class="walk-sheet">
      <header>
        <h1>{walk.name}</h1>
        <p class="walk-sheet-when">{routeCardLine(walk)}</p>
      </header>
      <RouteSvg
        walk={walk}
        areas={state.stadsdelar.value}
        ods={state.ods.value}
        width={680}
        height={560}
      />
      <div class="walk-sheet-columns">
        <section>
          <h2>Stopp</h2>
          <ol>
            {walk.stops.map((s, i) => (
              <li key={i}>{s.name}</li>
            ))}
          </ol>
          {walk.stops.length === 0 && <p>Inga stopp.</p>}
        </section>
        <section>
          <h2>Kvällen</h2>
          <dl>
            {summary && (
              <>
                <dt>Sträcka</dt>
                <dd>{Math.round(summary.lengthMetres).toLocaleString('sv-SE')} m</dd>
                <dt>Beräknad tid</dt>
                <dd>{Number.isFinite(summary.minutes) ? `${summary.minutes} min` : '–'}</dd>
                <dt>Solnedgång</dt>
                <dd>{summary.dusk?.sunset ?? '–'}</dd>
                <dt>Mörkt (borgerlig skymning)</dt>
                <dd>{summary.dusk?.civilDusk ?? '–'}</dd>
              </>
            )}
            <dt>Arrangörer</dt>
            <dd>{walk.organisers.join(', ') || '–'}</dd>
            <dt>Inbjudna</dt>
            <dd>{walk.invited.join(', ') || '–'}</dd>
            <dt>Kontakt</dt>
            <dd>{walk.contact || '–'}</dd>
          </dl>
        </section>
      </div>
    </article>
  );
}

function ProtocolSheet({ view, state }: { view: WalkView; state: AppState }) {
  const walk = view.store.current.value;
  if (!walk) return null;
  const observations = view.store.currentObservations.value;
  const groups = groupProtocol(walk, observations);
  const actionOf = new Map(view.store.actions.value.map((a) => [a.observationId, a]));
  const marks = observations.flatMap((o) =>
    o.position && !o.draft ? [{ position: o.position, positive: o.positive }] : [],
  );
  return (
    <article class="walk-sheet">
      <header>
        <h1>Protokoll: {walk.name}</h1>
        <p class="walk-sheet-when">
          {protocolLine(walk, observations.filter((o) => !o.draft).length)}
        </p>
      </header>
      <RouteSvg
        walk={walk}
        areas={state.stadsdelar.value}
        ods={state.ods.value}
        observations={marks}
        width={680}
        height={300}
      />
      {marks.length > 0 && <ObservationKey />}
      {groups.map((g) => (
        <section key={g.label} class="walk-sheet-group">
          <h2>{g.label}</h2>
          {g.categories.map((c) => (
            <div key={c.category}>
              <h3>{c.category}</h3>
              {c.observations.map((o) => {
                const action = actionOf.get(o._id);
                return (
                  <div key={o._id} class="walk-sheet-observation">
                    {o.position ? (
                      <RouteSvg
                        walk={walk}
                        areas={state.stadsdelar.value}
                        ods={state.ods.value}
                        highlight={{ position: o.position, positive: o.positive }}
                        width={150}
                        height={120}
                        marginMetres={90}
                      />
                    ) : (
                      <p>Utan plats</p>
                    )}
                    <div>
                      <p>
                        <strong>{observationKind(o)}</strong> ·{' '}
                        {new Date(o.time).toLocaleTimeString('sv-SE', {
                          hour: '2-digit',
                          minute: '2-digit',
                        })}
                        {o.position
                          ? ` · ${o.position[1].toFixed(5)}, ${o.position[0].toFixed(5)}`
                          : ''}
                      </p>
                      <p>{o.text || '(ingen text)'}</p>
                      {action && (
                        <p>
                          Åtgärd: {action.title} – {action.responsible || 'ansvarig ej satt'},{' '}
                          {action.status}
                          {action.deadline ? `, senast ${action.deadline}` : ''}
                        </p>
                      )}
                    </div>
                    <div class="walk-sheet-photos">
                      {o.photos.map((p) => (
                        <PhotoThumb
                          key={p}
                          store={view.store}
                          id={o._id}
                          name={p}
                          alt={`Foto: ${o.category}`}
                        />
                      ))}
                    </div>
                  </div>
                );
              })}
            </div>
          ))}
        </section>
      ))}
    </article>
  );
}
