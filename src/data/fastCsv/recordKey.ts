import type { TextEncodingName } from '../decodeText';
import type { RowKey } from '../duplicateRows';
import { fieldDecoder, fieldEncoder } from './fieldDecoder';
import type { FieldRanges } from './rowSink';

const P1 = 0x01000193;
const P2 = 0x5bd1e995;
/** A field's text as the general path sees it, for the fields whose bytes are not that text. */
export type FieldText = (b: Uint8Array, r: FieldRanges, k: number) => string;

const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/** Bytes that can begin (`first`) or end (`last`) a non-ASCII character that trim() removes. */
interface SpaceEdges {
  first: Uint8Array;
  last: Uint8Array;
}

const edgesByEncoding = new Map<TextEncodingName, SpaceEdges>();

function spaceEdges(encoding: 'utf-8' | 'windows-1252'): SpaceEdges {
  let edges = edgesByEncoding.get(encoding);
  if (!edges) {
    const { first, last } = (edges = { first: new Uint8Array(256), last: new Uint8Array(256) });
    const mark = (bytes: Uint8Array) => {
      first[bytes[0]] = 1;
      last[bytes[bytes.length - 1]] = 1;
    };
    if (encoding === 'utf-8') {
      // Every character trim() removes is in the BMP.
      const utf8 = new TextEncoder();
      for (let c = 0x80; c < 0xd800; c++) {
        if (String.fromCharCode(c).trim() === '') mark(utf8.encode(String.fromCharCode(c)));
      }
      for (let c = 0xe000; c <= 0xffff; c++) {
        if (String.fromCharCode(c).trim() === '') mark(utf8.encode(String.fromCharCode(c)));
      }
    } else {
      const decode = fieldDecoder(encoding);
      for (let c = 0x80; c <= 0xff; c++) {
        if (decode(Uint8Array.of(c), 0, 1).trim() === '') mark(Uint8Array.of(c));
      }
    }
    edgesByEncoding.set(encoding, edges);
  }
  return edges;
}

/**
 * Hashes a record's trimmed fields for the duplicate check without making a
 * string per field. Two rows get the same key exactly when their trimmed,
 * decoded fields are equal (up to hash collisions), as in the general path:
 * the key is taken over each field's bytes in the file's encoding. Those are
 * the trimmed text's bytes unless the field has doubled quotes, may begin or
 * end with a non-ASCII space, or has bytes that may not decode one way (UTF-8
 * that was not validated); such a field is decoded, trimmed and encoded again.
 */
export class RecordKey {
  readonly key: RowKey = { h1: 0, h2: 0 };
  /** Whether the id field of the last record hashed was blank after trimming. */
  idBlank = false;
  /** Whether its bytes, trimmed of ASCII spaces, are its text (else it was decoded). */
  idIsBytes = true;
  private readonly encode: (text: string) => Uint8Array;
  private readonly edges: SpaceEdges;

  /** `validated`: the bytes are Windows-1252, or UTF-8 checked to be valid. */
  constructor(
    encoding: 'utf-8' | 'windows-1252',
    private readonly validated: boolean,
  ) {
    this.encode = fieldEncoder(encoding);
    this.edges = spaceEdges(encoding);
  }

  /** Hashes fields `0..fields-1`; `text` gives a field's decoded text with quotes undone. */
  hash(b: Uint8Array, r: FieldRanges, fields: number, idColumn: number, text: FieldText): RowKey {
    const { first, last } = this.edges;
    let h1 = 0x811c9dc5;
    let h2 = P1;
    for (let k = 0; k < fields; k++) {
      let s = r.start[k];
      let e = r.end[k];
      while (s < e && isAsciiSpace(b[s])) s++;
      while (e > s && isAsciiSpace(b[e - 1])) e--;
      let bytes = b;
      if (r.escaped[k] || (s < e && (first[b[s]] || last[b[e - 1]] || !this.plain(b, s, e)))) {
        bytes = this.encode(text(b, r, k).trim());
        s = 0;
        e = bytes.length;
      }
      if (k === idColumn) {
        this.idBlank = s === e;
        this.idIsBytes = bytes === b;
      }
      // Four bytes at a time; the rotations carry high bits down, which a multiplication never does.
      let i = s;
      for (; i + 4 <= e; i += 4) {
        const w = bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
        h1 = Math.imul(h1 ^ w, P1);
        h1 = (h1 << 13) | (h1 >>> 19);
        h2 = Math.imul(h2 ^ w, P2);
        h2 = (h2 << 17) | (h2 >>> 15);
      }
      let tail = 0;
      for (let shift = 0; i < e; i++, shift += 8) tail |= bytes[i] << shift;
      // The tail, then the length: fields cannot run into each other.
      h1 = Math.imul(h1 ^ tail, P1);
      h2 = Math.imul(h2 ^ tail, P2);
      h1 = Math.imul(((h1 << 13) | (h1 >>> 19)) ^ (e - s), P1);
      h2 = Math.imul(((h2 << 17) | (h2 >>> 15)) ^ (e - s), P2);
    }
    this.key.h1 = h1;
    this.key.h2 = h2;
    return this.key;
  }

  /** The same key for a record given as texts (a record the fast path does not take). */
  hashTexts(fields: string[]): RowKey {
    const bytes = fields.map((f) => this.encode(f.trim()));
    const ranges: FieldRanges = {
      start: new Int32Array(fields.length),
      end: new Int32Array(fields.length),
      escaped: new Uint8Array(fields.length),
    };
    let at = 0;
    bytes.forEach((f, k) => {
      ranges.start[k] = at;
      ranges.end[k] = at += f.length;
    });
    const all = new Uint8Array(at);
    bytes.forEach((f, k) => all.set(f, ranges.start[k]));
    return this.hash(all, ranges, fields.length, -1, (_b, _r, k) => fields[k]);
  }

  /** Whether the bytes stand for one text only (always, unless UTF-8 went unchecked). */
  private plain(b: Uint8Array, s: number, e: number): boolean {
    if (this.validated) return true;
    for (let i = s; i < e; i++) if (b[i] >= 0x80) return false;
    return true;
  }
}
