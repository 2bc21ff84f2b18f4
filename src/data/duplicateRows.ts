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

/** Slot layout in the table: h1, h2, first line (0 = empty; lines count from 1), unused. */
const STRIDE = 4;

const slotOf = (h1: number, h2: number, mask: number) => (h1 ^ Math.imul(h2, 0x9e3779b1)) & mask;

/**
 * Finds rows that repeat an earlier row: same ärendenummer and the same
 * value in every field. One case with several offences (same number, other
 * type or place) is not a duplicate; a row pasted twice is. The keys live in
 * one open-addressing typed array, a slot's three numbers side by side, so a
 * row costs one cache miss and no garbage (a Map of strings cost seconds).
 */
export class DuplicateRows {
  private table: Int32Array;
  private size = 0;
  private count = 0;
  private example: DuplicateReport['example'] = null;
  private readonly key: RowKey = { h1: 0, h2: 0 };

  /** `rows`: how many rows are expected at most, so the table need not grow. */
  constructor(rows = 512) {
    let slots = 1024;
    while (slots < rows * 2) slots *= 2;
    this.table = new Int32Array(slots * STRIDE);
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
    const t = this.table;
    const mask = t.length / STRIDE - 1;
    let at = slotOf(h1, h2, mask) * STRIDE;
    for (; t[at + 2] !== 0; at = (at + STRIDE) & (t.length - 1)) {
      if (t[at] !== h1 || t[at + 1] !== h2) continue;
      this.count++;
      this.example ??= { id: id(), line, firstLine: t[at + 2] };
      return true;
    }
    t[at] = h1;
    t[at + 1] = h2;
    t[at + 2] = line;
    if (++this.size * 2 * STRIDE > t.length) this.grow();
    return false;
  }

  report(dropped: boolean): DuplicateReport {
    return { count: this.count, dropped, example: this.example };
  }

  private grow(): void {
    const old = this.table;
    const t = (this.table = new Int32Array(old.length * 2));
    const mask = t.length / STRIDE - 1;
    for (let k = 0; k < old.length; k += STRIDE) {
      if (old[k + 2] === 0) continue;
      let at = slotOf(old[k], old[k + 1], mask) * STRIDE;
      while (t[at + 2] !== 0) at = (at + STRIDE) & (t.length - 1);
      t.set(old.subarray(k, k + STRIDE), at);
    }
  }
}
