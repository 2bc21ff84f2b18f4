import type { MultiPolygon, Polygon } from 'geojson';
import type { ExtentInput } from '../analysis/sceneYears';
import type { CrsCode } from '../data/crs';
import { extentInput } from '../data/extentInputs';
import { ProblemLog, type RowProblem } from '../data/importProblem';
import { toPlanarPolygon } from '../data/reproject';
import type { CliIo } from './cliIo';
import { InputError } from './cliErrors';
import { FORMAT_NAMES, readGeometryFile } from './readGeometryFile';

export interface ExtentsFile {
  path: string;
  format: string;
  crsText: string;
  inputs: ExtentInput[];
  problems: RowProblem[];
  problemCount: number;
}

const isPolygonal = (type: string | undefined) => type === 'Polygon' || type === 'MultiPolygon';

/**
 * Any file the app reads as areas (GeoJSON, zipped Shapefile, KML/KMZ, GPX),
 * through the app's own importer: format from the content, coordinate system
 * from .prj/crs or value ranges. Polygons without a year are listed and skipped.
 */
export function readExtentsFile(io: CliIo, path: string, crs?: CrsCode): ExtentsFile {
  const imported = readGeometryFile(io, path, {
    crs,
    crsHint: 'Ange systemet med --extents-crs, t.ex. --extents-crs EPSG:3011.',
    notFeatures:
      'är en tabell, inte ytor. Ange utbredningarna som GeoJSON, zippad Shapefile eller KML med --extents, och brotten med --offences.',
  });
  const log = new ProblemLog(path);
  imported.problems.forEach((p) => log.add(p.row, p.message));
  log.total = imported.problemCount;
  const inputs: ExtentInput[] = [];
  imported.features.forEach((f, i) => {
    if (!isPolygonal(f.geometry?.type)) {
      log.add(
        i + 1,
        `objekt ${i + 1} är ${f.geometry?.type ?? 'utan geometri'}, inte en yta; det hoppas över.`,
      );
      return;
    }
    const planar = toPlanarPolygon(f.geometry as Polygon | MultiPolygon, 'EPSG:4326');
    const result = extentInput(f.properties ?? {}, planar, i, path);
    if (result.ok) inputs.push(result.input);
    else log.add(i + 1, result.message);
  });
  if (inputs.length === 0) {
    const first = log.items[0]?.message;
    throw new InputError(
      `${path}: innehåller inga ytor med kartläggningsår.` +
        (first
          ? ` Första problemet: ${first}`
          : ' Välj en fil med polygoner och egenskapen ar, år eller year.'),
    );
  }
  return {
    path,
    format: FORMAT_NAMES[imported.format] ?? imported.format,
    crsText: `${imported.detectedText} (${imported.crs})`,
    inputs,
    problems: log.items,
    problemCount: log.total,
  };
}
