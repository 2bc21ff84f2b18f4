import type { DuplicateReport } from './parseOffencesCsv';

/** Two independent 32-bit FNV-1a hashes: a 64-bit key, so a million rows keep no copies of their text. */
function rowKey(fields: string[]): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (const f of fields) {
    for (let i = 0; i < f.length; i++) {
      const c = f.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    }
    h1 = Math.imul(h1 ^ 0x1f, 0x01000193);
    h2 = Math.imul(h2 ^ 0x1f, 0x5bd1e995);
  }
  return `${h1 >>> 0}:${h2 >>> 0}`;
}

/**
 * Finds rows that repeat an earlier row: same ärendenummer and the same
 * value in every field. One case with several offences (same number, other
 * type or place) is not a duplicate; a row pasted twice is.
 */
export class DuplicateRows {
  private readonly firstLine = new Map<string, number>();
  private count = 0;
  private example: DuplicateReport['example'] = null;

  /** Whether this row repeats an earlier one; rows without an ärendenummer never do. */
  isRepeat(fields: string[], id: string, line: number): boolean {
    if (id === '') return false;
    const key = rowKey(fields.map((f) => f.trim()));
    const first = this.firstLine.get(key);
    if (first === undefined) {
      this.firstLine.set(key, line);
      return false;
    }
    this.count++;
    this.example ??= { id, line, firstLine: first };
    return true;
  }

  report(dropped: boolean): DuplicateReport {
    return { count: this.count, dropped, example: this.example };
  }
}
