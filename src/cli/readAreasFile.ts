import type { AnalysisArea } from '../analysis/dashboard';
import { toAnalysisArea } from '../data/areaLayers';
import { CRS_LABELS } from '../data/crs';
import { decodeText } from '../data/decodeText';
import { ImportError, type RowProblem } from '../data/importProblem';
import { parseAreas, type AreaImportResult } from '../data/parseAreas';
import type { CliIo } from './cliIo';
import { InputError } from './cliErrors';
import { extensionOf, readFileBytes } from './readFileBytes';

export interface AreasFile {
  path: string;
  format: string;
  areas: AnalysisArea[];
  crsText: string;
  problems: RowProblem[];
  problemCount: number;
}

type AreaReader = (bytes: Uint8Array, path: string) => AreaImportResult;

/** GeoJSON is UTF-8 by definition; a BOM from some Windows tools is dropped before JSON.parse. */
const readGeoJson: AreaReader = (bytes, path) => {
  const { text } = decodeText(bytes);
  return parseAreas(text.replace(/^\uFEFF/, ''), path);
};

/**
 * The area formats the app imports, by file extension. A new format (Shapefile,
 * KML) is one more entry here returning an AreaImportResult.
 */
const AREA_READERS: Record<string, { format: string; read: AreaReader }> = {
  geojson: { format: 'GeoJSON', read: readGeoJson },
  json: { format: 'GeoJSON', read: readGeoJson },
};

export function readAreasFile(io: CliIo, path: string): AreasFile {
  const reader = AREA_READERS[extensionOf(path)];
  if (!reader) {
    const known = [...new Set(Object.keys(AREA_READERS).map((e) => `.${e}`))].join(', ');
    throw new InputError(
      `${path}: filformatet känns inte igen för områden. Lägeskartan läser ${known}; ` +
        'spara om ytorna som GeoJSON (t.ex. i QGIS: Exportera → Spara objekt som → GeoJSON).',
    );
  }
  const bytes = readFileBytes(io, path);
  let result: AreaImportResult;
  try {
    result = reader.read(bytes, path);
  } catch (e) {
    if (e instanceof ImportError) throw new InputError(e.message);
    throw e;
  }
  if (result.areas.length === 0) {
    throw new InputError(`${path}: innehåller inga ytor (polygoner). Välj en fil med områden.`);
  }
  return {
    path,
    format: reader.format,
    areas: result.areas.map(toAnalysisArea),
    crsText: `${CRS_LABELS[result.crs]} (${result.crs})`,
    problems: result.problems,
    problemCount: result.problemCount,
  };
}
