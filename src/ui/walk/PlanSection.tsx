import { useState } from 'preact/hooks';
import { DAY_INPUT_RANGE } from '../../state/plausibleDay';
import { checkedDay } from '../checkedDay';
import { CATEGORIES } from '../../analysis/categories';
import { maskedText } from '../../analysis/privacy';
import { alongRouteText } from '../../analysis/stopSuggestions';
import { lantmaterietTiles, OSM_STYLE_URL } from '../../map/basemaps';
import {
  packHits,
  planPack,
  readPackIndex,
  savePack,
  styleResources,
  type PackPlan,
  type PackProgress,
} from '../../map/areaPack';
import type { AppState } from '../../state/appState';
import { withStop } from '../../state/walk/stopList';
import { walkToGeoJson, walkToGpx } from '../../state/walk/walkFiles';
import type { StopSuggestion, WalkView } from '../../state/walk/walkView';
import type { MapSlots } from '../mapSlots';
import { drawingVertices, routeEditor } from './editorSignals';
import { StopList } from './StopList';
import { slug } from './WalkChooser';

const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');

const metres = (m: number) => `${Math.round(m).toLocaleString('sv-SE')} m`;
const megabytes = (b: number) =>
  `${(b / 1e6).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} MB`;
const categoryName = (i: number) => CATEGORIES[i] ?? 'Okänd kategori';

function Field({ label, children }: { label: string; children: preact.ComponentChildren }) {
  return (
    <label class="walk-field">
      <span>{label}</span>
      {children}
    </label>
  );
}

