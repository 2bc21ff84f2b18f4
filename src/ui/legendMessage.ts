import type { OffenceFilter } from '../analysis/filter';
import type { MapMode } from '../state/appState';

/**
 * Why the map shows no colour classes, or null when it does. A legend listing
 * classes over a grey map would suggest the grey means something it does not.
 */
export function legendEmptyMessage(
  mode: MapMode,
  filter: OffenceFilter,
  areaValues: Map<string, number>,
  privacyThreshold: number,
): string | null {
  if (mode === 'indicator') return null;
  if (!filter.categorySlots.some(Boolean))
    return 'Ingen brottskategori är vald, så kartan visar inga brott. Välj kategorier under Filter.';
  if (mode === 'areas' && areaValues.size === 0)
    return `Inget område har minst ${privacyThreshold} brott med valda filter, så inget färgas. Vidga perioden eller filtren.`;
  return null;
}
