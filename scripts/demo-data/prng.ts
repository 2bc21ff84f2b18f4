/**
 * A small seeded PRNG so the demo data is byte-identical on every run;
 * Math.random would make the calibration checks unreproducible.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
}

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return {
    next(): number {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

/** Derives independent streams from one seed, so adding draws in one part does not shift another. */
export function substream(seed: number, label: string): Rng {
  let h = 2166136261 ^ seed;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 16777619);
  return mulberry32(h >>> 0);
}

export function randInt(rng: Rng, lo: number, hiInclusive: number): number {
  return lo + Math.floor(rng.next() * (hiInclusive - lo + 1));
}

export function normal(rng: Rng): number {
  // Box–Muller; 1 - u keeps the logarithm finite.
  const u = 1 - rng.next();
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export function pickWeighted(rng: Rng, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  let r = rng.next() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i];
    if (r < 0) return i;
  }
  // Floating-point leftovers land on the last positive weight.
  for (let i = weights.length - 1; i >= 0; i--) if (weights[i] > 0) return i;
  throw new Error('pickWeighted: all weights are zero');
}

/** Cumulative table for repeated weighted draws by binary search. */
export class WeightedTable {
  private readonly cum: Float64Array;
  readonly total: number;

  constructor(weights: readonly number[]) {
    this.cum = new Float64Array(weights.length);
    let s = 0;
    weights.forEach((w, i) => {
      s += w;
      this.cum[i] = s;
    });
    if (!(s > 0)) throw new Error('WeightedTable: all weights are zero');
    this.total = s;
  }

  draw(rng: Rng): number {
    const r = rng.next() * this.total;
    let lo = 0;
    let hi = this.cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cum[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

export function shuffleInPlace<T>(rng: Rng, items: T[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}
