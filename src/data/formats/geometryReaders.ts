import { readKmlGpx, readKmz } from './readKmlGpx';
import { readShapefileZip } from './readShapefileZip';

/** The readers that need xmldom, togeojson or shpjs: the app's worker loads them only for such a file. */
export const GEOMETRY_READERS = { readShapefileZip, readKmz, readKmlGpx };

export type GeometryReaders = typeof GEOMETRY_READERS;