/** Step 1: who, when, where to meet, the route by finger, its stops, and what lies along it. */
export function PlanSection({
  view,
  state,
  slots,
  save,
}: {
  view: WalkView;
  state: AppState;
  slots: MapSlots;
  save: (bytes: Uint8Array, type: string, name: string) => void;
}) {
  const { store } = view;
  const walk = store.current.value;
  if (!walk) return null;
  const update = (patch: Parameters<typeof store.updateWalk>[1]) =>
    void store.updateWalk(walk._id, patch);
  const drawing = drawingVertices.value;
  const summary = view.summary.value;
  const text = (bytes: string) => new TextEncoder().encode(bytes);
  const base = `vandring-${walk.date || 'utan-datum'}-${slug(walk.name)}`;
  return (
    <>
      <section class="card walk-form" aria-label="Uppgifter">
        <h2>Uppgifter</h2>
        <Field label="Namn">
          <input
            data-testid="walk-name"
            value={walk.name}
            onInput={(e) => update({ name: e.currentTarget.value })}
          />
        </Field>
        <div class="walk-row">
          <Field label="Datum">
            <input
              type="date"
              data-testid="walk-date"
              {...DAY_INPUT_RANGE}
              value={walk.date}
              onInput={(e) => {
                const day = checkedDay(e.currentTarget);
                if (day !== null) update({ date: day });
              }}
            />
          </Field>
          <Field label="Starttid">
            <input
              type="time"
              data-testid="walk-time"
              value={walk.startTime}
              onInput={(e) => update({ startTime: e.currentTarget.value })}
            />
          </Field>
        </div>
        <Field label="Mötesplats">
          <input
            data-testid="walk-meeting"
            value={walk.meetingPoint.name}
            onInput={(e) =>
              update({ meetingPoint: { ...walk.meetingPoint, name: e.currentTarget.value } })
            }
          />
        </Field>
        <button
          type="button"
          class="walk-big"
          aria-pressed={view.tap.value === 'meeting'}
          onClick={() => (view.tap.value = 'meeting')}
        >
          {walk.meetingPoint.position
            ? 'Flytta mötesplatsen (tryck på kartan)'
            : 'Sätt mötesplatsen (tryck på kartan)'}
        </button>
        <Field label="Arrangörer (kommatecken mellan)">
          <input
            value={walk.organisers.join(', ')}
            onChange={(e) => update({ organisers: list(e.currentTarget.value) })}
          />
        </Field>
        <Field label="Inbjudna (boende, näringsliv, bostadsbolag, SISAB, trafikkontoret …)">
          <input
            value={walk.invited.join(', ')}
            onChange={(e) => update({ invited: list(e.currentTarget.value) })}
          />
        </Field>
        <Field label="Kontakt under kvällen">
          <input
            value={walk.contact ?? ''}
            onInput={(e) => update({ contact: e.currentTarget.value })}
          />
        </Field>
      </section>

      <section class="card" aria-label="Rutt">
        <h2>Rutt och stopp</h2>
        {drawing === null ? (
          <div class="walk-row">
            <button
              type="button"
              class="walk-big primary"
              data-testid="walk-draw"
              disabled={!routeEditor.value}
              onClick={() => routeEditor.value?.startDrawing()}
            >
              {walk.route.length > 1 ? 'Rita om rutten' : 'Rita rutten'}
            </button>
            <button
              type="button"
              class="walk-big"
              data-testid="walk-add-stop"
              disabled={walk.route.length < 2}
              aria-pressed={view.tap.value === 'stop'}
              onClick={() => (view.tap.value = 'stop')}
            >
              Lägg till stopp
            </button>
          </div>
        ) : (
          <div class="walk-row">
            <p class="walk-hint" role="status">
              Tryck på kartan längs vägen ({drawing} {drawing === 1 ? 'punkt' : 'punkter'}). Avsluta
              med Klar.
            </p>
            <button
              type="button"
              class="walk-big primary"
              data-testid="walk-draw-done"
              onClick={() => routeEditor.value?.finishDrawing()}
            >
              Klar
            </button>
          </div>
        )}
        {view.tap.value && view.tap.value !== 'observation' && (
          <p class="walk-hint" role="status">
            Tryck på kartan där {view.tap.value === 'stop' ? 'stoppet' : 'mötesplatsen'} ska vara.{' '}
            <button type="button" class="link" onClick={() => (view.tap.value = null)}>
              Avbryt
            </button>
          </p>
        )}
        {walk.route.length > 1 && drawing === null && (
          <p class="walk-hint">
            Dra i punkterna för att ändra rutten; dra i en mittpunkt för att lägga till en.
          </p>
        )}
        {summary && walk.route.length > 1 && (
          <dl class="walk-summary" data-testid="walk-summary">
            <dt>Längd</dt>
            <dd data-testid="walk-length">{metres(summary.lengthMetres)}</dd>
            <dt>Tid</dt>
            <dd data-testid="walk-minutes">
              {Number.isFinite(summary.minutes) ? `${summary.minutes} min` : '–'}{' '}
              <span class="walk-muted">
                ({(walk.paceKmh ?? 4).toLocaleString('sv-SE')} km/h och {walk.minutesPerStop ?? 5}{' '}
                min per stopp)
              </span>
            </dd>
            <dt>Solnedgång</dt>
            <dd data-testid="walk-sunset">
              {summary.dusk ? (summary.dusk.sunset ?? 'solen går inte ned') : 'välj datum'}
            </dd>
            <dt>Skymning (borgerlig)</dt>
            <dd data-testid="walk-dusk">
              {summary.dusk ? (summary.dusk.civilDusk ?? 'blir inte mörkt') : 'välj datum'}
            </dd>
          </dl>
        )}
        <div class="walk-row">
          <Field label="Takt, km/h">
            <input
              type="number"
              min="1"
              max="8"
              step="0.5"
              value={walk.paceKmh ?? 4}
              onChange={(e) => update({ paceKmh: Number(e.currentTarget.value) })}
            />
          </Field>
          <Field label="Minuter per stopp">
            <input
              type="number"
              min="0"
              max="60"
              value={walk.minutesPerStop ?? 5}
              onChange={(e) => update({ minutesPerStop: Number(e.currentTarget.value) })}
            />
          </Field>
        </div>
        <StopList view={view} />
      </section>

      {walk.route.length > 1 && <Surroundings view={view} state={state} />}

      {walk.route.length > 1 && (
        <section class="card" aria-label="Inför vandringen">
          <h2>Inför vandringen</h2>
          <AreaPackButton view={view} state={state} slots={slots} />
          <div class="walk-row">
            <button
              type="button"
              class="walk-big"
              data-testid="walk-print-card"
              onClick={() => printSheet(view, 'card')}
            >
              Skriv ut ruttkort
            </button>
            <button
              type="button"
              onClick={() => save(text(walkToGpx(walk)), 'application/gpx+xml', `${base}.gpx`)}
            >
              Rutt som GPX
            </button>
            <button
              type="button"
              onClick={() =>
                save(
                  text(JSON.stringify(walkToGeoJson(walk), null, 1)),
                  'application/geo+json',
                  `${base}.geojson`,
                )
              }
            >
              Rutt som GeoJSON
            </button>
          </div>
        </section>
      )}
    </>
  );
}

