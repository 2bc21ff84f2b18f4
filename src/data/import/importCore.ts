import { DateOrderNeededError } from '../dateOrder';
import { decodeText, type TextEncodingName } from '../decodeText';
import { flagOutsideSweden } from '../formats/flagOutsideSweden';
import { readGeoJson } from '../formats/readGeoJson';
import { readIndicatorTable } from '../formats/readIndicatorTable';
import type { GeometryReaders } from '../formats/geometryReaders';
import { repairPolygons } from '../formats/repairPolygons';
import { isXlsxZip, readXlsx } from '../formats/readXlsx';
import { sniffFormat } from '../formats/sniffFormat';
import { ImportError } from '../importProblem';
import {
  parseOffencesBytes,
  parseOffencesBytesInParts,
  type ByteImportOptions,
  type FastImport,
  type PartPlan,
} from '../fastCsv/parseOffencesBytes';
import { parseOffencesCsv } from '../parseOffencesCsv';
import type { ImportedFile, ImportedOffences, ImportedTable, ImportOptions } from './importTypes';

export { guessRole } from '../formats/guessRole';
export { CrsNeededError } from '../formats/crsNeeded';

const NOT_SUPPORTED =
  'är ingen text-, Excel- (.xlsx), GeoJSON-, Shapefile-, KML- eller GPX-fil. Välj en CSV- eller .xlsx-fil från Excel, ' +
  'en GeoJSON-fil, en zippad Shapefile eller en KML- eller GPX-fil.';

const byteOptions = (options: ImportOptions): ByteImportOptions => ({
  mapping: options.mapping,
  crs: options.crs,
  eastColumn: options.eastColumn,
  categoryMapping: options.categoryMapping,
  onProgress: options.onProgress,
  encoding: options.encoding,
});

// The common export goes from bytes straight into columns (the same result, or null); anything
// else, every question to the user and every error, takes the general path.
const fastPathApplies = (options: ImportOptions) => !options.dropDuplicates && !options.dateOrder;

const fastImported = (fileName: string, fast: FastImport): ImportedOffences => ({
  kind: 'offences',
  fileName,
  format: 'csv',
  encoding: fast.encoding,
  result: fast.result,
});

/**
 * The fast path for a delimited text file, its parts read side by side as
 * `plan` says: the offences; 'declined' when the file is no plain export (then
 * `importFileWith(…, fastTried)` reads it without trying the fast path again);
 * null when the fast path does not apply (another format, options it leaves to the general path).
 */
export async function importOffencesInParts(
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions,
  plan: PartPlan,
): Promise<ImportedOffences | 'declined' | null> {
  if (sniffFormat(fileName, bytes) !== 'text' || !fastPathApplies(options)) return null;
  const fast = await parseOffencesBytesInParts(bytes, fileName, byteOptions(options), plan);
  return fast ? fastImported(fileName, fast) : 'declined';
}

/** A delimited table: an offence file, or else an indicator table when it looks like one. */
function importDelimited(
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions,
  fastTried: boolean,
): ImportedFile {
  if (!fastTried && fastPathApplies(options)) {
    const fast = parseOffencesBytes(bytes, fileName, byteOptions(options));
    if (fast) return fastImported(fileName, fast);
  }
  const { text, encoding } = decodeText(bytes, options.encoding);
  return importTable(fileName, text, encoding, 'csv', options);
}

/** The first (or chosen) sheet of an Excel workbook, read as the same table a CSV export would give. */
function importWorkbook(fileName: string, bytes: Uint8Array, options: ImportOptions): ImportedFile {
  const { text, sheet, sheets } = readXlsx(fileName, bytes, options.sheet);
  const imported = importTable(fileName, text, 'utf-8', 'xlsx', options);
  return { ...imported, workbook: { sheet, sheets } } as ImportedFile;
}

function importTable(
  fileName: string,
  text: string,
  encoding: TextEncodingName,
  format: 'csv' | 'xlsx',
  options: ImportOptions,
): ImportedOffences | ImportedTable {
  try {
    const result = parseOffencesCsv(text, fileName, {
      mapping: options.mapping,
      crs: options.crs,
      eastColumn: options.eastColumn,
      categoryMapping: options.categoryMapping,
      onProgress: options.onProgress,
      dropDuplicates: options.dropDuplicates,
      dateOrder: options.dateOrder,
    });
    return { kind: 'offences', fileName, format, encoding, result };
  } catch (e) {
    // A table without coordinates (survey results per stadsdel) is not a broken offence file.
    // A question to the user (day or month first) is not a reason to read the file as something else.
    const table =
      e instanceof ImportError &&
      !(e instanceof DateOrderNeededError) &&
      !options.mapping &&
      options.expect !== 'offences'
        ? readIndicatorTable(text)
        : null;
    if (!table) throw e;
    return { kind: 'table', fileName, format, encoding, ...table };
  }
}

/**
 * Reads any file a user brings: delimited text (offences or an indicator
 * table), GeoJSON, a zipped Shapefile, KML/KMZ or GPX. The content decides
 * the format, not the name. Throws ImportError (Swedish, naming the file and
 * what to do) for a file that cannot be used; CrsNeededError when the user
 * must choose the coordinate system.
 */
export function importFileWith(
  readers: GeometryReaders | null,
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
  fastTried = false,
): ImportedFile {
  const imported = importAnyFormat(fileName, bytes, options, readers, fastTried);
  return imported.kind === 'features' ? flagOutsideSweden(repairPolygons(imported)) : imported;
}

/** Whether reading this file takes the KML/GPX/Shapefile readers (`GeometryReaders`). */
export function needsGeometryReaders(fileName: string, bytes: Uint8Array): boolean {
  const format = sniffFormat(fileName, bytes);
  return format === 'kmz' || format === 'xml' || (format === 'zip' && !isXlsxZip(bytes));
}

function need(readers: GeometryReaders | null): GeometryReaders {
  if (!readers) throw new Error('Läsarna för KML, GPX och Shapefile är inte laddade.');
  return readers;
}

function importAnyFormat(
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions,
  readers: GeometryReaders | null,
  fastTried: boolean,
): ImportedFile {
  const format = sniffFormat(fileName, bytes);
  // Asked for offences, text that is no table (JSON, XML, a picture) is told so by the table reader itself.
  if (
    options.expect === 'offences' &&
    (format === 'json' || format === 'xml' || format === 'binary')
  ) {
    return importDelimited(fileName, bytes, options, fastTried);
  }
  switch (format) {
    case 'empty':
      throw new ImportError(
        fileName,
        'filen är tom (den innehåller ingenting). Välj en fil med innehåll.',
      );
    case 'zip':
      return isXlsxZip(bytes)
        ? importWorkbook(fileName, bytes, options)
        : need(readers).readShapefileZip(fileName, bytes, options);
    case 'kmz':
      return need(readers).readKmz(fileName, bytes, options);
    case 'xml':
      return need(readers).readKmlGpx(fileName, bytes, options);
    case 'json':
      return readGeoJson(decodeText(bytes, options.encoding).text, fileName, options.crs);
    case 'shapefile-part':
      throw new ImportError(
        fileName,
        'är en del av en Shapefile. Packa .shp, .shx, .dbf och .prj i en zip-fil och välj zip-filen.',
      );
    case 'binary':
      throw new ImportError(fileName, NOT_SUPPORTED);
    case 'utf16':
    case 'text':
      return importDelimited(fileName, bytes, options, fastTried);
  }
}
