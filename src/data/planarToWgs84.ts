import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { PlanarPolygon } from '../analysis/planar';
import { fromSweref } from './crs';

/**
 * Planar SWEREF 99 TM polygons (e.g. the kept, gained and lost parts of an
 * extent) back to WGS84 for drawing; null when there is nothing to draw.
 */
export function planarToWgs84(polygon: PlanarPolygon): Polygon | MultiPolygon | null {
  if (polygon.length === 0) return null;
  const coordinates = polygon.map((rings) =>
    rings.map((ring) => {
      const out: Position[] = [];
      for (let i = 0; i + 1 < ring.length; i += 2) out.push(fromSweref([ring[i], ring[i + 1]]));
      return out;
    }),
  );
  return coordinates.length === 1
    ? { type: 'Polygon', coordinates: coordinates[0] }
    : { type: 'MultiPolygon', coordinates };
}
