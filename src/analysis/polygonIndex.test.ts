import { describe, expect, it } from 'vitest';
import { pointInPlanarPolygon, type PlanarPolygon } from './planar';
import { assignToFirstPolygon, buildPolygonIndex, pointsInEachPolygon } from './polygonIndex';
import { seededRandom } from './seededRandom';

/** A ragged star with a hole, so that border cells and holes both occur. */
function star(
  cx: number,
  cy: number,
  r: number,
  spikes: number,
  rand: () => number,
): PlanarPolygon {
  const outer: number[] = [];
  for (let i = 0; i < spikes * 2; i++) {
    const a = (i / (spikes * 2)) * 2 * Math.PI;
    const rr = i % 2 === 0 ? r : r * (0.4 + 0.3 * rand());
    outer.push(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
  }
  outer.push(outer[0], outer[1]);
  const h = r * 0.15;
  const hole = [cx - h, cy - h, cx + h, cy - h, cx + h, cy + h, cx - h, cy + h, cx - h, cy - h];
  return [[Float64Array.from(outer), Float64Array.from(hole)]];
}

function fixture(seed: number) {
  const rand = seededRandom(seed);
  const polygons = Array.from({ length: 12 }, (_, i) =>
    star(1000 + (i % 4) * 700, 1000 + Math.floor(i / 4) * 700, 450, 5 + (i % 5), rand),
  );
  const n = 20_000;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = 300 + rand() * 3300;
    ys[i] = 300 + rand() * 2500;
  }
  // Exact vertices are the hardest case for a raster: include some.
  const ring = polygons[3][0][0];
  for (let k = 0; k < 20; k++) {
    xs[k] = ring[2 * k];
    ys[k] = ring[2 * k + 1];
  }
  return { polygons, xs, ys };
}

describe('polygon index', () => {
  it('counts each polygon exactly like a brute-force test over all polygons', () => {
    const { polygons, xs, ys } = fixture(7);
    const lists = pointsInEachPolygon(buildPolygonIndex(polygons, 64 * 64), xs, ys);
    polygons.forEach((p, k) => {
      const expected: number[] = [];
      for (let i = 0; i < xs.length; i++)
        if (pointInPlanarPolygon(p, xs[i], ys[i])) expected.push(i);
      expect(Array.from(lists[k])).toEqual(expected);
    });
  });

  it('assigns each point to the first containing polygon in file order', () => {
    const { polygons, xs, ys } = fixture(11);
    const assigned = assignToFirstPolygon(buildPolygonIndex(polygons, 64 * 64), xs, ys);
    for (let i = 0; i < xs.length; i++) {
      const expected = polygons.findIndex((p) => pointInPlanarPolygon(p, xs[i], ys[i]));
      expect(assigned[i]).toBe(expected);
    }
  });

  it('leaves points outside every polygon unassigned', () => {
    const { polygons } = fixture(3);
    const assigned = assignToFirstPolygon(
      buildPolygonIndex(polygons),
      Float64Array.from([-5000, 1e7]),
      Float64Array.from([-5000, 1e7]),
    );
    expect(Array.from(assigned)).toEqual([-1, -1]);
  });
});
