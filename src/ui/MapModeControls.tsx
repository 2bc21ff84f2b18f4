import { RAW_POINT_LIMIT, type AppState, type MapMode } from '../state/appState';
import { formatCount } from './format';
import { LayerToggles } from './LayerToggles';
import { NumberField } from './NumberField';

const MODES: { id: MapMode; label: string }[] = [
  { id: 'areas', label: 'Stadsdelar, brott per hektar' },
  { id: 'kde', label: 'Täthet (värmekarta i meter)' },
  { id: 'hexagon', label: 'Hexagoner' },
  { id: 'hotspot', label: 'Kluster: fler eller färre brott än slumpen (Gi*)' },
];

/** Bandwidth and cells in metres, not pixels, so the picture means the same at every zoom. */
export function MapModeControls({ state }: { state: AppState }) {
  const mode = state.mapMode.value;
  const p = state.densityParams.value;
  const view = state.pointsInView.value;
  const set = (patch: Partial<typeof p>) => (state.densityParams.value = { ...p, ...patch });
  return (
    <details class="card map-mode">
      <summary>
        Kartvisning: {mode === 'indicator' ? 'Indikator' : MODES.find((m) => m.id === mode)?.label}
      </summary>
      <div class="toggles" role="radiogroup">
        {[
          ...MODES,
          ...(state.indicator.value
            ? [
                {
                  id: 'indicator' as MapMode,
                  label: `Indikator: ${state.indicator.value.fileName}`,
                },
              ]
            : []),
        ].map((m) => (
          <label key={m.id} class="toggle">
            <input
              type="radio"
              name="map-mode"
              checked={mode === m.id}
              onChange={() => (state.mapMode.value = m.id)}
              data-testid={`map-mode-${m.id}`}
            />
            {m.label}
          </label>
        ))}
      </div>
      {mode === 'kde' && (
        <div>
          <NumberField
            label="Bandbredd (m)"
            value={p.bandwidth}
            min={50}
            max={500}
            step={25}
            onChange={(bandwidth) => set({ bandwidth })}
          />
          <NumberField
            label="Cellstorlek (m)"
            value={p.cellSize}
            min={10}
            max={100}
            step={5}
            onChange={(cellSize) => set({ cellSize })}
          />
        </div>
      )}
      {mode === 'hexagon' && (
        <NumberField
          label="Hexagonens sida (m)"
          value={p.hexSize}
          min={25}
          max={1000}
          step={25}
          onChange={(hexSize) => set({ hexSize })}
        />
      )}
      <label class="check">
        <input
          type="checkbox"
          checked={state.showRawPoints.value}
          onChange={(e) => (state.showRawPoints.value = e.currentTarget.checked)}
          data-testid="show-raw-points"
        />
        Visa enskilda brott när högst {formatCount(RAW_POINT_LIMIT)} syns i kartan
      </label>
      {state.showRawPoints.value && view && (
        <p class="caption" data-testid="points-in-view">
          {formatCount(view.total)} brott i kartbilden
          {view.positions ? ' visas som punkter.' : ' – zooma in för att se dem ett och ett.'}
        </p>
      )}
      <LayerToggles layers={state.layers} />
      {mode === 'hotspot' && (
        <p class="caption">
          Getis-Ord Gi* på 100-metersrutor inom stadsdelarna, grannskap 500 × 500 m, korrigerat för
          många test (FDR 5 %). Röd = fler brott än slumpen ger, blå = färre.
        </p>
      )}
    </details>
  );
}
