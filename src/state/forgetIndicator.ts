import type { AppState } from './appState';

/**
 * When the indicator table on the map is removed, the map goes back to
 * offences per hectare: otherwise its colours, its legend and a failed
 * re-join of a file that no longer exists would stay until a reload.
 * `removed` null means every user file (the demo has no indicator tables).
 */
export function forgetIndicator(state: AppState, removed: string | null): void {
  const shown = state.indicatorChoice.value;
  if (!shown || (removed !== null && shown.id !== removed)) return;
  state.indicatorChoice.value = null;
  state.indicator.value = null;
  if (state.mapMode.value === 'indicator') state.mapMode.value = 'areas';
}
