import type { Feature } from 'geojson';
import { unzipSync } from 'fflate';
import { parseDbf, parseShp } from 'shpjs';
import { CRS_LABELS, type CrsCode } from '../crs';
import type { TextEncodingName } from '../decodeText';
import { ImportError, ProblemLog } from '../importProblem';
import { CrsNeededError } from './crsNeeded';
import type { ImportedFeatures } from '../import/importTypes';
import { chooseDbfEncoding } from './dbfEncoding';
import { forEachPosition, geometryToWgs84, isValidGeometry } from './geometryPositions';
import { emptyExtent, extendExtent, guessCrsFromExtent } from './guessCrsFromExtent';
import { fittingCrs } from './fittingCrs';
import { prjToCrs } from './prjToCrs';

export interface ShapefileOptions {
  /** Overrides the .cpg and the guess for the .dbf text. */
  encoding?: TextEncodingName;
  /** Overrides the .prj (or its absence). */
  crs?: CrsCode;
}

export { CrsNeededError };

/** One Shapefile inside the zip: its parts by lower-case extension. */
interface Layer {
  /** Path inside the zip without extension, e.g. "export/stadsdelar". */
  path: string;
  parts: Partial<Record<'shp' | 'dbf' | 'prj' | 'cpg', Uint8Array>>;
}

const PART = /^(.*)\.(shp|dbf|prj|cpg)$/i;
const WANTED = (name: string) => PART.test(name) && !/(^|\/)(__MACOSX\/|\.)/.test(name);
const isZip = (b: Uint8Array) =>
  b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5);
const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const utf8 = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

function unzipLayers(fileName: string, bytes: Uint8Array): Layer[] {
  if (!isZip(bytes)) {
    throw new ImportError(
      fileName,
      'är ingen zip-fil. Packa Shapefilens .shp, .shx, .dbf och .prj i en zip-fil.',
    );
  }
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => WANTED(f.name) });
  } catch (e) {
    throw new ImportError(
      fileName,
      `zip-filen är skadad och kan inte packas upp (${(e as Error).message}). Packa filerna igen.`,
    );
  }
  const layers = new Map<string, Layer>();
  for (const [name, data] of Object.entries(files)) {
    const m = PART.exec(name);
    if (!m) continue;
    // Case differs between exports ("STADSDELAR.SHP" beside "stadsdelar.dbf"): group case-insensitively.
    const key = m[1].toLowerCase();
    const layer = layers.get(key) ?? { path: m[1], parts: {} };
    layer.parts[m[2].toLowerCase() as keyof Layer['parts']] = data;
    if (m[2].toLowerCase() === 'shp') layer.path = m[1];
    layers.set(key, layer);
  }
  const withShp = [...layers.values()]
    .filter((l) => l.parts.shp)
    .sort((a, b) => a.path.localeCompare(b.path));
  if (withShp.length === 0) {
    throw new ImportError(
      fileName,
      'Zip-filen saknar .shp-fil. En Shapefile består av .shp, .shx, .dbf och .prj med samma namn; packa dem i samma zip-fil.',
    );
  }
  return withShp;
}

function readGeometries(fileName: string, layer: Layer, shp: Uint8Array) {
  const view = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
  // The header starts with the file code 9994 (big-endian) and is 100 bytes long.
  if (shp.byteLength < 100 || view.getInt32(0) !== 9994) {
    throw new ImportError(
      fileName,
      `${baseName(layer.path)}.shp är ingen giltig Shapefile. Exportera lagret igen.`,
    );
  }
  try {
    return parseShp(shp);
  } catch (e) {
    throw new ImportError(
      fileName,
      `${baseName(layer.path)}.shp är skadad (${(e as Error).message}). Exportera lagret igen.`,
    );
  }
}

/** DBF values made plain: dates as YYYY-MM-DD, empty numbers as null. */
function plainProperties(record: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record ?? {})) {
    if (value instanceof Date) {
      out[key] = Number.isNaN(value.getTime())
        ? null
        : `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`;
    } else if (typeof value === 'number' && !Number.isFinite(value)) {
      out[key] = null;
    } else {
      out[key] = value;
    }
  }
  return out;
}

