import { gpx, kml } from '@tmcw/togeojson';
import { DOMParser, type Document } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import type { Feature } from 'geojson';
import { decodeText, type TextEncodingName } from '../decodeText';
import { ImportError, ProblemLog } from '../importProblem';
import type { ImportedFeatures } from '../import/importTypes';
import { isValidGeometry } from './geometryPositions';

export type XmlGeoFormat = 'kml' | 'gpx';

/** The encoding an XML declaration names (`<?xml version="1.0" encoding="ISO-8859-1"?>`), if the runtime knows it. */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const m = /^\uFEFF?\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/.exec(head);
  if (!m) return null;
  try {
    return new TextDecoder(m[1]).encoding;
  } catch {
    return null;
  }
}

/** The user's choice, else the XML declaration, else UTF-8 if valid and Windows-1252 otherwise. */
export function decodeXml(bytes: Uint8Array, forced?: TextEncodingName): string {
  if (forced) return decodeText(bytes, forced).text;
  const declared = declaredEncoding(bytes);
  return declared ? new TextDecoder(declared).decode(bytes) : decodeText(bytes).text;
}

/**
 * xmldom, not the browser's DOMParser: a Web Worker has none, and Node
 * neither. Every error (not only fatal ones) stops parsing, so a truncated
 * or hand-edited file is reported instead of half-read.
 */
function parseXml(text: string, fileName: string): Document {
  try {
    return new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(text, 'text/xml');
  } catch (e) {
    const reason = (e as Error).message.split('\n')[0].trim();
    throw new ImportError(
      fileName,
      `är ingen giltig XML (${reason}). Filen kan vara avkortad eller skadad; exportera den igen.`,
    );
  }
}

/** KML or GPX by the root element, whatever the file is called. */
function formatOf(doc: Document, fileName: string): XmlGeoFormat {
  const root = (doc.documentElement?.localName ?? '').toLowerCase();
  if (root === 'kml' || root === 'gpx') return root;
  throw new ImportError(
    fileName,
    `är XML men varken KML eller GPX (rotelementet är <${root}>). Välj en KML-fil (Google Earth, Min karta) eller en GPX-fil (GPS, telefon).`,
  );
}

/** KML (placemarks: points, lines, polygons) or GPX (tracks, routes, waypoints) → WGS 84 features. */
export function readKmlGpx(
  fileName: string,
  bytes: Uint8Array,
  options: { encoding?: TextEncodingName } = {},
): ImportedFeatures {
  const doc = parseXml(decodeXml(bytes, options.encoding), fileName);
  const format = formatOf(doc, fileName);
  const collection = format === 'kml' ? kml(doc) : gpx(doc);
  const log = new ProblemLog(fileName);
  const features: Feature[] = [];
  collection.features.forEach((f, i) => {
    if (!isValidGeometry(f.geometry)) {
      const name = typeof f.properties?.name === 'string' ? ` "${f.properties.name}"` : '';
      log.add(i + 1, `objekt ${i + 1}${name} saknar giltig geometri; det hoppas över.`);
      return;
    }
    features.push({ ...f, geometry: f.geometry });
  });
  if (features.length === 0) {
    throw new ImportError(
      fileName,
      format === 'kml'
        ? 'innehåller inga platser, linjer eller ytor (Placemark). Kontrollera att rätt lager exporterades.'
        : 'innehåller inga spår, rutter eller punkter (trk, rte, wpt). Kontrollera att rätt spår exporterades.',
    );
  }
  return {
    kind: 'features',
    fileName,
    format,
    crs: 'EPSG:4326',
    detectedText: `WGS 84 (lon/lat); ${format.toUpperCase()} använder alltid longitud/latitud`,
    crsGuessed: false,
    features,
    problems: log.items,
    problemCount: log.total,
  };
}

/** KMZ is a zip with the KML inside (doc.kml by convention, else the first .kml). */
export function readKmz(
  fileName: string,
  bytes: Uint8Array,
  options: { encoding?: TextEncodingName } = {},
): ImportedFeatures {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => /\.kml$/i.test(f.name) });
  } catch (e) {
    throw new ImportError(
      fileName,
      `KMZ-filen är skadad och kan inte packas upp (${(e as Error).message}).`,
    );
  }
  const names = Object.keys(files).sort(
    (a, b) => Number(b === 'doc.kml') - Number(a === 'doc.kml') || a.localeCompare(b),
  );
  if (names.length === 0)
    throw new ImportError(fileName, 'KMZ-filen innehåller ingen .kml-fil. Exportera kartan igen.');
  return { ...readKmlGpx(fileName, files[names[0]], options), format: 'kml' };
}
