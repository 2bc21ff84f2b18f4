import type { MultiPolygon, Polygon } from 'geojson';
import type { AnalysisArea } from '../analysis/dashboard';
import { mappingYearOf } from './mappingYear';
import { labelPoint } from './labelPoint';
import type { AreaFeature } from './parseAreas';

/** What the map and tables need of an area; the planar rings stay in the worker. */
export interface AreaSummary {
  id: string;
  name: string;
  district: string;
  year?: number;
  status?: string;
  hectares: number;
  geometry: Polygon | MultiPolygon;
  /** A point well inside the area's largest part, for its label. */
  labelPosition: [number, number];
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function toAnalysisArea(a: AreaFeature): AnalysisArea {
  return {
    id: a.id,
    name: a.name,
    hectares: a.hectares,
    planar: a.planar,
    district: str(a.properties.stadsdelsomrade),
    year: mappingYearOf(a.properties),
  };
}

export function toAreaSummary(a: AreaFeature): AreaSummary {
  const status = str(a.properties.status);
  return {
    id: a.id,
    name: a.name,
    district: str(a.properties.stadsdelsomrade),
    year: mappingYearOf(a.properties),
    ...(status ? { status } : {}),
    hectares: a.hectares,
    geometry: a.geometry,
    labelPosition: labelPoint(a.geometry),
  };
}
