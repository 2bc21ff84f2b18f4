import { singleByteEncoding, type TextEncodingName } from '../decodeText';
import type { OffenceImportOptions, OffenceImportResult } from '../parseOffencesCsv';
import { fieldDecoder, type FieldDecoder } from './fieldDecoder';
import { finishImport } from './finishImport';
import { headEnd, headLayout } from './headLayout';
import { OffenceRowSink, type FieldRanges } from './rowSink';
import { scanRecords } from './scanRecords';

export interface FastImport {
  result: OffenceImportResult;
  encoding: TextEncodingName;
}

export interface ByteImportOptions extends OffenceImportOptions {
  encoding?: TextEncodingName;
}

/**
 * The fast path for an offence export (UTF-8 or Windows-1252, one delimiter):
 * reads the bytes straight into typed columns without decoding the file into
 * one string or making an array per row, and gives exactly the result that
 * decodeText + parseOffencesCsv give. Returns null whenever it is not sure
 * to (odd quotes, a header the general path finds elsewhere, any whole-file
 * error): the caller then runs the general path, which also words the errors.
 */
export function parseOffencesBytes(
  bytes: Uint8Array,
  fileName: string,
  options: ByteImportOptions = {},
): FastImport | null {
  const forced = options.encoding;
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (forced === 'windows-1252' && hasBom) return null;
  if (forced === 'windows-1252')
    return orNull(parseAs(bytes, 0, 'windows-1252', false, fileName, options));
  const from = hasBom ? 3 : 0;
  // A second BOM would stay in the text the general path sees; leave that file to it.
  if (hasBom && bytes[3] === 0xef && bytes[4] === 0xbb && bytes[5] === 0xbf) return null;
  const asUtf8 = parseAs(bytes, from, 'utf-8', forced !== 'utf-8', fileName, options);
  if (asUtf8 !== 'not-utf8') return asUtf8;
  // Bytes that are not UTF-8 may be Mac Roman, which the general path reads.
  if (hasBom || singleByteEncoding(bytes) !== 'windows-1252') return null;
  return orNull(parseAs(bytes, 0, 'windows-1252', false, fileName, options));
}

const orNull = (r: FastImport | null | 'not-utf8') => (r === 'not-utf8' ? null : r);

function parseAs(
  bytes: Uint8Array,
  from: number,
  encoding: 'utf-8' | 'windows-1252',
  checkUtf8: boolean,
  fileName: string,
  options: OffenceImportOptions,
): FastImport | null | 'not-utf8' {
  const decode = fieldDecoder(encoding);
  const top = headEnd(bytes, from);
  const layout = headLayout(decode(bytes, from, top), top === bytes.length, fileName, options);
  if (!layout) return null;
  const { header, detection, delimiter } = layout;
  const sink = new OffenceRowSink({
    fileName,
    header,
    mapping: detection.mapping,
    delimiter,
    categoryMapping: options.categoryMapping,
    decode,
    encoding,
    validated: encoding === 'windows-1252' || checkUtf8,
    capacity: countLines(bytes, from),
  });
  let headerSeen = false;
  let headerMatches = true;
  const outcome = scanRecords(
    bytes,
    from,
    delimiter.charCodeAt(0),
    checkUtf8,
    (r, nf, line) => {
      if (isBlankRecord(bytes, r, nf, decode)) return;
      if (!headerSeen) {
        headerSeen = true;
        headerMatches =
          fieldsOf(bytes, r, nf, sink).every((f, k) => f.trim() === header[k]) &&
          nf === header.length;
        return;
      }
      if (!headerMatches) return;
      let n = nf;
      if (n > header.length && allBlank(bytes, r, header.length, nf, decode)) n = header.length;
      if (n === header.length) sink.addRanges(bytes, r, line);
      else sink.addFields(fieldsOf(bytes, r, nf, sink), line);
    },
    options.onProgress,
  );
  if (outcome === 'not-utf8') return 'not-utf8';
  if (outcome !== 'done' || !headerMatches) return null;
  const result = finishImport(sink, header, detection, delimiter, options, bytes);
  // Rows that cannot be used are worded by the general path alone (footers below the table,
  // WGS 84 rows in a SWEREF file …): a file with any goes there, a clean export stays fast.
  return result && result.problemCount === 0 ? { result, encoding } : null;
}

/** Line feeds + 1: no more records than that, so the columns are allocated once. */
function countLines(b: Uint8Array, from: number): number {
  let n = 1;
  for (let i = b.indexOf(10, from); i >= 0; i = b.indexOf(10, i + 1)) n++;
  return n;
}

function fieldsOf(b: Uint8Array, r: FieldRanges, nf: number, sink: OffenceRowSink): string[] {
  const fields: string[] = [];
  for (let k = 0; k < nf; k++) fields.push(sink.text(b, r, k));
  return fields;
}

/** Whether the field is empty after JavaScript's trim(); only non-ASCII bytes need decoding to tell. */
function isBlankField(b: Uint8Array, r: FieldRanges, k: number, decode: FieldDecoder): boolean {
  for (let i = r.start[k]; i < r.end[k]; i++) {
    const c = b[i];
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c >= 0x80) return decode(b, r.start[k], r.end[k]).trim() === '';
    return false;
  }
  return true;
}

function allBlank(
  b: Uint8Array,
  r: FieldRanges,
  from: number,
  to: number,
  decode: FieldDecoder,
): boolean {
  for (let k = from; k < to; k++) if (!isBlankField(b, r, k, decode)) return false;
  return true;
}

const isBlankRecord = (b: Uint8Array, r: FieldRanges, nf: number, decode: FieldDecoder) =>
  allBlank(b, r, 0, nf, decode);