/** Renders the sheet, then opens the browser's print dialog (A4 from the print stylesheet). */
export function printSheet(view: WalkView, sheet: 'card' | 'protocol') {
  view.print.value = sheet;
  requestAnimationFrame(() => requestAnimationFrame(() => window.print()));
}

function Surroundings({ view, state }: { view: WalkView; state: AppState }) {
  const s = view.surroundings.value;
  const threshold = state.privacyThreshold.value;
  const earlier = view.earlierObservations.value;
  return (
    <section class="card" aria-label="Längs rutten" data-testid="walk-surroundings">
      <h2>Längs rutten</h2>
      <label class="walk-field">
        <span>Avstånd från rutten</span>
        <select
          value={view.distance.value}
          onChange={(e) => (view.distance.value = Number(e.currentTarget.value))}
        >
          {[25, 50, 100, 200, 300].map((d) => (
            <option key={d} value={d}>
              {d} m
            </option>
          ))}
        </select>
      </label>
      {view.surroundingsError.value && <p class="walk-error">{view.surroundingsError.value}</p>}
      {!s && !view.surroundingsError.value && <p class="walk-muted">Räknar…</p>}
      {s && (
        <>
          <h3>Anmälda brott inom {s.distance} m (vald period och filter)</h3>
          {!s.hasOffences ? (
            <p class="walk-muted">Inga brottsdata är inlästa.</p>
          ) : s.categories.length === 0 ? (
            <p class="walk-muted">Inga anmälda brott inom avståndet.</p>
          ) : (
            <table class="walk-table" data-testid="walk-offences">
              <tbody>
                {s.categories.map((c) => (
                  <tr key={c.category}>
                    <th scope="row">{categoryName(c.category)}</th>
                    <td>
                      {c.count === null ? maskedText(threshold) : c.count.toLocaleString('sv-SE')}
                    </td>
                  </tr>
                ))}
                <tr class="walk-total">
                  <th scope="row">Totalt</th>
                  <td>
                    {s.total === null ? maskedText(threshold) : s.total.toLocaleString('sv-SE')}
                  </td>
                </tr>
              </tbody>
            </table>
          )}
          <h3>Öppna drogscener (ÖDS) som rutten passerar</h3>
          {s.extents.length === 0 ? (
            <p class="walk-muted">Inga inom {s.distance} m.</p>
          ) : (
            <ul data-testid="walk-extents">
              {s.extents.map((x) => (
                <li key={x.id}>
                  {x.name}
                  {x.year ? ` ${x.year}` : ''}:{' '}
                  {x.crossings.length > 0
                    ? `rutten korsar kanten ${x.crossings.length} ${x.crossings.length === 1 ? 'gång' : 'gånger'}`
                    : x.entersInside
                      ? 'rutten går inuti'
                      : `${Math.round(x.distance)} m från rutten`}
                </li>
              ))}
            </ul>
          )}
          <h3>Platser med ovanligt många brott (100 m-rutor) som rutten passerar</h3>
          <p>{s.hotCells.length === 0 ? 'Inga.' : `${s.hotCells.length} rutor.`}</p>
          <SuggestionList view={view} />
        </>
      )}
      <h3>Tidigare observationer inom {view.distance.value} m</h3>
      {earlier.length === 0 ? (
        <p class="walk-muted">Inga från tidigare vandringar.</p>
      ) : (
        <ul data-testid="walk-earlier">
          {earlier.map((o) => (
            <li key={o._id}>
              {o.positive ? '＋' : '−'} {o.category}: {o.text || '(ingen text)'} (
              {o.time.slice(0, 10)})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * What to save for the chosen basemap: Lantmäteriet's raster tiles from its template; for the
 * OpenStreetMap style, the sources, sprites and glyphs of the style the map shows.
 */
function packPlanFor(
  basemap: AppState['basemap']['value'],
  key: string,
  route: [number, number][],
  slots: MapSlots,
): PackPlan | null {
  if (basemap === 'lantmateriet') {
    return key.trim() ? planPack(route, [{ tiles: [lantmaterietTiles(key)], maxzoom: 17 }]) : null;
  }
  const map = slots.controller.value?.map;
  if (basemap !== 'osm' || !map?.isStyleLoaded()) return null;
  const { sources, extra } = styleResources(map);
  // After a fallback the map shows the built-in style: there is nothing online to save.
  return sources.length > 0 ? planPack(route, sources, [OSM_STYLE_URL, ...extra]) : null;
}

function AreaPackButton({
  view,
  state,
  slots,
}: {
  view: WalkView;
  state: AppState;
  slots: MapSlots;
}) {
  const walk = view.store.current.value;
  const [progress, setProgress] = useState<PackProgress | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  if (!walk) return null;
  const basemap = state.basemap.value;
  const saved = readPackIndex().find((p) => p.walkId === walk._id);
  const plan = packPlanFor(basemap, state.lantmaterietKey.value, walk.route, slots);
  const run = async () => {
    if (!plan) return;
    setBusy(true);
    setStatus(null);
    try {
      const info = await savePack(plan, { walkId: walk._id, basemap }, setProgress);
      setStatus({
        ok: true,
        text: `Kartan för vandringen är sparad: ${info.urls} delar, ${megabytes(info.bytes)}. Den fungerar nu utan nät längs rutten.`,
      });
    } catch (e) {
      setStatus({ ok: false, text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="walk-pack" data-testid="walk-pack">
      {basemap === 'offline' ? (
        <p class="walk-muted">
          Den inbyggda kartan fungerar redan utan nät. För en detaljerad karta i fält: välj
          OpenStreetMap eller Lantmäteriet under Lägesbild → Inställningar och spara kartan för
          vandringen här.
        </p>
      ) : (
        <>
          <button
            type="button"
            class="walk-big"
            data-testid="walk-pack-save"
            disabled={!plan || busy}
            onClick={() => void run()}
          >
            Spara kartan för vandringen
          </button>
          {!plan && (
            <p class="walk-muted">
              Bakgrundskartan har inte laddats (eller saknar API-nyckel): vänta tills den syns,
              eller ange nyckeln under Inställningar.
            </p>
          )}
          {plan && !busy && (
            <p class="walk-muted" data-testid="walk-pack-estimate">
              Rutten och {300} m runt om, zoom 13–17: {plan.urls.length} delar, cirka{' '}
              {megabytes(plan.estimatedBytes)}.
            </p>
          )}
          {progress && busy && (
            <p role="status">
              <progress max={progress.total} value={progress.done} /> {progress.done} av{' '}
              {progress.total} ({megabytes(progress.bytes)})
            </p>
          )}
          {saved && !busy && !status && (
            <p class="walk-ok" data-testid="walk-pack-saved">
              Sparad {saved.savedAt.slice(0, 10)}: {saved.urls} delar, {megabytes(saved.bytes)}.{' '}
              {packHits.value > 0 &&
                `${packHits.value} av dem har visats ur det sparade paketet sedan sidan öppnades.`}
            </p>
          )}
        </>
      )}
      {status && (
        <p
          class={status.ok ? 'walk-ok' : 'walk-error'}
          role="status"
          data-testid="walk-pack-status"
        >
          {status.text}
        </p>
      )}
    </div>
  );
}

/** Where to stop, strongest first, in plain words; the strongest few until "Visa fler". */
function SuggestionList({ view }: { view: WalkView }) {
  const all = view.suggestions.value;
  const shown = view.shownSuggestions.value;
  if (all.length === 0)
    return (
      <>
        <h3>Förslag på stopp</h3>
        <p class="walk-muted">
          Inga: rutten passerar varken platser med ovanligt många brott eller gränsen för en öppen
          drogscen, eller så finns redan ett stopp där.
        </p>
      </>
    );
  const addStop = (g: StopSuggestion) => {
    const walk = view.store.current.peek();
    if (walk)
      void view.store.updateWalk(walk._id, {
        stops: withStop(walk.stops, walk.route, {
          name: g.stopName,
          position: g.position,
          note: g.label,
        }),
      });
  };
  return (
    <>
      <h3>
        Förslag på stopp ({shown.length} av {all.length}: de viktigaste, i ordning längs rutten)
      </h3>
      <ul class="walk-suggestions" data-testid="walk-suggestions">
        {shown.map((g) => (
          <li key={`${g.position[0]},${g.position[1]}`}>
            <span>
              {g.label} – <strong>{alongRouteText(g.chainage)}</strong>
            </span>
            <button
              type="button"
              class="walk-suggestion-add"
              aria-label={`Lägg till som stopp: ${g.label}, ${alongRouteText(g.chainage)}`}
              onClick={() => addStop(g)}
            >
              + Stopp
            </button>
          </li>
        ))}
      </ul>
      {all.length > shown.length && (
        <button
          type="button"
          class="walk-big"
          data-testid="walk-suggestions-more"
          onClick={() => (view.allSuggestions.value = true)}
        >
          Visa fler ({all.length - shown.length})
        </button>
      )}
    </>
  );
}
