import { GEOMETRY_READERS } from '../formats/geometryReaders';
import { importFileWith } from './importCore';
import type { ImportedFile, ImportOptions } from './importTypes';

export { CrsNeededError, guessRole } from './importCore';

/**
 * Reads any file a user brings: delimited text (offences or an indicator
 * table), GeoJSON, a zipped Shapefile, KML/KMZ or GPX. The content decides
 * the format, not the name. Throws ImportError (Swedish, naming the file and
 * what to do) for a file that cannot be used; CrsNeededError when the user
 * must choose the coordinate system. (The app's worker uses `importFileLazily`.)
 */
export const importFile = (
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): ImportedFile => importFileWith(GEOMETRY_READERS, fileName, bytes, options);
