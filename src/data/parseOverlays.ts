import { STOCKHOLM_TIME } from './parseDateTime';
import type { LineString, MultiLineString, Point } from 'geojson';
import { ImportError } from './importProblem';
import { assignStops, type WalkStop, type Waypoint } from './walkStops';

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

/** A trygghetsvandring, planned or done; fields a file lacks are empty strings. */
export interface WalkFeature {
  id: string;
  name: string;
  /** YYYY-MM-DD, local (Stockholm) date. */
  date: string;
  /** HH:MM, local time. */
  startTime: string;
  organiser: string;
  district: string;
  meetingPoint: string;
  path: [number, number][];
  /** Waypoints of the same file, numbered along the route. */
  stops: WalkStop[];
}

const str = (v: unknown) =>
  typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);

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

/**
 * A GPX/KML time as the local date and clock: phones write UTC ("…T16:30:00Z"),
 * which is 18:30 in a Swedish summer. A time without a zone is taken as local.
 */
export function localDateTime(time: string): { date: string; clock: string } {
  const ms = /(Z|[+-]\d\d:?\d\d)$/.test(time) ? Date.parse(time) : NaN;
  if (Number.isNaN(ms)) return { date: time.slice(0, 10), clock: time.slice(11, 16) };
  const part = Object.fromEntries(
    STOCKHOLM_TIME.formatToParts(ms).map((x) => [x.type, x.value] as const),
  );
  return {
    date: `${part.year}-${part.month}-${part.day}`,
    clock: `${part.hour}:${part.minute}`,
  };
}

/**
 * Routes from our GeoJSON or from a phone's GPX/KML (`name`, `time`; tracks
 * may be MultiLineStrings). Points in the same file are the walk's stops.
 */
export function parseWalks(text: string, fileName: string): WalkFeature[] {
  const features = featuresOf<LineString | MultiLineString | Point>(text, fileName);
  const waypoints: Waypoint[] = features.flatMap((f, i) =>
    f.geometry?.type === 'Point'
      ? [
          {
            name: str(f.properties?.namn ?? f.properties?.name) || `Punkt ${i + 1}`,
            position: [f.geometry.coordinates[0], f.geometry.coordinates[1]],
          },
        ]
      : [],
  );
  const walks = features.flatMap((f, i) => {
    const g = f.geometry;
    if (!g || (g.type !== 'LineString' && g.type !== 'MultiLineString')) return [];
    const p = f.properties ?? {};
    const { date, clock } = localDateTime(str(p.time));
    const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
    return lines.map((line, k) => ({
      id: `${str(p.id) || `vandring-${i}`}${lines.length > 1 ? `-${k + 1}` : ''}`,
      name: str(p.namn ?? p.name) || `Vandring ${i + 1}`,
      date: str(p.datum) || date,
      startTime: str(p.starttid) || clock,
      organiser: str(p.arrangor),
      district: str(p.stadsdelsomrade),
      meetingPoint: str(p.motesplats),
      path: line.map((c) => [c[0], c[1]] as [number, number]),
    }));
  });
  const stops = assignStops(
    walks.map((w) => w.path),
    waypoints,
  );
  return walks.map((w, i) => ({ ...w, stops: stops[i] }));
}
