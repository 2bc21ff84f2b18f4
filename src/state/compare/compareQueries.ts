import { batch, effect } from '@preact/signals';
import type { WorkerClient } from '../../worker/client';
import {
  SCENES_IN_VIEW,
  type CompareQuery,
  type CompareResult,
  type Outcome,
} from '../../worker/protocol';
import { newestOnly } from '../newestOnly';
import type { AppState } from '../appState';

/** The compare view's query, or null while it is not shown or nothing has loaded. */
export function compareQueryOf(state: AppState): CompareQuery | null {
  if (state.appView.value !== 'compare' || state.datasets.value.length === 0) return null;
  const c = state.compare;
  return {
    yearA: c.yearA.value,
    yearB: c.yearB.value,
    periods: c.periods.value,
    threshold: state.privacyThreshold.value,
    ringWidth: state.ringWidth.value,
    category: c.category.value,
    scene: c.scene.value,
    // Only "scenes in view" follows the map: otherwise a pan sends no query.
    bounds: c.scene.value === SCENES_IN_VIEW ? state.viewBounds.value : null,
    corrections: c.corrections.value,
    userExtents: c.userExtents.value,
  };
}

/**
 * Sends the compare query whenever what it depends on changes, while the view
 * is shown; as in queries.ts only the newest waiting query is sent and a reply
 * to a superseded one is never shown. Returns a function that stops listening.
 */
export function createCompareQueries(state: AppState, client: WorkerClient): () => void {
  const c = state.compare;
  const submit = newestOnly<CompareQuery, Outcome<CompareResult>>(
    (query) => client.compare(query),
    (outcome) =>
      batch(() => {
        if (outcome.ok) {
          c.result.value = outcome.value;
          c.error.value = null;
        } else {
          c.error.value = outcome.message;
        }
      }),
    (e) => {
      c.error.value = `Jämförelsen misslyckades: ${e instanceof Error ? e.message : String(e)}. Ladda om sidan.`;
    },
  );
  return effect(() => {
    const query = compareQueryOf(state);
    if (query) submit(query);
  });
}
