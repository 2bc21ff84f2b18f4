import { describe, expect, it } from 'vitest';
import { createAppState } from './appState';
import { select } from './select';

const fresh = () => createAppState({ basemap: 'offline', lantmaterietKey: '' });

describe('select', () => {
  it('makes a selected stadsdel the scope of the tables', () => {
    const state = fresh();
    select(state, { kind: 'stadsdel', id: 'Fredhäll' });
    expect(state.selection.value).toEqual({ kind: 'stadsdel', id: 'Fredhäll' });
    expect(state.scope.value).toEqual({ kind: 'stadsdel', id: 'Fredhäll' });
  });

  it('leaves the scope alone when a site is selected', () => {
    const state = fresh();
    const before = state.scope.value;
    select(state, { kind: 'site', id: 'klara' });
    expect(state.selection.value).toEqual({ kind: 'site', id: 'klara' });
    expect(state.scope.value).toBe(before);
  });
});
