/** What the bytes of a file are, before any parsing: decided by magic bytes first, the name only for hints. */
export type SniffedFormat =
  'empty' | 'zip' | 'kmz' | 'xml' | 'json' | 'text' | 'utf16' | 'binary' | 'shapefile-part';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

export function sniffFormat(fileName: string, bytes: Uint8Array): SniffedFormat {
  const name = fileName.toLowerCase();
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP))
    return name.endsWith('.kmz') ? 'kmz' : 'zip';
  // A lone .shp/.dbf/.shx is binary; saying what it is helps more than "not a text file".
  if (/\.(shp|shx|dbf|prj|cpg)$/.test(name)) return 'shapefile-part';
  // Excel's "Unicode-text" is UTF-16 with a byte-order mark; its NUL bytes would look binary.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || looksLikeUtf16(bytes))
    return 'utf16';
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return 'binary';
  let i = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < bytes.length && isSpace(bytes[i])) i++;
  if (i === bytes.length) return 'empty';
  const first = bytes[i];
  if (first === 0x3c /* < */) return 'xml';
  if (first === 0x7b /* { */ || first === 0x5b /* [ */) return 'json';
  // A .geojson that is not an object is broken GeoJSON, not a table: the GeoJSON reader says so.
  if (/\.(geo)?json$/.test(name)) return 'json';
  return 'text';
}

/** UTF-16 text without a byte-order mark: ASCII letters with a NUL beside every one. */
export function looksLikeUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.9 && evenZero === 0) return 'utf-16le';
  if (evenZero > pairs * 0.9 && oddZero === 0) return 'utf-16be';
  return null;
}
