import { describe, expect, it } from 'vitest';
import { planarArea, type PlanarPolygon } from './planar';
import { planarDifference, planarIntersection, planarUnion } from './planarClip';

const E = 674_000;
const N = 6_580_000;
const square = (x: number, y: number, size: number): PlanarPolygon => [
  [Float64Array.from([x, y, x + size, y, x + size, y + size, x, y + size, x, y])],
];

describe('boolean operations on SWEREF 99 TM metres', () => {
  it('gives exact areas at Stockholm coordinates, as near the origin', () => {
    const at = (x0: number, y0: number) => {
      const a = square(x0, y0, 100);
      const b = square(x0 + 30, y0 + 40, 100);
      return [
        planarArea(planarUnion([a, b])),
        planarArea(planarIntersection(a, b)),
        planarArea(planarDifference(a, b)),
      ];
    };
    expect(at(E, N)).toEqual([15_800, 4_200, 5_800]);
    expect(at(E, N)).toEqual(at(0, 0));
  });

  it('splits a self-intersecting bow-tie at its crossing into its two lobes', () => {
    const bowTie: PlanarPolygon = [
      [Float64Array.from([E, N, E + 200, N + 200, E + 200, N, E, N + 200, E, N])],
    ];
    expect(planarArea(bowTie)).toBe(0);
    const repaired = planarUnion([bowTie]);
    expect(repaired).toHaveLength(2);
    expect(planarArea(repaired)).toBe(20_000);
  });

  it('keeps a hole through a union', () => {
    const withHole: PlanarPolygon = [[square(E, N, 100)[0][0], square(E + 25, N + 25, 50)[0][0]]];
    expect(planarArea(planarUnion([withHole]))).toBe(7_500);
  });
});
