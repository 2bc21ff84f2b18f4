import { describe, expect, it } from 'vitest';
import {
  planarArea,
  pointInPlanarPolygon,
  squareMetresToHectares,
  type PlanarPolygon,
} from './planar';

const square = (x: number, y: number, size: number): Float64Array =>
  Float64Array.from([x, y, x + size, y, x + size, y + size, x, y + size, x, y]);

describe('planar polygons', () => {
  it('gives a 100 m square one hectare', () => {
    expect(squareMetresToHectares(planarArea([[square(670000, 6580000, 100)]]))).toBeCloseTo(1, 12);
  });

  it('subtracts holes whatever their winding', () => {
    const withHole: PlanarPolygon = [[square(0, 0, 100), square(25, 25, 50)]];
    expect(planarArea(withHole)).toBeCloseTo(7500, 9);
  });

  it('does not count a point in a hole', () => {
    const withHole: PlanarPolygon = [[square(0, 0, 100), square(25, 25, 50)]];
    expect(pointInPlanarPolygon(withHole, 50, 50)).toBe(false);
    expect(pointInPlanarPolygon(withHole, 10, 50)).toBe(true);
  });

  it('counts a point on an edge or a vertex as inside, as Turf does', () => {
    const p: PlanarPolygon = [[square(0, 0, 100)]];
    expect([
      pointInPlanarPolygon(p, 100, 50),
      pointInPlanarPolygon(p, 0, 0),
      pointInPlanarPolygon(p, 50, 100),
    ]).toEqual([true, true, true]);
  });

  it('counts a point on the edge of a hole as inside the polygon', () => {
    const withHole: PlanarPolygon = [[square(0, 0, 100), square(25, 25, 50)]];
    expect(pointInPlanarPolygon(withHole, 25, 50)).toBe(true);
  });
});
