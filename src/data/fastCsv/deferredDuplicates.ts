import { DuplicateRows } from '../duplicateRows';
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
    for (let p = 0; p < parts; p++) starts[p + 1] += starts[p];
    const fill = starts.slice(0, parts);
    const order = new Int32Array(this.rows);
    for (let r = 0; r < this.rows; r++) order[fill[k[r * STRIDE] >>> shift]++] = r;
    let count = 0;
    let example: DuplicateReport['example'] = null;
    let at = 0;
    // One function for every row (no closure a row): it reads the row at `at`.
    const id = () =>
      k[at + 3] < 0 ? (this.idTexts.get(k[at + 2]) as string) : idText(k[at + 3], k[at + 4]);
    for (let p = 0; p < parts; p++) {
      const table = new DuplicateRows(starts[p + 1] - starts[p]);
      for (let j = starts[p]; j < starts[p + 1]; j++) {
        at = order[j] * STRIDE;
        table.isRepeatKey(k[at], k[at + 1], k[at + 2], id);
      }
      const part = table.report(false);
      count += part.count;
      if (part.example && (!example || part.example.line < example.line)) example = part.example;
    }
    return { count, dropped: false, example };
  }
}
