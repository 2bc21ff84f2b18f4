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

export function hexbin(
  xs: Float64Array,
  ys: Float64Array,
  mask: Uint8Array,
  size: number,
): HexBin[] {
  const counts = new Map<string, HexBin>();
  for (let i = 0; i < xs.length; i++) {
    if (mask[i] === 0) continue;
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
