import { buffer, difference, feature, featureCollection } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import type { PlanarPolygon } from '../analysis/planar';
import { toPlanarPolygon } from './reproject';

/**
 * The band of `width` metres around an area, without the area itself: the
 * police note that much violence happens on or right next to a drug scene.
 */
export function ringAround(geometry: Polygon | MultiPolygon, width: number): PlanarPolygon {
  const area = feature(geometry);
  const grown = buffer(area, width, { units: 'meters', steps: 16 });
  if (!grown) throw new Error(`Kunde inte skapa en zon på ${width} m runt området.`);
  const ring = difference(featureCollection([grown, area]));
  if (!ring) return [];
  return toPlanarPolygon(ring.geometry, 'EPSG:4326');
}
