import type { Feature, Geometry } from 'geojson';
import { CRS_LABELS, type CrsCode } from '../crs';
import { ImportError, ProblemLog } from '../importProblem';
import type { ImportedFeatures } from '../import/importTypes';
import { forEachPosition, geometryToWgs84, isValidGeometry } from './geometryPositions';
import { emptyExtent, extendExtent, guessCrsFromExtent } from './guessCrsFromExtent';
import { exceedsJsonDepth } from './jsonDepth';
import { crsFromIdentifier } from './prjToCrs';

const FIX_GEOMETRY = 'Rätta objektet i GIS-programmet och exportera filen igen om det ska med.';

/** GeoJSON needs about ten levels; collections of collections a few more. */
const MAX_DEPTH = 64;

const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

/** GeoJSON as written, before reprojection: what parseAreas and readGeoJson share. */
export interface GeoJsonSource {
  /** Type of the top-level object: FeatureCollection, Feature or a geometry type. */
  topLevelType: string;
  /** Features in the source system; geometry unchecked and possibly null, index = position in the file. */
  features: Feature[];
  crs: CrsCode;
  /** Swedish: where the system came from. */
  detectedText: string;
  /** True when the system was guessed from value ranges rather than stated by the file or the user. */
  crsGuessed: boolean;
}

interface CrsMember {
  type?: unknown;
  properties?: { name?: unknown; code?: unknown };
}

/** The legacy (2008) `crs` member, still written by many GIS exports: named or EPSG-coded. */
function crsMemberText(json: Record<string, unknown>): string | null {
  const member = json.crs as CrsMember | undefined;
  const props = member?.properties;
  if (typeof props?.name === 'string') return props.name;
  if (typeof props?.code === 'number' || typeof props?.code === 'string')
    return `EPSG:${props.code}`;
  return null;
}

function toFeatures(obj: Record<string, unknown>): Feature[] {
  if (obj.type === 'FeatureCollection')
    return Array.isArray(obj.features) ? (obj.features as Feature[]) : [];
  if (obj.type === 'Feature') return [obj as unknown as Feature];
  // A bare collection becomes one feature per member, so each can be drawn and counted on its own.
  if (obj.type === 'GeometryCollection' && Array.isArray(obj.geometries)) {
    return (obj.geometries as Geometry[]).map((geometry) => ({
      type: 'Feature',
      properties: {},
      geometry,
    }));
  }
  if (typeof obj.type === 'string' && GEOMETRY_TYPES.has(obj.type)) {
    return [{ type: 'Feature', properties: {}, geometry: obj as unknown as Geometry }];
  }
  return [];
}

function chooseCrs(
  features: Feature[],
  member: string | null,
  forced: CrsCode | undefined,
): Pick<GeoJsonSource, 'crs' | 'detectedText' | 'crsGuessed'> {
  if (forced)
    return {
      crs: forced,
      detectedText: `${CRS_LABELS[forced]}, valt av användaren`,
      crsGuessed: false,
    };
  const fromMember = member === null ? null : crsFromIdentifier(member);
  if (fromMember) {
    return {
      crs: fromMember,
      detectedText: `${CRS_LABELS[fromMember]}, enligt filens crs-uppgift`,
      crsGuessed: false,
    };
  }
  const extent = emptyExtent();
  for (const f of features) {
    if (isValidGeometry(f?.geometry))
      forEachPosition(f.geometry, (p) => extendExtent(extent, p[0], p[1]));
  }
  const guess = guessCrsFromExtent(extent);
  const unknownMember = member === null ? '' : `crs-uppgiften "${member}" känns inte igen; `;
  if (guess) return { crs: guess.crs, detectedText: unknownMember + guess.text, crsGuessed: true };
  return {
    crs: 'EPSG:4326',
    detectedText:
      `${unknownMember}koordinaterna passar inget känt system och tolkas som WGS 84 (GeoJSON-standarden). ` +
      'Välj koordinatsystem om kartan hamnar fel',
    crsGuessed: true,
  };
}

/**
 * Parses GeoJSON text and decides its coordinate system: the user's choice,
 * else the legacy `crs` member, else the size of the numbers. Coordinates are
 * left as written. An empty result is not an error here; callers decide.
 */
export function readGeoJsonSource(
  text: string,
  fileName: string,
  forcedCrs?: CrsCode,
): GeoJsonSource {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    throw new ImportError(
      fileName,
      'filen är tom. Exportera ytorna igen från GIS-programmet och välj den nya filen.',
    );
  }
  if (exceedsJsonDepth(body, MAX_DEPTH)) {
    throw new ImportError(
      fileName,
      `är nästlad i mer än ${MAX_DEPTH} nivåer och är ingen GeoJSON som ett GIS-program skriver. Exportera ytorna igen som GeoJSON.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    throw new ImportError(
      fileName,
      `är inte giltig JSON (${(e as Error).message}). Filen är trasig eller avklippt: exportera den igen från GIS-programmet.`,
    );
  }
  if (typeof json !== 'object' || json === null) {
    throw new ImportError(
      fileName,
      'är inte GeoJSON: väntade ett objekt med "type". Exportera filen igen som GeoJSON från GIS-programmet.',
    );
  }
  const obj = json as Record<string, unknown>;
  const features = toFeatures(obj);
  return {
    topLevelType: typeof obj.type === 'string' ? obj.type : '',
    features,
    ...chooseCrs(features, crsMemberText(obj), forcedCrs),
  };
}

/** Any GeoJSON (FeatureCollection, Feature, bare geometry) → features in WGS 84; unusable ones are listed. */
export function readGeoJson(text: string, fileName: string, forcedCrs?: CrsCode): ImportedFeatures {
  const source = readGeoJsonSource(text, fileName, forcedCrs);
  if (source.features.length === 0) {
    throw new ImportError(
      fileName,
      'innehåller inga geoobjekt (Feature, FeatureCollection eller geometri). Välj en GeoJSON-fil med punkter, linjer eller ytor.',
    );
  }
  const log = new ProblemLog(fileName);
  const features: Feature[] = [];
  source.features.forEach((f, i) => {
    const geometry = (f as Partial<Feature> | null)?.geometry;
    if (!isValidGeometry(geometry)) {
      log.add(
        i + 1,
        geometry
          ? `objekt ${i + 1} har en ogiltig geometri (${String((geometry as { type?: unknown }).type)}, t.ex. koordinater som inte är tal); det hoppas över. ${FIX_GEOMETRY}`
          : `objekt ${i + 1} saknar geometri; det hoppas över. ${FIX_GEOMETRY}`,
      );
      return;
    }
    const properties =
      typeof f.properties === 'object' && f.properties !== null ? f.properties : {};
    features.push({
      type: 'Feature',
      ...(f.id !== undefined ? { id: f.id } : {}),
      properties,
      geometry: geometryToWgs84(geometry, source.crs),
    });
  });
  return {
    kind: 'features',
    fileName,
    format: 'geojson',
    crs: source.crs,
    detectedText: source.detectedText,
    crsGuessed: source.crsGuessed,
    features,
    problems: log.items,
    problemCount: log.total,
  };
}
