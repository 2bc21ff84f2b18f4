import { batch } from '@preact/signals';
import type { AppState } from './appState';
import type { Selection } from './selection';

/**
 * The one way to select something. Selecting an area or an ÖDS extent also
 * makes it the scope of the tables, as clicking a row always did.
 */
export function select(state: AppState, selection: Selection): void {
  batch(() => {
    state.selection.value = selection;
    if (selection.kind === 'stadsdel' || selection.kind === 'ods')
      state.scope.value = { kind: selection.kind, id: selection.id };
  });
}
