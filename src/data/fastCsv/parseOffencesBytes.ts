import { singleByteEncoding, type TextEncodingName } from '../decodeText';
import type { OffenceImportOptions, OffenceImportResult } from '../parseOffencesCsv';
import { fieldDecoder } from './fieldDecoder';
import { finishImport } from './finishImport';
import { HEAD_LINES as HEAD_ROWS, headEnd, headLayout, type HeadLayout } from './headLayout';
import { mergeParts, type PartRows } from './partRows';
import { parsePart, type PartJob, type PartResult } from './parsePart';

export interface FastImport {
  result: OffenceImportResult;
  encoding: TextEncodingName;
}

export interface ByteImportOptions extends OffenceImportOptions {
  encoding?: TextEncodingName;
}

/** Reads parts of a file, perhaps in other threads; results in the order of the jobs. */
export type PartRunner = (
  jobs: PartJob[],
  onProgress?: (f: number) => void,
) => Promise<PartResult[]>;

/** How to split a file over a PartRunner: into `parts` parts of at least `minPartBytes`. */
export interface PartPlan {
  parts: number;
  minPartBytes: number;
  run: PartRunner;
}

/** Where the text starts, in which encoding, and whether UTF-8 must be checked on the way. */
interface Attempt {
  from: number;
  encoding: 'utf-8' | 'windows-1252';
  checkUtf8: boolean;
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
  const first = firstAttempt(bytes, options.encoding);
  if (!first) return null;
  const read = (a: Attempt) => {
    const prepared = prepare(bytes, a, fileName, options);
    if (!prepared) return null;
    const done = parsePart(prepared.jobs[0], options.onProgress);
    return finish([done], prepared, a, bytes, fileName, options);
  };
  const asFirst = read(first);
  if (asFirst !== 'not-utf8') return asFirst;
  const second = afterNotUtf8(bytes, first);
  return second ? orNull(read(second)) : null;
}

/**
 * The same result as parseOffencesBytes, with a large file split at line
 * breaks into parts read side by side by `plan.run` (other threads), the
 * parts' rows then joined in file order. A split is only known to fall
 * between records once the part before it has read to it without an open
 * quote; when one did not (a quoted field with a line break across it), the
 * file is read again in one part.
 */
export async function parseOffencesBytesInParts(
  bytes: Uint8Array,
  fileName: string,
  options: ByteImportOptions,
  plan: PartPlan,
): Promise<FastImport | null> {
  const first = firstAttempt(bytes, options.encoding);
  if (!first) return null;
  const read = async (a: Attempt, split = true): Promise<FastImport | null | 'not-utf8'> => {
    const prepared = prepare(bytes, a, fileName, options, split ? plan : undefined);
    if (!prepared) return null;
    const done = await plan.run(prepared.jobs, options.onProgress);
    if (prepared.jobs.length > 1 && done.some((d) => d.outcome === 'odd-quotes'))
      return read(a, false);
    return finish(done, prepared, a, bytes, fileName, options);
  };
  const asFirst = await read(first);
  if (asFirst !== 'not-utf8') return asFirst;
  const second = afterNotUtf8(bytes, first);
  return second ? orNull(await read(second)) : null;
}

const orNull = (r: FastImport | null | 'not-utf8') => (r === 'not-utf8' ? null : r);

function firstAttempt(bytes: Uint8Array, forced: TextEncodingName | undefined): Attempt | null {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (forced === 'windows-1252')
    return hasBom ? null : { from: 0, encoding: 'windows-1252', checkUtf8: false };
  // A second BOM would stay in the text the general path sees; leave that file to it.
  if (hasBom && bytes[3] === 0xef && bytes[4] === 0xbb && bytes[5] === 0xbf) return null;
  return { from: hasBom ? 3 : 0, encoding: 'utf-8', checkUtf8: forced !== 'utf-8' };
}

/** Bytes that are not UTF-8 may be Windows-1252, or Mac Roman, which the general path reads. */
function afterNotUtf8(bytes: Uint8Array, first: Attempt): Attempt | null {
  if (first.from > 0 || singleByteEncoding(bytes) !== 'windows-1252') return null;
  return { from: 0, encoding: 'windows-1252', checkUtf8: false };
}

interface Prepared {
  layout: HeadLayout;
  jobs: PartJob[];
}

/** The header and columns from the top of the file, and the parts to read. */
function prepare(
  bytes: Uint8Array,
  a: Attempt,
  fileName: string,
  options: OffenceImportOptions,
  plan?: PartPlan,
): Prepared | null {
  const top = headEnd(bytes, a.from);
  const decode = fieldDecoder(a.encoding);
  const layout = headLayout(decode(bytes, a.from, top), top === bytes.length, fileName, options);
  if (!layout) return null;
  const setup = {
    fileName,
    header: layout.header,
    mapping: layout.detection.mapping,
    delimiter: layout.delimiter,
    categoryMapping: options.categoryMapping,
    encoding: a.encoding,
    validated: a.encoding === 'windows-1252' || a.checkUtf8,
  };
  const bounds = plan ? partBounds(bytes, a.from, top, plan) : [a.from, bytes.length];
  // The first part makes room for the whole file's rows, so the others are joined onto it.
  const capacity =
    bounds.length > 2 ? Math.ceil(((bytes.length - a.from) / (top - a.from)) * HEAD_ROWS * 1.1) : 0;
  const jobs = bounds.slice(1).map((to, k): PartJob => ({
    setup,
    checkUtf8: a.checkUtf8,
    bytes,
    from: bounds[k],
    to,
    byteBase: 0,
    withHeader: k === 0,
    ...(k === 0 ? { capacity } : {}),
  }));
  return { layout, jobs };
}

/**
 * Where the parts begin and end: just after a line feed near each equal
 * share, the first part holding the whole top of the file; one part when the
 * file is small. (A line feed inside a quoted field is found out by the part
 * before it, which then ends in an open quote.)
 */
export function partBounds(bytes: Uint8Array, from: number, top: number, plan: PartPlan): number[] {
  const len = bytes.length;
  const parts = Math.min(plan.parts, Math.floor((len - from) / plan.minPartBytes));
  if (parts < 2) return [from, len];
  const bounds = [from];
  for (let k = 1; k < parts; k++) {
    const lf = bytes.indexOf(10, Math.max(top, from + Math.round((k * (len - from)) / parts)));
    if (lf < 0 || lf + 1 >= len) break;
    if (lf + 1 > bounds[bounds.length - 1]) bounds.push(lf + 1);
  }
  bounds.push(len);
  return bounds;
}

function finish(
  done: PartResult[],
  prepared: Prepared,
  a: Attempt,
  bytes: Uint8Array,
  fileName: string,
  options: OffenceImportOptions,
): FastImport | null | 'not-utf8' {
  if (done.some((d) => d.outcome === 'not-utf8')) return 'not-utf8';
  const rows = done.map((d) => d.rows).filter((r): r is PartRows => r !== null);
  if (rows.length < done.length) return null;
  const { header, detection, delimiter } = prepared.layout;
  const decode = fieldDecoder(a.encoding);
  const result = finishImport(
    mergeParts(rows, fileName),
    header,
    detection,
    delimiter,
    options,
    (s, e) => decode(bytes, s, e).trim(),
  );
  // Rows that cannot be used are worded by the general path alone (footers below the table,
  // WGS 84 rows in a SWEREF file …): a file with any goes there, a clean export stays fast.
  return result && result.problemCount === 0 ? { result, encoding: a.encoding } : null;
}
