import type { FieldDecoder } from './fieldDecoder';
import type { PartRows } from './partRows';
import { OffenceRowSink, type FieldRanges, type RowSetup } from './rowSink';
import { scanRecords, type ScanOutcome } from './scanRecords';

/** One part of a file to read: plain data, so it can be posted to another thread. */
export interface PartJob {
  setup: RowSetup;
  /** Validate every byte ≥ 0x80 as UTF-8 on the way. */
  checkUtf8: boolean;
  bytes: Uint8Array;
  /** The part is `bytes[from, to)`; `bytes[0]` is at `byteBase` in the whole file. */
  from: number;
  to: number;
  byteBase: number;
  /** The file's first part: its first non-blank record must be the header. */
  withHeader: boolean;
  /** Rows to make room for at least: the whole file's, in the first of several parts (see mergeParts). */
  capacity?: number;
}

/** Why a part was not read: the scan's reasons, or a first record that is not the header. */
export type PartOutcome = ScanOutcome | 'header-differs';

export interface PartResult {
  outcome: PartOutcome;
  rows: PartRows | null;
}

/** Reads one part of an offence export into columns, by the rules of the general path. */
export function parsePart(job: PartJob, onProgress?: (fraction: number) => void): PartResult {
  const { bytes, from, to, setup } = job;
  const header = setup.header;
  const lineFeeds = countLineFeeds(bytes, from, to);
  const capacity = Math.max(lineFeeds + 1, job.capacity ?? 0);
  const sink = new OffenceRowSink({ ...setup, capacity, byteBase: job.byteBase });
  const decode = sink.decode;
  let headerSeen = !job.withHeader;
  let headerMatches = true;
  const outcome = scanRecords(
    bytes,
    from,
    to,
    setup.delimiter.charCodeAt(0),
    job.checkUtf8,
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
    onProgress,
  );
  if (outcome !== 'done') return { outcome, rows: null };
  if (!headerMatches) return { outcome: 'header-differs', rows: null };
  return { outcome, rows: sink.rows(lineFeeds) };
}

/** Line feeds in `[from, to)`: a part has no more records than that + 1, so columns never grow. */
function countLineFeeds(b: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = b.indexOf(10, from); i >= 0 && i < to; i = b.indexOf(10, i + 1)) n++;
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
