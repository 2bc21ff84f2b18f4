import { describe, expect, it } from 'vitest';
import { pickSelection } from './pickSelection';

describe('pickSelection', () => {
  it('selects the stadsdel under a click on the choropleth', () => {
    expect(pickSelection('stadsdelar-choropleth', { properties: { id: 'Fredhäll' } })).toEqual({
      kind: 'stadsdel',
      id: 'Fredhäll',
    });
  });

  it('selects an ÖDS extent from its outline', () => {
    expect(pickSelection('ods-newer', { properties: { id: 'ods-3' } })).toEqual({
      kind: 'ods',
      id: 'ods-3',
    });
  });

  it('selects sites and walks by their own id', () => {
    expect(pickSelection('sites', { id: 'klara' })).toEqual({ kind: 'site', id: 'klara' });
    expect(pickSelection('walks', { id: 'w1' })).toEqual({ kind: 'walk', id: 'w1' });
  });

  it('selects nothing on labels, halos or empty map', () => {
    expect(pickSelection('stadsdelar-labels', { properties: { id: 'x' } })).toBeNull();
    expect(pickSelection('ods-newer-halo', { properties: { id: 'x' } })).toBeNull();
    expect(pickSelection(undefined, null)).toBeNull();
  });
});
