import { difference, featureCollection, intersect, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { PlanarPolygon } from './planar';

/**
 * Boolean operations on planar polygons (SWEREF 99 TM metres). Turf's union,
 * intersect and difference hand the bare coordinates to polyclip-ts, which
 * computes in exact decimal arithmetic and never looks at degrees, so they
 * are as right on metres as on lon/lat (checked in planarClip.test.ts).
 * polyclip also resolves self-intersections and overlapping parts: a ring's
 * inside is wherever its winding number is non-zero.
 */

type Coordinates = Position[][][];

function toCoordinates(polygon: PlanarPolygon): Coordinates {
  return polygon.map((rings) =>
    rings.map((ring) => {
      const out: Position[] = [];
      for (let i = 0; i + 1 < ring.length; i += 2) out.push([ring[i], ring[i + 1]]);
      return out;
    }),
  );
}

function fromGeometry(geometry: Polygon | MultiPolygon | undefined): PlanarPolygon {
  if (!geometry) return [];
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return parts.map((rings) =>
    rings.map((ring) => Float64Array.from(ring.flatMap((p) => [p[0], p[1]]))),
  );
}

const asFeature = (polygon: PlanarPolygon): Feature<MultiPolygon> => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'MultiPolygon', coordinates: toCoordinates(polygon) },
});

const isEmpty = (polygon: PlanarPolygon) => polygon.length === 0;

/**
 * The union of the polygons, repaired: overlaps merged, self-intersecting
 * rings split at their crossings, holes kept. One polygon is united with
 * itself, which is polyclip's way of cleaning a single geometry.
 */
export function planarUnion(polygons: PlanarPolygon[]): PlanarPolygon {
  const features = polygons.filter((p) => !isEmpty(p)).map(asFeature);
  if (features.length === 0) return [];
  if (features.length === 1) features.push(features[0]);
  return fromGeometry(union(featureCollection(features))?.geometry);
}

export function planarIntersection(a: PlanarPolygon, b: PlanarPolygon): PlanarPolygon {
  if (isEmpty(a) || isEmpty(b)) return [];
  return fromGeometry(intersect(featureCollection([asFeature(a), asFeature(b)]))?.geometry);
}

/** a − b. */
export function planarDifference(a: PlanarPolygon, b: PlanarPolygon): PlanarPolygon {
  if (isEmpty(a)) return [];
  if (isEmpty(b)) return planarUnion([a]);
  return fromGeometry(difference(featureCollection([asFeature(a), asFeature(b)]))?.geometry);
}
