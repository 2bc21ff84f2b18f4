import { describe, expect, it } from 'vitest';
import { existingExtent, type KnownExtent } from './existingExtent';

const KNOWN: KnownExtent[] = [
  { name: 'Fridhemsplan', year: 2021, origin: 'från ods.geojson' },
  { name: 'Fridhemsplan/Stadshagen', year: 2023, origin: 'från ods.geojson' },
  { name: 'Ny plats', year: 2019, origin: 'ritad eller ändrad i den här webbläsaren' },
];

describe('existingExtent', () => {
  it('finds the scene of that year whatever the case and diacritics', () => {
    expect(existingExtent('fridhemsplan', 2021, KNOWN)).toEqual(KNOWN[0]);
    expect(existingExtent(' FRIDHEMSPLAN ', 2021, KNOWN)).toEqual(KNOWN[0]);
    expect(existingExtent('Ny pläts', 2019, KNOWN)).toEqual(KNOWN[2]);
  });

  it('finds nothing for another year or another name', () => {
    expect(existingExtent('Fridhemsplan', 2023, KNOWN)).toBeNull();
    expect(existingExtent('Fridhemsplanen', 2021, KNOWN)).toBeNull();
  });
});
