import { describe, expect, it } from 'vitest';
import { hexbin, hexCentre, hexCorners, hexOf } from './hexbin';
import { pointInPlanarPolygon } from './planar';
import { seededRandom } from './seededRandom';

describe('hexagon bins', () => {
  it('puts every point in the hexagon whose outline contains it', () => {
    const rand = seededRandom(5);
    for (let i = 0; i < 2000; i++) {
      const x = rand() * 5000;
      const y = rand() * 5000;
      const [q, r] = hexOf(x, y, 100);
      const ring = hexCorners(q, r, 100);
      const flat = Float64Array.from([...ring, ring[0]].flat());
      expect(pointInPlanarPolygon([[flat]], x, y)).toBe(true);
    }
  });

  it('maps a hexagon centre to itself', () => {
    const [x, y] = hexCentre(7, -3, 250);
    expect(hexOf(x, y, 250)).toEqual([7, -3]);
  });

  it('counts points per hexagon', () => {
    const bins = hexbin(
      Float64Array.from([0, 5, 1000]),
      Float64Array.from([0, 5, 1000]),
      Uint8Array.from([1, 1, 1]),
      100,
    );
    expect(bins.map((b) => b.count).sort()).toEqual([1, 2]);
  });
});
