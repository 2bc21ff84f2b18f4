import { buffer, difference, feature, featureCollection } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';

/**
 * The band of `width` metres around an area (WGS84), without the area itself:
 * the police note that much violence happens on or right next to a drug scene.
 * Returns null when nothing is left (a zero width). The caller projects it to
 * SWEREF 99 TM for counting and area.
 */
export function ringAround(
  geometry: Polygon | MultiPolygon,
  width: number,
): Polygon | MultiPolygon | null {
  const area = feature(geometry);
  const grown = buffer(area, width, { units: 'meters', steps: 16 });
  if (!grown) throw new Error(`Kunde inte skapa en zon på ${width} m runt området.`);
  return difference(featureCollection([grown, area]))?.geometry ?? null;
}
