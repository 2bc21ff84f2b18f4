import type { AnalysisArea } from '../analysis/dashboard';
import { toAnalysisArea } from '../data/areaLayers';
import { CRS_LABELS } from '../data/crs';
import { importFile } from '../data/import/importFile';
import { ImportError, type RowProblem } from '../data/importProblem';
import { areasFromFeatures } from '../data/parseAreas';
import type { CliIo } from './cliIo';
import { InputError } from './cliErrors';
import { readFileBytes } from './readFileBytes';

export interface AreasFile {
  path: string;
  format: string;
  areas: AnalysisArea[];
  crsText: string;
  problems: RowProblem[];
  problemCount: number;
}

const FORMAT_NAMES: Record<string, string> = {
  geojson: 'GeoJSON',
  shapefile: 'Shapefile',
  kml: 'KML',
  gpx: 'GPX',
};

/**
 * Any file the app reads as areas (GeoJSON, zipped Shapefile, KML/KMZ),
 * through the app's own importer: format from the content, coordinate system
 * from .prj/crs or value ranges, invalid polygons repaired or refused by name.
 */
export function readAreasFile(io: CliIo, path: string): AreasFile {
  const bytes = readFileBytes(io, path);
  let imported;
  try {
    imported = importFile(path, bytes);
  } catch (e) {
    if (e instanceof ImportError) {
      const hint = (e as { needsCrs?: boolean }).needsCrs
        ? ' Spara om filen med en .prj för SWEREF 99 eller WGS 84 (t.ex. i QGIS: Exportera → Spara objekt som).'
        : '';
      throw new InputError(e.message + hint);
    }
    throw e;
  }
  if (imported.kind !== 'features') {
    throw new InputError(
      `${path}: är en tabell, inte ytor. Ange områdena som GeoJSON, zippad Shapefile eller KML/KMZ.`,
    );
  }
  const result = areasFromFeatures(imported.features, 'EPSG:4326', path);
  if (result.areas.length === 0) {
    throw new InputError(`${path}: innehåller inga ytor (polygoner). Välj en fil med områden.`);
  }
  return {
    path,
    format: FORMAT_NAMES[imported.format] ?? imported.format,
    areas: result.areas.map(toAnalysisArea),
    crsText: `${CRS_LABELS[imported.crs]} (${imported.crs})`,
    problems: [...imported.problems, ...result.problems],
    problemCount: imported.problemCount + result.problemCount,
  };
}
