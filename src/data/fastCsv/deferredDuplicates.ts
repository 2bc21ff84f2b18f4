import type { DuplicateReport } from '../parseOffencesCsv';

/** A part's keys: `rows` rows of STRIDE numbers, and the ärendenummer given as text, by line. */
export interface DuplicateKeys {
  keys: Int32Array;
  rows: number;
  idTexts: [number, string][];
}

/** Per row: h1, h2, line, and where its ärendenummer is in the file (start, end). */
const STRIDE = 5;
/** Rows are split by the top bits of h1, so each bucket's table stays in the processor's cache. */
const PART_BITS = 8;

/**
 * The fast path's duplicate check, done after the scan: keys are collected in
 * file order (this class, for one part of the file), then split into buckets
 * by hash, and each bucket is checked in file order with a small table
 * (`reportDuplicates`). A row repeats an earlier one exactly when it would in
 * one big table (equal keys always share a bucket), and the first repeat in
 * the file is the one the general path reports; but one big table costs a
 * cache miss a row, which was a fifth of the whole load.
 */
export class DeferredDuplicates {
  private keys: Int32Array;
  private rows = 0;
  /** Ärendenummer whose bytes are not their text (quoted with doubled quotes, odd spaces), by line. */
  private readonly idTexts = new Map<number, string>();

  constructor(capacity: number) {
    this.keys = new Int32Array(Math.max(capacity, 1) * STRIDE);
  }

  /** A row with a non-blank ärendenummer at bytes `[idStart, idEnd)`. */
  add(h1: number, h2: number, line: number, idStart: number, idEnd: number): void {
    if (this.rows * STRIDE === this.keys.length) {
      const next = new Int32Array(this.keys.length * 2);
      next.set(this.keys);
      this.keys = next;
    }
    const at = this.rows++ * STRIDE;
    const k = this.keys;
    k[at] = h1;
    k[at + 1] = h2;
    k[at + 2] = line;
    k[at + 3] = idStart;
    k[at + 4] = idEnd;
  }

  /** The keys as plain data (e.g. to post from another thread); idTexts as [line, text]. */
  keyData(): DuplicateKeys {
    return { keys: this.keys, rows: this.rows, idTexts: [...this.idTexts] };
  }

  /** The same row, with an ärendenummer given as text. */
  addWithIdText(h1: number, h2: number, line: number, id: string): void {
    this.idTexts.set(line, id);
    this.add(h1, h2, line, -1, -1);
  }
}

/** A part's keys and the lines of the file before it (its lines count from 1). */
export type PartKeys = DuplicateKeys & { lineOffset: number };

/**
 * Rows that repeat an earlier row of the file, over its parts' keys in file
 * order. `idText(start, end)`: the trimmed text of an ärendenummer's bytes.
 */
export function reportDuplicates(
  parts: PartKeys[],
  idText: (start: number, end: number) => string,
): DuplicateReport {
  const buckets = 1 << PART_BITS;
  const shift = 32 - PART_BITS;
  const rows = parts.reduce((n, p) => n + p.rows, 0);
  const starts = new Int32Array(buckets + 1);
  for (const { keys: k, rows: n } of parts)
    for (let r = 0; r < n; r++) starts[(k[r * STRIDE] >>> shift) + 1]++;
  let largest = 0;
  for (let p = 0; p < buckets; p++) {
    largest = Math.max(largest, starts[p + 1]);
    starts[p + 1] += starts[p];
  }
  // The keys copied out bucket by bucket (h1, h2, line in the file, row in the file): read in file
  // order, written to 256 places, then each bucket read in one run; gathering rows by index
  // missed the cache each row.
  const fill = starts.slice(0, buckets);
  const sorted = new Int32Array(rows * 4);
  let row = 0;
  for (const { keys: k, rows: n, lineOffset } of parts) {
    for (let r = 0; r < n; r++, row++) {
      const at = r * STRIDE;
      const to = fill[k[at] >>> shift]++ * 4;
      sorted[to] = k[at];
      sorted[to + 1] = k[at + 1];
      sorted[to + 2] = k[at + 2] + lineOffset;
      sorted[to + 3] = row;
    }
  }
  // One open-addressing table for every bucket (h1, h2, first line, the bucket it belongs to):
  // a slot of an earlier bucket counts as empty, so it is never cleared.
  let slots = 1024;
  while (slots < largest * 2) slots *= 2;
  const t = new Int32Array(slots * 4).fill(-1);
  const mask = slots - 1;
  let count = 0;
  let example: DuplicateReport['example'] = null;
  for (let p = 0; p < buckets; p++) {
    for (let j = starts[p] * 4; j < starts[p + 1] * 4; j += 4) {
      const h1 = sorted[j];
      const h2 = sorted[j + 1];
      const line = sorted[j + 2];
      let s = ((h1 ^ Math.imul(h2, 0x9e3779b1)) & mask) * 4;
      while (t[s + 3] === p && (t[s] !== h1 || t[s + 1] !== h2)) s = (s + 4) & (t.length - 1);
      if (t[s + 3] !== p) {
        t[s] = h1;
        t[s + 1] = h2;
        t[s + 2] = line;
        t[s + 3] = p;
        continue;
      }
      count++;
      // The first repeat in the file is the one named, as the general path names it.
      if (!example || line < example.line)
        example = { id: idOf(parts, sorted[j + 3], idText), line, firstLine: t[s + 2] };
    }
  }
  return { count, dropped: false, example };
}

/** The ärendenummer of the file's `row`-th keyed row. */
function idOf(
  parts: PartKeys[],
  row: number,
  idText: (start: number, end: number) => string,
): string {
  let k = 0;
  let r = row;
  while (r >= parts[k].rows) r -= parts[k++].rows;
  const part = parts[k];
  const at = r * STRIDE;
  if (part.keys[at + 3] >= 0) return idText(part.keys[at + 3], part.keys[at + 4]);
  const line = part.keys[at + 2];
  return (part.idTexts.find(([l]) => l === line) as [number, string])[1];
}
