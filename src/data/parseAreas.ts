import type { Feature, GeoJsonProperties, MultiPolygon, Polygon } from 'geojson';
import { planarArea, squareMetresToHectares, type PlanarPolygon } from '../analysis/planar';
import { type CrsCode } from './crs';
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

const NAME_KEYS = ['namn', 'name', 'NAMN', 'NAME', 'Namn', 'Name', 'stadsdel', 'STADSDEL'];

/** Legacy GeoJSON (2008) `crs` member, still written by many GIS exports. */
function crsFromMember(json: Record<string, unknown>): CrsCode | null {
  const crs = json.crs as { properties?: { name?: string } } | undefined;
  const name = crs?.properties?.name ?? '';
  if (/3006\b/.test(name)) return 'EPSG:3006';
  if (/3011\b/.test(name)) return 'EPSG:3011';
  if (/4326\b|CRS84/.test(name)) return 'EPSG:4326';
  return null;
}

function nameOf(props: GeoJsonProperties, fallback: string): string {
  for (const k of NAME_KEYS) {
    const v = props?.[k];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
  }
  return fallback;
}

/** Reads a FeatureCollection of polygons (stadsdelar, ÖDS extents, any named areas). */
export function parseAreas(text: string, fileName: string): AreaImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ImportError(fileName, `är inte giltig JSON (${(e as Error).message}).`);
  }
  if (typeof json !== 'object' || json === null) {
    throw new ImportError(fileName, 'är inte GeoJSON: väntade ett objekt med "type".');
  }
  const obj = json as Record<string, unknown>;
  const features: Feature[] =
    obj.type === 'FeatureCollection' && Array.isArray(obj.features)
      ? (obj.features as Feature[])
      : obj.type === 'Feature'
        ? [obj as unknown as Feature]
        : obj.type === 'Polygon' || obj.type === 'MultiPolygon'
          ? [{ type: 'Feature', properties: {}, geometry: obj as unknown as Polygon }]
          : [];
  if (features.length === 0) {
    throw new ImportError(fileName, 'innehåller inga ytor (Feature, FeatureCollection eller Polygon).');
  }
  const crs = crsFromMember(obj) ?? 'EPSG:4326';
  const log = new ProblemLog(fileName);
  const areas: AreaFeature[] = [];
  features.forEach((f, i) => {
    const g = f?.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
      log.add(i + 1, `objekt ${i + 1} är ${g ? g.type : 'utan geometri'}, inte en yta; det hoppas över.`);
      return;
    }
    const planar = toPlanarPolygon(g, crs);
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const name = nameOf(f.properties, `Yta ${i + 1}`);
    areas.push({
      id: typeof props.id === 'string' ? props.id : `${name}#${i}`,
      name,
      properties: props,
      geometry: toWgs84Geometry(g, crs),
      planar,
      hectares: squareMetresToHectares(planarArea(planar)),
    });
  });
  return { areas, crs, problems: log.items, problemCount: log.total };
}
