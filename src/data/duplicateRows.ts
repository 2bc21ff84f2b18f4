import type { DuplicateReport } from './parseOffencesCsv';

const P1 = 0x01000193;
const P2 = 0x5bd1e995;

/** A 64-bit row key as two 32-bit hashes: a million rows keep no copies of their text. */
export interface RowKey {
  h1: number;
  h2: number;
}

/** Two independent FNV-1a-style hashes over the trimmed fields' characters. */
function rowKey(fields: string[], key: RowKey): RowKey {
  let h1 = 0x811c9dc5;
  let h2 = P1;
  for (const field of fields) {
    const f = field.trim();
    for (let i = 0; i < f.length; i++) {
      const c = f.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, P1);
      h2 = Math.imul(h2 ^ c, P2);
    }
    h1 = Math.imul(h1 ^ 0x1f, P1);
    h2 = Math.imul(h2 ^ 0x1f, P2);
  }
  key.h1 = h1;
  key.h2 = h2;
  return key;
}

/**
 * Finds rows that repeat an earlier row: same ärendenummer and the same
 * value in every field. One case with several offences (same number, other
 * type or place) is not a duplicate; a row pasted twice is. The keys live in
 * an open-addressing table of typed arrays, not a Map of strings: a million
 * rows cost 24 MB and no garbage.
 */
export class DuplicateRows {
  private h1: Int32Array;
  private h2: Int32Array;
  /** The first line with the key; 0 = an empty slot (lines count from 1). */
  private firstLine: Int32Array;
  private size = 0;
  private count = 0;
  private example: DuplicateReport['example'] = null;
  private readonly key: RowKey = { h1: 0, h2: 0 };

  /** `rows`: how many rows are expected at most, so the table need not grow. */
  constructor(rows = 512) {
    let slots = 1024;
    while (slots < rows * 2) slots *= 2;
    this.h1 = new Int32Array(slots);
    this.h2 = new Int32Array(slots);
    this.firstLine = new Int32Array(slots);
  }

  /** Whether this row repeats an earlier one; rows without an ärendenummer never do. */
  isRepeat(fields: string[], id: string, line: number): boolean {
    if (id === '') return false;
    const key = rowKey(fields, this.key);
    return this.isRepeatKey(key.h1, key.h2, line, () => id);
  }

  /**
   * The same for a caller that hashed the row itself (the fast path hashes
   * bytes), with a non-blank ärendenummer; `id` is asked for only once, for the example.
   */
  isRepeatKey(h1: number, h2: number, line: number, id: () => string): boolean {
    const mask = this.firstLine.length - 1;
    let s = (h1 ^ Math.imul(h2, 0x9e3779b1)) & mask;
    for (; this.firstLine[s] !== 0; s = (s + 1) & mask) {
      if (this.h1[s] !== h1 || this.h2[s] !== h2) continue;
      this.count++;
      this.example ??= { id: id(), line, firstLine: this.firstLine[s] };
      return true;
    }
    this.h1[s] = h1;
    this.h2[s] = h2;
    this.firstLine[s] = line;
    if (++this.size * 2 > this.firstLine.length) this.grow();
    return false;
  }

  report(dropped: boolean): DuplicateReport {
    return { count: this.count, dropped, example: this.example };
  }

  private grow(): void {
    const { h1, h2, firstLine } = this;
    const slots = firstLine.length * 2;
    this.h1 = new Int32Array(slots);
    this.h2 = new Int32Array(slots);
    this.firstLine = new Int32Array(slots);
    const mask = slots - 1;
    for (let k = 0; k < firstLine.length; k++) {
      if (firstLine[k] === 0) continue;
      let s = (h1[k] ^ Math.imul(h2[k], 0x9e3779b1)) & mask;
      while (this.firstLine[s] !== 0) s = (s + 1) & mask;
      this.h1[s] = h1[k];
      this.h2[s] = h2[k];
      this.firstLine[s] = firstLine[k];
    }
  }
}