function chooseCrs(
  fileName: string,
  layer: Layer,
  geometries: ReturnType<typeof parseShp>,
  forced: CrsCode | undefined,
): { crs: CrsCode; text: string; guessed: boolean } {
  const name = baseName(layer.path);
  if (forced)
    return { crs: forced, text: `${CRS_LABELS[forced]}, valt av användaren`, guessed: false };
  const extent = emptyExtent();
  for (const g of geometries) if (g) forEachPosition(g, (p) => extendExtent(extent, p[0], p[1]));
  const { choices, fitting } = fittingCrs(extent);
  const suggestion =
    fitting > 0
      ? ` Koordinaterna passar ${choices
          .slice(0, Math.min(fitting, 3))
          .map((c) => CRS_LABELS[c])
          .join(', ')}.`
      : '';
  if (layer.parts.prj) {
    const prj = utf8(layer.parts.prj);
    const match = prjToCrs(prj);
    if (match)
      return {
        crs: match.crs,
        text: `${CRS_LABELS[match.crs]}, enligt ${name}.prj`,
        guessed: false,
      };
    const projName = /^\s*\w+\s*\[\s*"([^"]*)"/.exec(prj)?.[1] ?? prj.slice(0, 40);
    throw new CrsNeededError(
      fileName,
      `koordinatsystemet i ${name}.prj ("${projName}") stöds inte. Välj koordinatsystem för filen, ` +
        `eller exportera lagret i SWEREF 99 TM, SWEREF 99 18 00 eller WGS 84.${suggestion}`,
      choices,
      fitting,
    );
  }
  const guess = guessCrsFromExtent(extent);
  if (!guess) {
    throw new CrsNeededError(
      fileName,
      `${name}.prj saknas och koordinaterna känns inte igen. Välj koordinatsystem för filen, eller packa med .prj-filen.${suggestion}`,
      choices,
      fitting,
    );
  }
  return { crs: guess.crs, text: `${name}.prj saknas; ${guess.text}`, guessed: true };
}

function readLayer(fileName: string, layer: Layer, options: ShapefileOptions): ImportedFeatures {
  const name = baseName(layer.path);
  const { shp, dbf, cpg } = layer.parts;
  if (!shp) throw new Error('unzipLayers returns only layers with a .shp');
  if (!dbf) {
    throw new ImportError(
      fileName,
      `Zip-filen har ${name}.shp men saknar ${name}.dbf (egenskaperna, t.ex. namnen). Packa .shp, .shx, .dbf och .prj i samma zip-fil.`,
    );
  }
  const geometries = readGeometries(fileName, layer, shp);
  const encoding = chooseDbfEncoding(dbf, cpg && utf8(cpg), options.encoding);
  let records: ReturnType<typeof parseDbf>;
  try {
    records = parseDbf(dbf, encoding.label);
  } catch (e) {
    throw new ImportError(
      fileName,
      `${name}.dbf är skadad (${(e as Error).message}). Exportera lagret igen.`,
    );
  }
  const crs = chooseCrs(fileName, layer, geometries, options.crs);
  const log = new ProblemLog(fileName);
  const features: Feature[] = [];
  geometries.forEach((g, i) => {
    if (!isValidGeometry(g)) {
      log.add(
        i + 1,
        `objekt ${i + 1} i ${name}.shp ${g ? 'har en ogiltig geometri' : 'saknar geometri'}; det hoppas över.`,
      );
      return;
    }
    features.push({
      type: 'Feature',
      properties: plainProperties(records[i]),
      geometry: geometryToWgs84(g, crs.crs),
    });
  });
  return {
    kind: 'features',
    fileName,
    format: 'shapefile',
    crs: crs.crs,
    detectedText: `${crs.text}; teckenkodning ${encoding.text}`,
    crsGuessed: crs.guessed,
    features,
    problems: log.items,
    problemCount: log.total,
  };
}

/** Every Shapefile layer in a zip, each read on its own (in path order). */
export function readShapefileLayers(
  fileName: string,
  bytes: Uint8Array,
  options: ShapefileOptions = {},
): ImportedFeatures[] {
  return unzipLayers(fileName, bytes).map((layer) => readLayer(fileName, layer, options));
}

/**
 * A zipped ESRI Shapefile → features in WGS 84. The coordinate system comes
 * from the .prj through our own definitions (not shpjs's reprojection), so
 * SWEREF 99 zones and RT 90 are exact. With several layers the first (by
 * path) is read, and the detection text names the others.
 */
export function readShapefileZip(
  fileName: string,
  bytes: Uint8Array,
  options: ShapefileOptions = {},
): ImportedFeatures {
  const layers = unzipLayers(fileName, bytes);
  const first = readLayer(fileName, layers[0], options);
  if (layers.length === 1) return first;
  const names = layers.map((l) => baseName(l.path));
  return {
    ...first,
    detectedText:
      `${first.detectedText}. Zip-filen har ${layers.length} lager (${names.join(', ')}); bara ${names[0]} lästes in – ` +
      'packa varje lager i en egen zip-fil för att läsa de andra',
  };
}
