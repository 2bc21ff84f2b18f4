import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { skippedGeometriesText } from './skippedGeometries';

const f = (geometry: Geometry): Feature => ({ type: 'Feature', properties: {}, geometry });
const point = f({ type: 'Point', coordinates: [18, 59] });
const line = f({
  type: 'LineString',
  coordinates: [
    [18, 59],
    [18.1, 59],
  ],
});
const square = f({
  type: 'Polygon',
  coordinates: [
    [
      [18, 59],
      [18.1, 59],
      [18.1, 59.1],
      [18, 59],
    ],
  ],
});

describe('skippedGeometriesText', () => {
  it('counts points and lines among area polygons and says why they are skipped', () => {
    expect(skippedGeometriesText([square, point, point, line], 'areas')).toBe(
      '3 objekt hoppas över (2 punkter, 1 linje): filen används som områden, som bara kan vara ytor.',
    );
  });

  it('is empty when every feature fits the role', () => {
    expect(skippedGeometriesText([square, square], 'areas')).toBe('');
  });
});
