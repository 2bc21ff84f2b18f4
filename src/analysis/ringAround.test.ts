import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { fromSweref } from '../data/crs';
import { toPlanarPolygon } from '../data/reproject';
import { planarArea, pointInPlanarPolygon } from './planar';
import { ringAround } from './ringAround';

/** A 100 m square at Fridhemsplan, drawn in SWEREF 99 TM and given in WGS84 like a user's file. */
const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [672000, 6580000],
      [672100, 6580000],
      [672100, 6580100],
      [672000, 6580100],
      [672000, 6580000],
    ].map(([e, n]) => fromSweref([e, n])),
  ],
};

describe('ring around an area', () => {
  const band = ringAround(square, 100);
  if (!band) throw new Error('no band');
  const ring = toPlanarPolygon(band, 'EPSG:4326');

  it('has the area of the 100 m band (sides plus rounded corners) within 1 %', () => {
    const expected = 4 * 100 * 100 + Math.PI * 100 * 100;
    expect(planarArea(ring) / expected).toBeCloseTo(1, 2);
  });

  it('leaves out the area itself', () => {
    expect(pointInPlanarPolygon(ring, 672050, 6580050)).toBe(false);
    expect(pointInPlanarPolygon(ring, 672050, 6580150)).toBe(true);
  });
});
