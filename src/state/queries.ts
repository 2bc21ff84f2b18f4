import { batch, effect } from '@preact/signals';
import type { WorkerClient } from '../worker/client';
import type { Outcome, ViewQuery, ViewResult } from '../worker/protocol';
import { RAW_POINT_LIMIT, type AppState } from './appState';
import { newestOnly } from './newestOnly';
import { periodsOf } from './periodChoice';

/** The one query the current view needs, or null before any file has loaded. */
export function viewQueryOf(state: AppState): ViewQuery | null {
  // A change of files makes new summaries: reading them asks again with the new data.
  if (state.datasets.value.length === 0) return null;
  void state.stadsdelar.value;
  const mode = state.mapMode.value;
  const bounds = state.viewBounds.value;
  return {
    periods: periodsOf(state.period.value),
    filter: state.filter.value,
    scope: state.scope.value,
    ringWidth: state.ringWidth.value,
    density:
      mode === 'areas' || mode === 'indicator'
        ? null
        : { kind: mode, ...state.densityParams.value },
    rawPoints: state.showRawPoints.value && bounds ? { bounds, limit: RAW_POINT_LIMIT } : null,
    indicator: state.indicatorChoice.value,
  };
}

function apply(state: AppState, r: ViewResult): void {
  batch(() => {
    state.result.value = r.dashboard;
    state.patterns.value = r.patterns;
    state.density.value = r.density;
    state.pointsInView.value = r.pointsInView;
    state.indicator.value = r.indicator;
    if (r.indicatorError) {
      state.status.value = {
        phase: 'error',
        step: '',
        progress: 0,
        error: `Indikatorn kunde inte kopplas till områdena: ${r.indicatorError}`,
      };
    }
  });
}

/**
 * One request per view: every change of period, filter, scope, map mode or
 * view sends one query, and its one reply sets every part of the view in the
 * same batch, so map, legend and tables change in the same frame. While a query
 * is under way, newer ones wait and only the newest is sent; a reply to a
 * superseded query is never drawn. Returns a function that stops listening.
 */
export function createQueries(state: AppState, client: WorkerClient): () => void {
  const fail = (message: string) =>
    (state.status.value = { phase: 'error', step: '', progress: 0, error: message });
  const submit = newestOnly<ViewQuery, Outcome<ViewResult>>(
    (query) => client.query(query),
    (outcome) =>
      outcome.ok
        ? apply(state, outcome.value)
        : fail(`Beräkningen misslyckades: ${outcome.message}`),
    (e) =>
      fail(
        `Beräkningen misslyckades: ${e instanceof Error ? e.message : String(e)}. Ladda om sidan.`,
      ),
  );
  return effect(() => {
    const query = viewQueryOf(state);
    if (query) submit(query);
  });
}
