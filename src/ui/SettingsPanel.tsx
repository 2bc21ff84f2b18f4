import type { AppState } from '../state/appState';
import { BASEMAPS } from '../map/basemaps';
import type { BasemapId } from '../state/settings';
import { NumberField } from './NumberField';

/** The basemap is a user setting; online maps are optional and fall back to the built-in one. */
export function SettingsPanel({ state }: { state: AppState }) {
  const option = BASEMAPS.find((b) => b.id === state.basemap.value);
  return (
    <details class="card settings">
      <summary>Inställningar</summary>
      <label>
        Bakgrundskarta
        <select
          value={state.basemap.value}
          onChange={(e) => (state.basemap.value = e.currentTarget.value as BasemapId)}
          data-testid="basemap"
        >
          {BASEMAPS.map((b) => (
            <option key={b.id} value={b.id}>
              {b.label}
            </option>
          ))}
        </select>
      </label>
      {option?.needsKey && (
        <label>
          API-nyckel för Lantmäteriets öppna data
          <input
            type="password"
            autocomplete="off"
            value={state.lantmaterietKey.value}
            onChange={(e) => (state.lantmaterietKey.value = e.currentTarget.value.trim())}
          />
        </label>
      )}
      <NumberField
        label={'Visa antal under detta som "< N" (integritet)'}
        value={state.privacyThreshold.value}
        min={0}
        max={50}
        onChange={(n) => (state.privacyThreshold.value = n)}
        testId="privacy-threshold"
      />
      <p class="caption">
        Inställningarna sparas bara på den här enheten. Inga data skickas någonstans; en
        bakgrundskarta på nätet hämtar bara kartbilder.
      </p>
    </details>
  );
}
