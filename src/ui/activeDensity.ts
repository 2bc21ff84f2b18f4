import { densityToWgs84, type DrawableDensity } from '../map/densityToWgs84';
import type { AppState } from '../state/appState';

/** The density surface to draw, when the map shows one (not areas or an indicator). */
export function activeDensity(state: AppState): DrawableDensity | null {
  const mode = state.mapMode.value;
  const d = state.density.value;
  return mode === 'areas' || mode === 'indicator' || !d ? null : densityToWgs84(d);
}
