import { describe, expect, it } from 'vitest';
import type { PlanarPolygon } from '../analysis/planar';
import { extentInput } from './extentInputs';

const square: PlanarPolygon = [[Float64Array.from([0, 0, 1, 0, 1, 1, 0, 1, 0, 0])]];

describe('an extents feature as lineage input', () => {
  it('takes the scene from namn, tolerant of case and diacritics, and the source from the file', () => {
    const r = extentInput({ NAMN: 'Fridhemsplan/Stadshagen', år: 2023 }, square, 1, 'ods.geojson');
    expect(r.ok && [r.input.key, r.input.name, r.input.year, r.input.source]).toEqual([
      'fridhemsplan stadshagen',
      'Fridhemsplan/Stadshagen',
      2023,
      'ods.geojson',
    ]);
  });

  it('has no identity when the feature has neither name nor id', () => {
    const r = extentInput({ ar: 2021 }, square, 4, 'ods.geojson');
    expect(r.ok && [r.input.key, r.input.name]).toEqual([null, 'Yta 5']);
  });

  it('reports a feature without a year in Swedish, naming it', () => {
    const r = extentInput({ namn: 'Torget' }, square, 2, 'ods.geojson');
    expect(!r.ok && r.message).toMatch(/^objekt 3 \(Torget\) saknar kartläggningsår/);
  });
});
