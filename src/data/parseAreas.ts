import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { planarArea, squareMetresToHectares, type PlanarPolygon } from '../analysis/planar';
import { nameOfArea } from './areaName';
import { type CrsCode } from './crs';
import { readGeoJsonSource } from './formats/readGeoJson';
import { ImportError, ProblemLog, type RowProblem } from './importProblem';
import { toPlanarPolygon, toWgs84Geometry } from './reproject';

export interface AreaFeature {
  id: string;
  name: string;
  properties: Record<string, unknown>;
  /** WGS84, for drawing. */
  geometry: Polygon | MultiPolygon;
  /** SWEREF 99 TM, for area and counting. */
  planar: PlanarPolygon;
  hectares: number;
}

export interface AreaImportResult {
  areas: AreaFeature[];
  crs: CrsCode;
  problems: RowProblem[];
  problemCount: number;
}

const isPolygonal = (type: string) => type === 'Polygon' || type === 'MultiPolygon';

/**
 * Reads the polygons of a GeoJSON file (stadsdelar, ÖDS extents, any named
 * areas). The file and its coordinate system are read by readGeoJsonSource;
 * areas are its polygon features, measured in SWEREF 99 TM straight from the
 * source coordinates.
 */
export function parseAreas(text: string, fileName: string): AreaImportResult {
  const { features, topLevelType, crs } = readGeoJsonSource(text, fileName);
  const bareGeometry = topLevelType !== 'FeatureCollection' && topLevelType !== 'Feature';
  if (features.length === 0 || (bareGeometry && !isPolygonal(topLevelType))) {
    throw new ImportError(
      fileName,
      'innehåller inga ytor (Feature, FeatureCollection eller Polygon).',
    );
  }
  return areasFromFeatures(features, crs, fileName);
}

/**
 * The polygon features as areas; any other feature is listed and skipped.
 * Features from importFile are already repaired (repairPolygons), so each
 * area's hectares are its true, non-negative area.
 */
export function areasFromFeatures(
  features: Feature[],
  crs: CrsCode,
  fileName: string,
): AreaImportResult {
  const log = new ProblemLog(fileName);
  const areas: AreaFeature[] = [];
  features.forEach((f, i) => {
    const g = (f as Partial<Feature> | null)?.geometry;
    if (!g || !isPolygonal(g.type)) {
      log.add(
        i + 1,
        `objekt ${i + 1} är ${g ? g.type : 'utan geometri'}, inte en yta; det hoppas över.`,
      );
      return;
    }
    const polygon = g as Polygon | MultiPolygon;
    const planar = toPlanarPolygon(polygon, crs);
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const name = nameOfArea(f.properties, `Yta ${i + 1}`);
    areas.push({
      id: typeof props.id === 'string' ? props.id : `${name}#${i}`,
      name,
      properties: props,
      geometry: toWgs84Geometry(polygon, crs),
      planar,
      hectares: squareMetresToHectares(planarArea(planar)),
    });
  });
  return { areas, crs, problems: log.items, problemCount: log.total };
}
