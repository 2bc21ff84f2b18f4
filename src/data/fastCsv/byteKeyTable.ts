/**
 * A hash table keyed by byte ranges of the input, so a repeated street or
 * offence type is looked up without making a string for every row; the
 * string is made once, the first time its bytes are seen.
 */
export class ByteKeyTable {
  private slots = new Int32Array(1024).fill(-1);
  private keyStart = new Int32Array(256);
  private keyLength = new Int32Array(256);
  private hashes = new Int32Array(256);
  private values = new Int32Array(256);
  private pool = new Uint8Array(4096);
  private poolView = new DataView(this.pool.buffer);
  private input: Uint8Array | null = null;
  private inputView: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));
  private poolUsed = 0;
  size = 0;

  /** The value stored for the bytes `b[start..end)`, or -1. */
  get(b: Uint8Array, start: number, end: number): number {
    const h = hashBytes(b, start, end);
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const k = this.slots[s];
      if (k < 0) return -1;
      if (this.hashes[k] === h && this.sameKey(k, b, start, end)) return this.values[k];
    }
  }

  /** Stores `value` for bytes that `get` did not find. */
  set(b: Uint8Array, start: number, end: number, value: number): void {
    const k = this.size++;
    if (k === this.values.length) this.growKeys();
    const length = end - start;
    if (this.poolUsed + length > this.pool.length) {
      const next = new Uint8Array(Math.max(this.pool.length * 2, this.poolUsed + length));
      next.set(this.pool);
      this.pool = next;
      this.poolView = new DataView(next.buffer);
    }
    this.pool.set(b.subarray(start, end), this.poolUsed);
    this.keyStart[k] = this.poolUsed;
    this.keyLength[k] = length;
    this.poolUsed += length;
    this.hashes[k] = hashBytes(b, start, end);
    this.values[k] = value;
    if (this.size * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(k);
  }

  private sameKey(k: number, b: Uint8Array, start: number, end: number): boolean {
    if (this.keyLength[k] !== end - start) return false;
    const p = this.pool;
    const pv = this.poolView;
    const bv = this.viewOf(b);
    let i = start;
    let j = this.keyStart[k];
    // Four bytes at a time, then the rest.
    for (; i + 4 <= end; i += 4, j += 4) if (bv.getInt32(i) !== pv.getInt32(j)) return false;
    for (; i < end; i++, j++) if (b[i] !== p[j]) return false;
    return true;
  }

  /** A view for reading four bytes at a time, made once per input. */
  private viewOf(b: Uint8Array): DataView {
    if (b !== this.input) {
      this.input = b;
      this.inputView = new DataView(b.buffer, b.byteOffset, b.byteLength);
    }
    return this.inputView;
  }

  private place(k: number): void {
    const mask = this.slots.length - 1;
    let s = this.hashes[k] & mask;
    while (this.slots[s] >= 0) s = (s + 1) & mask;
    this.slots[s] = k;
  }

  private rehash(slots: number): void {
    this.slots = new Int32Array(slots).fill(-1);
    for (let k = 0; k < this.size; k++) this.place(k);
  }

  private growKeys(): void {
    const grow = (a: Int32Array) => {
      const next = new Int32Array(a.length * 2);
      next.set(a);
      return next;
    };
    this.keyStart = grow(this.keyStart);
    this.keyLength = grow(this.keyLength);
    this.hashes = grow(this.hashes);
    this.values = grow(this.values);
  }
}

/** Over the length and at most the first and last 12 bytes (keys are compared in full anyway), four bytes at a time. */
function hashBytes(b: Uint8Array, start: number, end: number): number {
  const h = Math.imul(0x811c9dc5 ^ (end - start), 0x01000193);
  const head = Math.min(end, start + 12);
  return mixBytes(mixBytes(h, b, start, head), b, Math.max(head, end - 12), end);
}

function mixBytes(h: number, b: Uint8Array, start: number, end: number): number {
  let i = start;
  for (; i + 4 <= end; i += 4) {
    h = Math.imul(h ^ (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)), 0x01000193);
    h ^= h >>> 15;
  }
  for (; i < end; i++) h = Math.imul(h ^ b[i], 0x01000193);
  return h ^ (h >>> 13);
}
