import { bbox, featureCollection, feature } from '@turf/turf';
import type { AreaSummary } from '../data/areaLayers';

export type Bounds = [number, number, number, number];

/** The bounding box of a stadsdelsområde's stadsdelar, or of all areas when none match. */
export function districtBounds(areas: AreaSummary[], district: string): Bounds {
  const chosen = areas.filter((a) => a.district === district);
  const list = chosen.length > 0 ? chosen : areas;
  return bbox(featureCollection(list.map((a) => feature(a.geometry)))) as Bounds;
}
