import { bbox, featureCollection, feature } from '@turf/turf';
import type { AreaSummary } from '../data/areaLayers';

export type Bounds = [number, number, number, number];

/** The bounding box of a stadsdelsområde's stadsdelar, or of all areas when none match. */
export function districtBounds(areas: AreaSummary[], district: string): Bounds {
  const chosen = areas.filter((a) => a.district === district);
  const list = chosen.length > 0 ? chosen : areas;
  return bbox(featureCollection(list.map((a) => feature(a.geometry)))) as Bounds;
}

/** The bounding box of one area by id; null when no area has it. */
export function areaBounds(areas: AreaSummary[], id: string): Bounds | null {
  const area = areas.find((a) => a.id === id);
  return area ? (bbox(feature(area.geometry)) as Bounds) : null;
}
