import type { GeometryReaders } from '../formats/geometryReaders';
import { ImportError } from '../importProblem';
import type { PartPlan } from '../fastCsv/parseOffencesBytes';
import { importFileWith, importOffencesInParts, needsGeometryReaders } from './importCore';
import type { ImportedFile, ImportOptions } from './importTypes';

let readers: Promise<GeometryReaders> | null = null;

/** Fetched once, for the first KML, GPX or Shapefile; a failed fetch is tried again next time. */
function loadReaders(fileName: string): Promise<GeometryReaders> {
  readers ??= import('../formats/geometryReaders').then(
    (m) => m.GEOMETRY_READERS,
    (e: unknown) => {
      readers = null;
      throw new ImportError(
        fileName,
        `läsaren för KML-, GPX- och Shapefiler kunde inte hämtas (${e instanceof Error ? e.message : String(e)}). ` +
          'Den hämtas första gången en sådan fil läses och behöver då nät; efter ett besök med nät fungerar den även utan nät. ' +
          'Anslut till nätet och lägg till filen igen.',
      );
    },
  );
  return readers;
}

/**
 * `importFile` as the app's worker runs it: the same result, but the readers
 * of KML/GPX/Shapefile (xmldom, togeojson, shpjs) are downloaded only when
 * such a file arrives, so loading the demo's CSV and GeoJSON never waits for
 * them; with `parts`, a large export is read in parts side by side.
 */
export async function importFileLazily(
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
  parts?: PartPlan,
): Promise<ImportedFile> {
  const fast = parts ? await importOffencesInParts(fileName, bytes, options, parts) : null;
  if (fast && fast !== 'declined') return fast;
  const geometry = needsGeometryReaders(fileName, bytes) ? await loadReaders(fileName) : null;
  return importFileWith(geometry, fileName, bytes, options, fast === 'declined');
}
