import type { LineString, MultiLineString, Point } from 'geojson';
import { ImportError } from './importProblem';

/** A platssamverkan site. */
export interface SiteFeature {
  id: string;
  name: string;
  district: string;
  cadence: string;
  responsible: string;
  kind: string;
  since: string;
  description: string;
  position: [number, number];
}

/** A planned trygghetsvandring. */
export interface WalkFeature {
  id: string;
  name: string;
  date: string;
  startTime: string;
  organiser: string;
  district: string;
  meetingPoint: string;
  path: [number, number][];
}

const str = (v: unknown) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));

interface RawFeature<G> {
  geometry: G | null;
  properties: Record<string, unknown> | null;
}

function featuresOf<G>(text: string, fileName: string): RawFeature<G>[] {
  let json: { type?: string; features?: RawFeature<G>[] };
  try {
    json = JSON.parse(text) as typeof json;
  } catch (e) {
    throw new ImportError(fileName, `är inte giltig JSON (${(e as Error).message}).`);
  }
  if (json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new ImportError(fileName, 'är ingen GeoJSON FeatureCollection.');
  }
  return json.features;
}

export function parseSites(text: string, fileName: string): SiteFeature[] {
  return featuresOf<Point>(text, fileName)
    .filter((f) => f.geometry?.type === 'Point')
    .map((f, i) => {
      const p = f.properties ?? {};
      const [lon, lat] = (f.geometry as Point).coordinates;
      return {
        id: str(p.id) || `plats-${i}`,
        name: str(p.namn ?? p.name) || `Plats ${i + 1}`,
        district: str(p.stadsdelsomrade),
        cadence: str(p.motesfrekvens),
        responsible: str(p.ansvarig),
        kind: str(p.typ),
        since: str(p.sedan),
        description: str(p.beskrivning),
        position: [lon, lat],
      };
    });
}

/** Routes from our GeoJSON or from a phone's GPX/KML (`name`, `time`; tracks may be MultiLineStrings). */
export function parseWalks(text: string, fileName: string): WalkFeature[] {
  return featuresOf<LineString | MultiLineString>(text, fileName).flatMap((f, i) => {
    const g = f.geometry;
    if (!g || (g.type !== 'LineString' && g.type !== 'MultiLineString')) return [];
    const p = f.properties ?? {};
    const time = str(p.time);
    const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
    return lines.map((line, k) => ({
      id: `${str(p.id) || `vandring-${i}`}${lines.length > 1 ? `-${k + 1}` : ''}`,
      name: str(p.namn ?? p.name) || `Vandring ${i + 1}`,
      date: str(p.datum) || time.slice(0, 10),
      startTime: str(p.starttid) || time.slice(11, 16),
      organiser: str(p.arrangor),
      district: str(p.stadsdelsomrade),
      meetingPoint: str(p.motesplats),
      path: line.map((c) => [c[0], c[1]] as [number, number]),
    }));
  });
}
