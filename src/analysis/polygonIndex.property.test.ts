import { booleanPointInPolygon, multiPolygon, point } from '@turf/turf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanarPolygon } from './planar';
import { assignToFirstPolygon, buildPolygonIndex, pointsInEachPolygon } from './polygonIndex';

/** Integer coordinates so that points exactly on edges and vertices are representable. */
const coord = fc.integer({ min: 0, max: 1000 });

/** Axis-aligned boxes with an optional hole, one or two parts: multipolygons and holes both occur. */
const box = fc
  .tuple(
    coord,
    coord,
    fc.integer({ min: 20, max: 400 }),
    fc.integer({ min: 20, max: 400 }),
    fc.boolean(),
  )
  .map(([x, y, w, h, withHole]) => {
    const rings = [[x, y, x + w, y, x + w, y + h, x, y + h, x, y]];
    if (withHole) {
      const [hx, hy, hw, hh] = [x + w / 4, y + h / 4, w / 2, h / 2].map(Math.round);
      rings.push([hx, hy, hx + hw, hy, hx + hw, hy + hh, hx, hy + hh, hx, hy]);
    }
    return rings;
  });

/** A triangle adds diagonal edges. */
const triangle = fc
  .tuple(coord, coord, coord, coord, coord, coord)
  .map(([a, b, c, d, e, f]) => [[a, b, c, d, e, f, a, b]]);

const polygonArb = fc.array(fc.oneof(box, triangle), { minLength: 1, maxLength: 2 });

function toPlanar(parts: number[][][]): PlanarPolygon {
  return parts.map((rings) => rings.map((r) => Float64Array.from(r)));
}

function toTurf(parts: number[][][]) {
  return multiPolygon(
    parts.map((rings) =>
      rings.map((r) => Array.from({ length: r.length / 2 }, (_, k) => [r[2 * k], r[2 * k + 1]])),
    ),
  );
}

/** Random points plus every vertex and every edge midpoint of every polygon. */
function pointsFor(polys: number[][][][], random: [number, number][]): [number, number][] {
  const pts = [...random];
  for (const parts of polys)
    for (const rings of parts)
      for (const r of rings)
        for (let k = 0; k + 3 < r.length; k += 2) {
          pts.push([r[k], r[k + 1]]);
          pts.push([(r[k] + r[k + 2]) / 2, (r[k + 1] + r[k + 3]) / 2]);
        }
  return pts;
}

describe('polygon index against Turf (property-based)', () => {
  it('puts exactly the points Turf finds inside each polygon, edges, vertices and holes included', () => {
    fc.assert(
      fc.property(
        fc.array(polygonArb, { minLength: 1, maxLength: 5 }),
        fc.array(fc.tuple(coord, coord), { maxLength: 200 }),
        fc.integer({ min: 4, max: 4096 }),
        (polys, random, cells) => {
          const pts = pointsFor(polys, random);
          const xs = Float64Array.from(pts.map((p) => p[0]));
          const ys = Float64Array.from(pts.map((p) => p[1]));
          const lists = pointsInEachPolygon(buildPolygonIndex(polys.map(toPlanar), cells), xs, ys);
          polys.forEach((parts, k) => {
            const turfPoly = toTurf(parts);
            const expected = pts.flatMap((p, i) =>
              booleanPointInPolygon(point(p), turfPoly) ? [i] : [],
            );
            expect(Array.from(lists[k])).toEqual(expected);
          });
        },
      ),
      { seed: 20241028, numRuns: 150 },
    );
  });

  it('assigns each point to the first polygon, in file order, that Turf says contains it', () => {
    fc.assert(
      fc.property(
        fc.array(polygonArb, { minLength: 1, maxLength: 5 }),
        fc.array(fc.tuple(coord, coord), { maxLength: 200 }),
        (polys, random) => {
          const pts = pointsFor(polys, random);
          const xs = Float64Array.from(pts.map((p) => p[0]));
          const ys = Float64Array.from(pts.map((p) => p[1]));
          const assigned = assignToFirstPolygon(
            buildPolygonIndex(polys.map(toPlanar), 256),
            xs,
            ys,
          );
          const turfPolys = polys.map(toTurf);
          pts.forEach((p, i) => {
            expect(assigned[i]).toBe(
              turfPolys.findIndex((t) => booleanPointInPolygon(point(p), t)),
            );
          });
        },
      ),
      { seed: 7, numRuns: 150 },
    );
  });
});
