import { utf8SequenceLength } from './byteValues';
import type { FieldRanges } from './rowSink';

/** Why a scan stopped early: the file is not valid UTF-8, or has quotes the general path must judge. */
export type ScanOutcome = 'done' | 'not-utf8' | 'odd-quotes';

export type RecordCallback = (ranges: FieldRanges, fieldCount: number, line: number) => void;

const QUOTE = 34;
const LF = 10;
const PROGRESS_BYTES = 1 << 20;

/** Grows the per-record field arrays when a record has more fields than seen so far. */
function grow(r: FieldRanges): FieldRanges {
  const n = r.start.length * 2;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const escaped = new Uint8Array(n);
  start.set(r.start);
  end.set(r.end);
  escaped.set(r.escaped);
  return { start, end, escaped };
}

/**
 * From `i` (a multiple of 4), skips whole words of four bytes with no
 * delimiter, no line feed and no byte ≥ 0x80; returns where the bytes need a
 * look one by one. A word has a byte equal to `x` exactly when
 * `w ^ x·0x01010101` has a zero byte, which the classic test finds.
 */
function plainWordsFrom(
  words: Int32Array,
  i: number,
  len: number,
  delimiters: number,
  lineFeeds: number,
): number {
  while (i + 4 <= len) {
    const w = words[i >> 2];
    const d = w ^ delimiters;
    const l = w ^ lineFeeds;
    if ((((d - 0x01010101) & ~d) | ((l - 0x01010101) & ~l) | w) & 0x80808080) return i;
    i += 4;
  }
  return i;
}

/** Checks the bytes of `[from, to)` as UTF-8; false on the first invalid sequence. */
function validUtf8(b: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (b[i] < 0x80) continue;
    const n = utf8SequenceLength(b, i, to);
    if (n === 0) return false;
    i += n - 1;
  }
  return true;
}

/**
 * Splits the bytes `[from, to)` into records and fields the way papaparse does with
 * `newline: '\n'` for files without quote trouble: a field starting with a
 * quote runs to the quote that is followed by the delimiter, a line feed or
 * the end, with doubled quotes inside; a quote elsewhere is a character.
 * Anything else about quotes stops the scan ('odd-quotes'), since papaparse's
 * recovery from it is the general path's business. Line numbers count line
 * feeds, also those inside quoted fields, like readDelimitedRecords.
 * With `checkUtf8`, every byte ≥ 0x80 is validated on the way.
 */
export function scanRecords(
  b: Uint8Array,
  from: number,
  to: number,
  delimiter: number,
  checkUtf8: boolean,
  onRecord: RecordCallback,
  onProgress?: (fraction: number) => void,
): ScanOutcome {
  const len = to;
  let r: FieldRanges = {
    start: new Int32Array(64),
    end: new Int32Array(64),
    escaped: new Uint8Array(64),
  };
  // Four bytes at a time where the bytes allow it (a view needs a start on a multiple of 4).
  const words =
    b.byteOffset % 4 === 0 ? new Int32Array(b.buffer, b.byteOffset, b.length >> 2) : null;
  const delimiters = Math.imul(delimiter, 0x01010101);
  const lineFeeds = Math.imul(LF, 0x01010101);
  let pos = from;
  let line = 1;
  let nextProgress = pos + PROGRESS_BYTES;
  while (pos < len) {
    const recordLine = line;
    let nf = 0;
    let recordDone = false;
    while (!recordDone) {
      if (nf === r.start.length) r = grow(r);
      if (pos < len && b[pos] === QUOTE) {
        let q = pos + 1;
        let escaped = 0;
        for (;;) {
          q = b.indexOf(QUOTE, q);
          if (q < 0 || q >= len) return 'odd-quotes';
          if (q + 1 < len && b[q + 1] === QUOTE) {
            escaped = 1;
            q += 2;
            continue;
          }
          break;
        }
        for (let k = b.indexOf(LF, pos + 1); k >= 0 && k < q; k = b.indexOf(LF, k + 1)) line++;
        if (checkUtf8 && !validUtf8(b, pos + 1, q)) return 'not-utf8';
        r.start[nf] = pos + 1;
        r.end[nf] = q;
        r.escaped[nf] = escaped;
        nf++;
        const after = q + 1;
        if (after >= len) {
          pos = len;
          recordDone = true;
        } else if (b[after] === delimiter) {
          pos = after + 1;
        } else if (b[after] === LF) {
          pos = after + 1;
          line++;
          recordDone = true;
        } else return 'odd-quotes';
      } else {
        let i = pos;
        let c = 0;
        for (; i < len; i++) {
          if (words !== null && (i & 3) === 0) {
            i = plainWordsFrom(words, i, len, delimiters, lineFeeds);
            if (i >= len) break;
          }
          c = b[i];
          if (c === delimiter || c === LF) break;
          if (c >= 0x80 && checkUtf8) {
            const n = utf8SequenceLength(b, i, len);
            if (n === 0) return 'not-utf8';
            i += n - 1;
          }
        }
        r.start[nf] = pos;
        r.end[nf] = i;
        r.escaped[nf] = 0;
        nf++;
        if (i >= len) {
          pos = len;
          recordDone = true;
        } else {
          pos = i + 1;
          if (c === LF) {
            line++;
            recordDone = true;
          }
        }
      }
    }
    // The CR of a CRLF line break belongs to no field (readDelimitedRecords strips it the same way).
    const last = nf - 1;
    if (r.end[last] > r.start[last] && b[r.end[last] - 1] === 13) r.end[last]--;
    onRecord(r, nf, recordLine);
    if (pos >= nextProgress) {
      onProgress?.((pos - from) / (len - from));
      nextProgress = pos + PROGRESS_BYTES;
    }
  }
  return 'done';
}
