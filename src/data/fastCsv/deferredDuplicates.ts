import type { DuplicateReport } from '../parseOffencesCsv';

/** A part's keys: `rows` rows of STRIDE numbers, and the ärendenummer given as text, by line. */
export interface DuplicateKeys {
  keys: Int32Array;
  rows: number;
  idTexts: [number, string][];
}

/** Per row: h1, h2, line, and where its ärendenummer is in the file (start, end). */
const STRIDE = 5;
/** Rows are split by the top bits of h1, so each part's table stays in the processor's cache. */
const PART_BITS = 8;

/**
 * The fast path's duplicate check, done after the scan: keys are collected in
 * file order, split into parts by hash, and each part is checked in file
 * order with a small table. A row repeats an earlier one exactly when it
 * would in one big table (equal keys always share a part), and the first
 * repeat in the file is the one the general path reports; but one big table
 * costs a cache miss a row, which was a fifth of the whole load.
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

  /**
   * The keys of a file's consecutive parts as one check, in file order: each
   * part's lines counted from 1, so `lineOffset` is the lines before it.
   */
  static joined(parts: (DuplicateKeys & { lineOffset: number })[]): DeferredDuplicates {
    if (parts.length === 1 && parts[0].lineOffset === 0) {
      const one = new DeferredDuplicates(0);
      one.keys = parts[0].keys;
      one.rows = parts[0].rows;
      for (const [line, id] of parts[0].idTexts) one.idTexts.set(line, id);
      return one;
    }
    const all = new DeferredDuplicates(parts.reduce((n, p) => n + p.rows, 0));
    for (const p of parts) {
      const at = all.rows * STRIDE;
      all.keys.set(p.keys.subarray(0, p.rows * STRIDE), at);
      for (let i = at + 2; i < at + p.rows * STRIDE; i += STRIDE) all.keys[i] += p.lineOffset;
      all.rows += p.rows;
      for (const [line, id] of p.idTexts) all.idTexts.set(line + p.lineOffset, id);
    }
    return all;
  }

  /** The same row, with an ärendenummer given as text. */
  addWithIdText(h1: number, h2: number, line: number, id: string): void {
    this.idTexts.set(line, id);
    this.add(h1, h2, line, -1, -1);
  }

  /** `idText(start, end)`: the trimmed text of an ärendenummer's bytes. */
  report(idText: (start: number, end: number) => string): DuplicateReport {
    const k = this.keys;
    const parts = 1 << PART_BITS;
    const shift = 32 - PART_BITS;
    const starts = new Int32Array(parts + 1);
    for (let r = 0; r < this.rows; r++) starts[(k[r * STRIDE] >>> shift) + 1]++;
    let largest = 0;
    for (let p = 0; p < parts; p++) {
      largest = Math.max(largest, starts[p + 1]);
      starts[p + 1] += starts[p];
    }
    // The keys copied out part by part (h1, h2, line, row): read in file order, written to 256
    // places, then each part is read in one run; gathering rows by index missed the cache each row.
    const fill = starts.slice(0, parts);
    const sorted = new Int32Array(this.rows * 4);
    for (let r = 0; r < this.rows; r++) {
      const at = r * STRIDE;
      const to = fill[k[at] >>> shift]++ * 4;
      sorted[to] = k[at];
      sorted[to + 1] = k[at + 1];
      sorted[to + 2] = k[at + 2];
      sorted[to + 3] = r;
    }
    // One open-addressing table for every part (h1, h2, first line, the part it belongs to):
    // a slot of an earlier part counts as empty, so it is never cleared.
    let slots = 1024;
    while (slots < largest * 2) slots *= 2;
    const t = new Int32Array(slots * 4).fill(-1);
    const mask = slots - 1;
    let count = 0;
    let example: DuplicateReport['example'] = null;
    for (let p = 0; p < parts; p++) {
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
        if (!example || line < example.line) {
          const at = sorted[j + 3] * STRIDE;
          const id =
            k[at + 3] < 0 ? (this.idTexts.get(line) as string) : idText(k[at + 3], k[at + 4]);
          example = { id, line, firstLine: t[s + 2] };
        }
      }
    }
    return { count, dropped: false, example };
  }
}
