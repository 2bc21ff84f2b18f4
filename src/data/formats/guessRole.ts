import type { Feature } from 'geojson';
import type { FileRole, ImportedFile } from '../import/importTypes';

const YEAR_KEY = /^(ar|år|year|årtal|artal|kartläggningsår)$/i;

function isYear(value: unknown): boolean {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
  return Number.isInteger(n) && n >= 1950 && n <= 2100;
}

/** ÖDS extents are drawn per mapping year, so a polygon with a year property is most likely one. */
const hasYear = (f: Feature) =>
  Object.entries(f.properties ?? {}).some(([k, v]) => YEAR_KEY.test(k) && isYear(v));

type Shape = 'polygon' | 'line' | 'point';

function shapeOf(f: Feature): Shape | null {
  switch (f.geometry?.type) {
    case 'Polygon':
    case 'MultiPolygon':
      return 'polygon';
    case 'LineString':
    case 'MultiLineString':
      return 'line';
    case 'Point':
    case 'MultiPoint':
      return 'point';
    default:
      return null;
  }
}

/**
 * The role a file most likely has, from what it holds: the most common shape
 * decides (ties: polygons, then lines, then points), polygons with a year are
 * ÖDS extents. A GPX or KML track with waypoints is a walk with its stops,
 * however many waypoints it has. The user can change it.
 */
export function guessRole(imported: ImportedFile): FileRole {
  if (imported.kind === 'offences') return 'offences';
  if (imported.kind === 'table') return 'indicator';
  const counts: Record<Shape, number> = { polygon: 0, line: 0, point: 0 };
  for (const f of imported.features) {
    const shape = shapeOf(f);
    if (shape) counts[shape]++;
  }
  const fromPhone = imported.format === 'gpx' || imported.format === 'kml';
  if (fromPhone && counts.line > 0 && counts.polygon === 0) return 'walks';
  const shape = (['polygon', 'line', 'point'] as const).reduce((best, s) =>
    counts[s] > counts[best] ? s : best,
  );
  if (shape === 'line') return 'walks';
  if (shape === 'point') return 'sites';
  const polygons = imported.features.filter((f) => shapeOf(f) === 'polygon');
  return polygons.some(hasYear) ? 'ods' : 'areas';
}
