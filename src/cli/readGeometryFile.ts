import type { CrsCode } from '../data/crs';
import { importFile } from '../data/import/importFile';
import type { ImportedFile } from '../data/import/importTypes';
import { ImportError } from '../data/importProblem';
import type { CliIo } from './cliIo';
import { InputError } from './cliErrors';
import { readFileBytes } from './readFileBytes';

export type ImportedFeatures = Extract<ImportedFile, { kind: 'features' }>;

export const FORMAT_NAMES: Record<string, string> = {
  geojson: 'GeoJSON',
  shapefile: 'Shapefile',
  kml: 'KML',
  gpx: 'GPX',
};

/**
 * A file of geometries (GeoJSON, zipped Shapefile, KML/KMZ, GPX) through the
 * app's own importer. `crsHint` is added when the file's coordinate system
 * must be chosen; `notFeatures` is the message for a table instead of shapes.
 */
export function readGeometryFile(
  io: CliIo,
  path: string,
  hints: { crs?: CrsCode; crsHint: string; notFeatures: string },
): ImportedFeatures {
  const bytes = readFileBytes(io, path);
  let imported: ImportedFile;
  try {
    imported = importFile(path, bytes, hints.crs ? { crs: hints.crs } : {});
  } catch (e) {
    if (e instanceof ImportError) {
      const hint = (e as { needsCrs?: boolean }).needsCrs ? ` ${hints.crsHint}` : '';
      throw new InputError(e.message + hint);
    }
    throw e;
  }
  if (imported.kind !== 'features') throw new InputError(`${path}: ${hints.notFeatures}`);
  return imported;
}
