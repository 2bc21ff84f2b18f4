import type { PatternOffences } from './patterns';

export interface LonLatOffences extends Pick<PatternOffences, 'count' | 'day' | 'category'> {
  lon: Float64Array;
  lat: Float64Array;
}

export interface PointsInView {
  /** Selected offences inside the view. */
  total: number;
  /** [lon, lat, …] and categories, only when `total` ≤ the limit: many raw points are slow to draw without a GPU. */
  positions: Float64Array | null;
  categories: Uint8Array | null;
}

/** [west, south, east, north] in WGS84. */
export type LonLatBounds = [number, number, number, number];

export function pointsInView(
  o: LonLatOffences,
  mask: Uint8Array,
  bounds: LonLatBounds,
  limit: number,
): PointsInView {
  const [w, s, e, n] = bounds;
  const hits: number[] = [];
  let total = 0;
  for (let i = 0; i < o.count; i++) {
    if (mask[i] === 0) continue;
    const x = o.lon[i];
    const y = o.lat[i];
    if (x < w || x > e || y < s || y > n) continue;
    total++;
    if (hits.length <= limit) hits.push(i);
  }
  if (total > limit) return { total, positions: null, categories: null };
  const positions = new Float64Array(hits.length * 2);
  const categories = new Uint8Array(hits.length);
  hits.forEach((i, k) => {
    positions[2 * k] = o.lon[i];
    positions[2 * k + 1] = o.lat[i];
    categories[k] = o.category[i];
  });
  return { total, positions, categories };
}
