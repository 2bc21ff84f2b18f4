import type { Signal } from '@preact/signals';
import type { LayerVisibility } from '../state/layerVisibility';

const LABELS: Record<keyof LayerVisibility, string> = {
  ods: 'Öppna drogscener (ÖDS)',
  sites: 'Platssamverkansplatser',
  walks: 'Trygghetsvandringar',
};

/** Which overlays the map draws; the areas, labels and tables stay. */
export function LayerToggles({ layers }: { layers: Signal<LayerVisibility> }) {
  return (
    <fieldset class="layer-toggles">
      <legend>Lager i kartan</legend>
      {(Object.keys(LABELS) as (keyof LayerVisibility)[]).map((key) => (
        <label key={key} class="check">
          <input
            type="checkbox"
            checked={layers.value[key]}
            onChange={(e) => (layers.value = { ...layers.value, [key]: e.currentTarget.checked })}
            data-testid={`layer-${key}`}
          />
          {LABELS[key]}
        </label>
      ))}
    </fieldset>
  );
}
