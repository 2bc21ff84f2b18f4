import type { AnalysisArea } from '../analysis/dashboard';
import { toAnalysisArea } from '../data/areaLayers';
import { CRS_LABELS } from '../data/crs';
import type { RowProblem } from '../data/importProblem';
import { areasFromFeatures } from '../data/parseAreas';
import type { CliIo } from './cliIo';
import { InputError } from './cliErrors';
import { FORMAT_NAMES, readGeometryFile } from './readGeometryFile';

export interface AreasFile {
  path: string;
  format: string;
  areas: AnalysisArea[];
  crsText: string;
  problems: RowProblem[];
  problemCount: number;
}

/**
 * Any file the app reads as areas (GeoJSON, zipped Shapefile, KML/KMZ),
 * through the app's own importer: format from the content, coordinate system
 * from .prj/crs or value ranges, invalid polygons repaired or refused by name.
 */
export function readAreasFile(io: CliIo, path: string): AreasFile {
  const imported = readGeometryFile(io, path, {
    crsHint:
      'Spara om filen med en .prj för SWEREF 99 eller WGS 84 (t.ex. i QGIS: Exportera → Spara objekt som).',
    notFeatures:
      'är en tabell, inte ytor. Ange områdena som GeoJSON, zippad Shapefile eller KML/KMZ.',
  });
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
