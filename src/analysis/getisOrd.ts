import { normalTwoSidedP } from './normalDistribution';

/**
 * Getis-Ord Gi* hot spots on a grid of counts, with a fixed square
 * neighbourhood (the cell and its neighbours within `radius` cells), and a
 * Benjamini–Hochberg false-discovery-rate correction so that testing
 * thousands of cells does not produce hot spots by chance.
 */
export interface HotSpotInput {
  cols: number;
  rows: number;
  counts: Float32Array;
  /** 1 for cells in the study area (e.g. centre inside a stadsdel); others are ignored. */
  study: Uint8Array;
  radius: number;
}

export interface HotSpotResult {
  z: Float32Array;
  /** +1 hot spot, −1 cold spot, 0 not significant, for cells in the study area. */
  significant: Int8Array;
}

/** Summed-area table with one extra row and column of zeros. */
function integral(values: Float32Array | Uint8Array, cols: number, rows: number): Float64Array {
  const w = cols + 1;
  const s = new Float64Array(w * (rows + 1));
  for (let r = 0; r < rows; r++) {
    let rowSum = 0;
    for (let c = 0; c < cols; c++) {
      rowSum += values[r * cols + c];
      s[(r + 1) * w + c + 1] = s[r * w + c + 1] + rowSum;
    }
  }
  return s;
}

function boxSum(
  s: Float64Array,
  cols: number,
  r0: number,
  c0: number,
  r1: number,
  c1: number,
): number {
  const w = cols + 1;
  return s[(r1 + 1) * w + c1 + 1] - s[r0 * w + c1 + 1] - s[(r1 + 1) * w + c0] + s[r0 * w + c0];
}

/** Benjamini–Hochberg: which of the p-values are discoveries at false-discovery rate q. */
export function benjaminiHochberg(pValues: number[], q = 0.05): boolean[] {
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  let cutoff = -1;
  order.forEach(({ p }, k) => {
    if (p <= ((k + 1) / order.length) * q) cutoff = k;
  });
  const out = new Array<boolean>(pValues.length).fill(false);
  for (let k = 0; k <= cutoff; k++) out[order[k].i] = true;
  return out;
}

export function getisOrdStar(input: HotSpotInput, q = 0.05): HotSpotResult {
  const { cols, rows, counts, study, radius } = input;
  const masked = new Float32Array(counts.length);
  let n = 0;
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < counts.length; i++) {
    if (!study[i]) continue;
    masked[i] = counts[i];
    n++;
    sum += counts[i];
    sumSq += counts[i] * counts[i];
  }
  const z = new Float32Array(counts.length);
  const significant = new Int8Array(counts.length);
  if (n < 3) return { z, significant };
  const mean = sum / n;
  const s = Math.sqrt(Math.max(0, sumSq / n - mean * mean));
  if (s === 0) return { z, significant };
  const xs = integral(masked, cols, rows);
  const ws = integral(study, cols, rows);
  const tested: number[] = [];
  const pValues: number[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      if (!study[i]) continue;
      const [r0, r1, c0, c1] = [
        Math.max(0, r - radius),
        Math.min(rows - 1, r + radius),
        Math.max(0, c - radius),
        Math.min(cols - 1, c + radius),
      ];
      const wSum = boxSum(ws, cols, r0, c0, r1, c1);
      const local = boxSum(xs, cols, r0, c0, r1, c1);
      // Binary weights: Σw² = Σw.
      const denom = s * Math.sqrt((n * wSum - wSum * wSum) / (n - 1));
      const zi = denom > 0 ? (local - mean * wSum) / denom : 0;
      z[i] = zi;
      tested.push(i);
      pValues.push(normalTwoSidedP(zi));
    }
  }
  benjaminiHochberg(pValues, q).forEach((isDiscovery, k) => {
    if (isDiscovery) significant[tested[k]] = z[tested[k]] > 0 ? 1 : -1;
  });
  return { z, significant };
}
