/**
 * Measures along a walk's route in a metric plane (SWEREF 99 TM): length, walking time,
 * and what lies within a distance of it. Points are [easting, northing] in metres.
 */
export type PlanarPoint = [number, number];

export function polylineLength(line: PlanarPoint[]): number {
  let total = 0;
  for (let i = 1; i < line.length; i++) {
    total += Math.hypot(line[i][0] - line[i - 1][0], line[i][1] - line[i - 1][1]);
  }
  return total;
}

/** Walking at `paceKmh` plus `minutesPerStop` at each stop, rounded up to whole minutes. */
export function walkingMinutes(
  lengthMetres: number,
  paceKmh: number,
  stops: number,
  minutesPerStop: number,
): number {
  if (!(paceKmh > 0)) return NaN;
  const walking = (lengthMetres / 1000 / paceKmh) * 60;
  return Math.ceil(walking + Math.max(0, stops) * Math.max(0, minutesPerStop) - 1e-9);
}

export interface Along {
  /** Distance from the point to the line, metres. */
  distance: number;
  /** The nearest point on the line. */
  nearest: PlanarPoint;
  /** Metres along the line from its start to `nearest`. */
  chainage: number;
}

/** The nearest point on the polyline to (x, y); a single point counts as a line of one vertex. */
export function alongPolyline(line: PlanarPoint[], x: number, y: number): Along {
  let best: Along = { distance: Infinity, nearest: [NaN, NaN], chainage: 0 };
  if (line.length === 1) {
    return { distance: Math.hypot(x - line[0][0], y - line[0][1]), nearest: line[0], chainage: 0 };
  }
  let start = 0;
  for (let i = 1; i < line.length; i++) {
    const [ax, ay] = line[i - 1];
    const [bx, by] = line[i];
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
    const px = ax + t * dx;
    const py = ay + t * dy;
    const d = Math.hypot(x - px, y - py);
    if (d < best.distance)
      best = { distance: d, nearest: [px, py], chainage: start + t * Math.sqrt(len2) };
    start += Math.sqrt(len2);
  }
  return best;
}

/**
 * Indices of the points within `distance` metres of the polyline (its buffer, round ends),
 * among those with `mask[i] = 1` when a mask is given. Each segment is tested only against
 * points inside its own box grown by the distance, so a short route over a city's offences
 * costs one pass over the coordinates.
 */
export function pointsNearPolyline(
  e: ArrayLike<number>,
  n: ArrayLike<number>,
  count: number,
  line: PlanarPoint[],
  distance: number,
  mask?: Uint8Array,
): number[] {
  if (line.length === 0 || !(distance >= 0)) return [];
  const segments =
    line.length === 1 ? [[line[0], line[0]]] : line.slice(1).map((b, i) => [line[i], b]);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of line) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  minX -= distance;
  minY -= distance;
  maxX += distance;
  maxY += distance;
  const d2 = distance * distance;
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    if (mask && mask[i] === 0) continue;
    const x = e[i];
    const y = n[i];
    if (x < minX || x > maxX || y < minY || y > maxY) continue;
    for (const [[ax, ay], [bx, by]] of segments) {
      if (
        x < Math.min(ax, bx) - distance ||
        x > Math.max(ax, bx) + distance ||
        y < Math.min(ay, by) - distance ||
        y > Math.max(ay, by) + distance
      )
        continue;
      const dx = bx - ax;
      const dy = by - ay;
      const len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
      const ex = ax + t * dx - x;
      const ey = ay + t * dy - y;
      if (ex * ex + ey * ey <= d2) {
        out.push(i);
        break;
      }
    }
  }
  return out;
}

/**
 * The stop (index into `stops`) an observation belongs to: the nearest within `maxDistance`
 * metres, else null ("mellan stoppen").
 */
export function nearestStop(
  stops: PlanarPoint[],
  point: PlanarPoint,
  maxDistance: number,
): number | null {
  let best: number | null = null;
  let bestD = maxDistance;
  stops.forEach(([x, y], i) => {
    const d = Math.hypot(point[0] - x, point[1] - y);
    if (d <= bestD) [best, bestD] = [i, d];
  });
  return best;
}
