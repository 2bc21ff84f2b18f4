import { cleanExtent } from '../analysis/extentDiff';
import type { PlanarPolygon } from '../analysis/planar';
import { ringAround } from '../analysis/ringAround';
import { planarToWgs84 } from './planarToWgs84';
import { toPlanarPolygon } from './reproject';

/**
 * The band of `width` metres around a planar extent, without the extent, in
 * SWEREF 99 TM: drawn by ringAround in WGS84 like the app's band, so the
 * numbers agree, and brought back to the plane for area and counting.
 */
export function planarRingAround(
  extent: PlanarPolygon | null,
  width: number,
  label: string,
): PlanarPolygon | null {
  const geometry = extent ? planarToWgs84(extent) : null;
  const band = geometry ? ringAround(geometry, width) : null;
  return band ? cleanExtent([toPlanarPolygon(band, 'EPSG:4326')], label) : null;
}
