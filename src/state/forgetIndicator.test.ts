import { describe, expect, it } from 'vitest';
import { createAppState } from './appState';
import { forgetIndicator } from './forgetIndicator';

function showing(id: string) {
  const state = createAppState({ basemap: 'offline', lantmaterietKey: '' });
  state.indicatorChoice.value = { id };
  state.mapMode.value = 'indicator';
  state.indicator.value = {
    datasetId: id,
    fileName: 'trygghet.csv',
    header: ['Stadsdel', 'Andel otrygga'],
    nameColumn: 0,
    valueColumn: 1,
    values: [{ areaId: 'Fredhäll', value: 7.5 }],
    unmatchedRows: [],
    unmatchedAreas: [],
  };
  return state;
}

describe('removing an indicator table', () => {
  it('takes the map back to offences per hectare when the shown table is removed', () => {
    const state = showing('fil-trygghet');
    forgetIndicator(state, 'fil-trygghet');
    expect([state.indicatorChoice.value, state.indicator.value, state.mapMode.value]).toEqual([
      null,
      null,
      'areas',
    ]);
  });

  it('keeps the shown table when another file is removed', () => {
    const state = showing('fil-trygghet');
    forgetIndicator(state, 'fil-brott');
    expect([state.indicatorChoice.value?.id, state.mapMode.value]).toEqual([
      'fil-trygghet',
      'indicator',
    ]);
  });

  it('forgets the table when all user files are cleared', () => {
    const state = showing('fil-trygghet');
    forgetIndicator(state, null);
    expect(state.mapMode.value).toBe('areas');
  });
});
