import type { Geometry, Position } from 'geojson';
import { projector, type CrsCode } from '../crs';

/** Calls `visit` for every position of any GeoJSON geometry, collections included. */
export function forEachPosition(geometry: Geometry, visit: (p: Position) => void): void {
  switch (geometry.type) {
    case 'Point':
      visit(geometry.coordinates);
      return;
    case 'MultiPoint':
    case 'LineString':
      geometry.coordinates.forEach(visit);
      return;
    case 'MultiLineString':
    case 'Polygon':
      for (const line of geometry.coordinates) line.forEach(visit);
      return;
    case 'MultiPolygon':
      for (const polygon of geometry.coordinates) for (const ring of polygon) ring.forEach(visit);
      return;
    case 'GeometryCollection':
      for (const g of geometry.geometries) forEachPosition(g, visit);
  }
}

/** The same geometry with every position replaced by `map(position)`. */
export function mapPositions<G extends Geometry>(geometry: G, map: (p: Position) => Position): G {
  const line = (l: Position[]) => l.map(map);
  const g = geometry as Geometry;
  switch (g.type) {
    case 'Point':
      return { ...g, coordinates: map(g.coordinates) } as G;
    case 'MultiPoint':
    case 'LineString':
      return { ...g, coordinates: line(g.coordinates) } as G;
    case 'MultiLineString':
    case 'Polygon':
      return { ...g, coordinates: g.coordinates.map(line) } as G;
    case 'MultiPolygon':
      return { ...g, coordinates: g.coordinates.map((p) => p.map(line)) } as G;
    case 'GeometryCollection':
      return { ...g, geometries: g.geometries.map((c) => mapPositions(c, map)) } as G;
  }
}

/**
 * Any geometry from `crs` to WGS 84 lon/lat. A third value (elevation from
 * GPX or KML) is kept; a bounding box would be stale, so it is dropped.
 */
export function geometryToWgs84<G extends Geometry>(geometry: G, crs: CrsCode): G {
  const rest = { ...geometry };
  delete rest.bbox;
  if (crs === 'EPSG:4326') return rest;
  const conv = projector(crs, 'EPSG:4326');
  return mapPositions(rest, (p) => {
    const [lon, lat] = conv.forward([p[0], p[1]]);
    return p.length > 2 ? [lon, lat, ...p.slice(2)] : [lon, lat];
  });
}

const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const isPosition = (p: unknown) => Array.isArray(p) && p.length >= 2 && p.every(isNumber);
const isArrayOf = (v: unknown, item: (x: unknown) => boolean, min = 0) =>
  Array.isArray(v) && v.length >= min && v.every(item);
const isLine = (v: unknown) => isArrayOf(v, isPosition, 2);
const isRing = (v: unknown) => isArrayOf(v, isPosition, 3);
const isPolygonRings = (v: unknown) => isArrayOf(v, isRing, 1);

/** Whether untrusted JSON is a geometry we can draw: known type, finite numbers, enough positions. */
export function isValidGeometry(value: unknown): value is Geometry {
  if (typeof value !== 'object' || value === null) return false;
  const g = value as { type?: unknown; coordinates?: unknown; geometries?: unknown };
  switch (g.type) {
    case 'Point':
      return isPosition(g.coordinates);
    case 'MultiPoint':
      return isArrayOf(g.coordinates, isPosition, 1);
    case 'LineString':
      return isLine(g.coordinates);
    case 'MultiLineString':
      return isArrayOf(g.coordinates, isLine, 1);
    case 'Polygon':
      return isPolygonRings(g.coordinates);
    case 'MultiPolygon':
      return isArrayOf(g.coordinates, isPolygonRings, 1);
    case 'GeometryCollection':
      return isArrayOf(g.geometries, isValidGeometry, 1);
    default:
      return false;
  }
}
