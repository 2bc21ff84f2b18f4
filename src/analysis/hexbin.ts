/**
 * Hexagon bins in metres on SWEREF 99 TM, pointy-top, `size` = side length
 * (= circumradius). Index computed directly per point (axial coordinates,
 * cube rounding) instead of testing polygons, as turf.collect would.
 */
export interface HexBin {
  q: number;
  r: number;
  count: number;
  /** Centre in SWEREF 99 TM. */
  x: number;
  y: number;
}

const SQRT3 = Math.sqrt(3);

export function hexCentre(q: number, r: number, size: number): [number, number] {
  return [size * SQRT3 * (q + r / 2), size * 1.5 * r];
}

export function hexCorners(q: number, r: number, size: number): [number, number][] {
  const [cx, cy] = hexCentre(q, r, size);
  return Array.from({ length: 6 }, (_, k) => {
    const a = (Math.PI / 180) * (60 * k - 30);
    return [cx + size * Math.cos(a), cy + size * Math.sin(a)] as [number, number];
  });
}

export function hexOf(x: number, y: number, size: number): [number, number] {
  const qf = ((SQRT3 / 3) * x - y / 3) / size;
  const rf = ((2 / 3) * y) / size;
  const sf = -qf - rf;
  let q = Math.round(qf);
  let r = Math.round(rf);
  const s = Math.round(sf);
  const dq = Math.abs(q - qf);
  const dr = Math.abs(r - rf);
  const ds = Math.abs(s - sf);
  if (dq > dr && dq > ds) q = -r - s;
  else if (dr > ds) r = -q - s;
  return [q, r];
}

/** Hexagons of the selected points (NaN/∞ skipped) and the range of their q and r. */
function hexIndices(
  xs: Float64Array,
  ys: Float64Array,
  mask: Uint8Array,
  size: number,
  qs: Int32Array,
  rs: Int32Array,
  keep: Uint8Array,
  range: Float64Array,
): void {
  let qMin = Infinity;
  let qMax = -Infinity;
  let rMin = Infinity;
  let rMax = -Infinity;
  for (let i = 0; i < xs.length; i++) {
    if (mask[i] === 0) continue;
    const x = xs[i];
    const y = ys[i];
    // The arithmetic of hexOf, inlined.
    const qf = ((SQRT3 / 3) * x - y / 3) / size;
    const rf = ((2 / 3) * y) / size;
    if (qf - qf !== 0 || rf - rf !== 0) continue;
    if (Math.abs(qf) > 1e9 || Math.abs(rf) > 1e9) {
      range[4] = 1; // beyond Int32: the caller falls back to plain numbers
      return;
    }
    const sf = -qf - rf;
    let q = Math.round(qf);
    let r = Math.round(rf);
    const s = Math.round(sf);
    const dq = Math.abs(q - qf);
    const dr = Math.abs(r - rf);
    const ds = Math.abs(s - sf);
    if (dq > dr && dq > ds) q = -r - s;
    else if (dr > ds) r = -q - s;
    qs[i] = q;
    rs[i] = r;
    keep[i] = 1;
    if (q < qMin) qMin = q;
    if (q > qMax) qMax = q;
    if (r < rMin) rMin = r;
    if (r > rMax) rMax = r;
  }
  range[0] = qMin;
  range[1] = qMax;
  range[2] = rMin;
  range[3] = rMax;
}

/** Counts in a dense array over the q × r range; `order` gets each hexagon's key on its first point. */
function countDense(
  qs: Int32Array,
  rs: Int32Array,
  keep: Uint8Array,
  qMin: number,
  rMin: number,
  spanR: number,
  counts: Uint32Array,
  order: Int32Array,
): number {
  let bins = 0;
  for (let i = 0; i < qs.length; i++) {
    if (keep[i] === 0) continue;
    const key = (qs[i] - qMin) * spanR + (rs[i] - rMin);
    if (counts[key]++ === 0) order[bins++] = key;
  }
  return bins;
}

/** Any size and extent: a Map keyed by "q,r" (the first version; kept for extreme inputs). */
function hexbinByKey(xs: Float64Array, ys: Float64Array, mask: Uint8Array, size: number): HexBin[] {
  const counts = new Map<string, HexBin>();
  for (let i = 0; i < xs.length; i++) {
    if (mask[i] === 0 || xs[i] - xs[i] !== 0 || ys[i] - ys[i] !== 0) continue;
    const [q, r] = hexOf(xs[i], ys[i], size);
    const key = `${q},${r}`;
    const bin = counts.get(key);
    if (bin) bin.count++;
    else {
      const [x, y] = hexCentre(q, r, size);
      counts.set(key, { q, r, count: 1, x, y });
    }
  }
  return [...counts.values()];
}

/** Dense counting is used up to this many cells in the q × r range (16 MB), a Map beyond. */
const DENSE_LIMIT = 1 << 22;

/**
 * Points per hexagon, for the points whose mask is 1, in order of each
 * hexagon's first point. Measured here ~4× faster than a Map keyed by "q,r"
 * strings and ~30× faster per point than turf.collect (`npm run bench`).
 */
export function hexbin(
  xs: Float64Array,
  ys: Float64Array,
  mask: Uint8Array,
  size: number,
): HexBin[] {
  const n = xs.length;
  const qs = new Int32Array(n);
  const rs = new Int32Array(n);
  const keep = new Uint8Array(n);
  const range = new Float64Array(5);
  hexIndices(xs, ys, mask, size, qs, rs, keep, range);
  if (range[4] === 1) return hexbinByKey(xs, ys, mask, size);
  const [qMin, qMax, rMin, rMax] = range;
  if (qMin > qMax) return [];
  const bin = (q: number, r: number, count: number): HexBin => {
    const [x, y] = hexCentre(q, r, size);
    return { q, r, count, x, y };
  };
  const spanR = rMax - rMin + 1;
  const span = (qMax - qMin + 1) * spanR;
  if (span <= DENSE_LIMIT) {
    const counts = new Uint32Array(span);
    const order = new Int32Array(Math.min(n, span));
    const bins = countDense(qs, rs, keep, qMin, rMin, spanR, counts, order);
    const out: HexBin[] = new Array(bins);
    for (let k = 0; k < bins; k++) {
      const key = order[k];
      out[k] = bin(Math.floor(key / spanR) + qMin, (key % spanR) + rMin, counts[key]);
    }
    return out;
  }
  // Points spread over a huge range (hexagons tiny for the extent): a Map with numeric keys.
  const index = new Map<number, HexBin>();
  for (let i = 0; i < n; i++) {
    if (keep[i] === 0) continue;
    const key = (qs[i] - qMin) * spanR + (rs[i] - rMin);
    const found = index.get(key);
    if (found) found.count++;
    else index.set(key, bin(qs[i], rs[i], 1));
  }
  return [...index.values()];
}
