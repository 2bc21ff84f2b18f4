import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { PlanarPolygon } from '../analysis/planar';
import { projector, type CrsCode } from './crs';

function closeRing(ring: Position[]): Position[] {
  const [f, l] = [ring[0], ring[ring.length - 1]];
  return f[0] === l[0] && f[1] === l[1] ? ring : [...ring, f];
}

/** GeoJSON polygon rings (in `crs`) → planar SWEREF 99 TM rings for area and counting. */
export function toPlanarPolygon(geometry: Polygon | MultiPolygon, crs: CrsCode): PlanarPolygon {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const toTm = crs === 'EPSG:3006' ? null : projector(crs, 'EPSG:3006');
  return parts.map((rings) =>
    rings.map((ring) => {
      const closed = closeRing(ring);
      const flat = new Float64Array(closed.length * 2);
      closed.forEach((p, i) => {
        const [x, y] = toTm ? toTm.forward([p[0], p[1]]) : [p[0], p[1]];
        flat[2 * i] = x;
        flat[2 * i + 1] = y;
      });
      return flat;
    }),
  );
}

/** Same geometry with every position converted to WGS84 lon/lat, for drawing. */
export function toWgs84Geometry<G extends Polygon | MultiPolygon>(geometry: G, crs: CrsCode): G {
  if (crs === 'EPSG:4326') return geometry;
  const conv = projector(crs, 'EPSG:4326');
  const ring = (r: Position[]) => r.map((p) => conv.forward([p[0], p[1]]));
  if (geometry.type === 'Polygon') {
    return { ...geometry, coordinates: geometry.coordinates.map(ring) };
  }
  return {
    ...geometry,
    coordinates: (geometry as MultiPolygon).coordinates.map((poly) => poly.map(ring)),
  };
}
