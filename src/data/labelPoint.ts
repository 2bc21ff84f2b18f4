import type { MultiPolygon, Polygon, Position } from 'geojson';

type Point = [number, number];

/** Lon/lat to a local plane where a degree of longitude is as long as one of latitude. */
function planar(rings: Position[][], cosLat: number): Point[][] {
  return rings.map((ring) => ring.map(([lon, lat]) => [lon * cosLat, lat]));
}

function ringArea(ring: Point[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return Math.abs(sum) / 2;
}

/** The polygon's edges as flat x0, y0, x1, y1 quadruples, for a tight distance loop. */
function edges(rings: Point[][]): Float64Array {
  const count = rings.reduce((n, r) => n + r.length, 0);
  const out = new Float64Array(count * 4);
  let k = 0;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      out[k++] = ring[j][0];
      out[k++] = ring[j][1];
      out[k++] = ring[i][0];
      out[k++] = ring[i][1];
    }
  return out;
}

/** Distance to the nearest edge, negative outside the polygon (holes count as outside). */
function signedDistance(px: number, py: number, e: Float64Array): number {
  let inside = false;
  let nearest2 = Infinity;
  for (let k = 0; k < e.length; k += 4) {
    const ax = e[k];
    const ay = e[k + 1];
    const dx = e[k + 2] - ax;
    const dy = e[k + 3] - ay;
    if (ay > py !== ay + dy > py && px < (dx * (py - ay)) / dy + ax) inside = !inside;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
    const qx = px - ax - t * dx;
    const qy = py - ay - t * dy;
    const d2 = qx * qx + qy * qy;
    if (d2 < nearest2) nearest2 = d2;
  }
  return inside ? Math.sqrt(nearest2) : -Math.sqrt(nearest2);
}

const GRID = 10;
const REFINEMENTS = 5;

/**
 * A point well inside the largest part of an area, far from its edges (close
 * to the "pole of inaccessibility"), so a name written there stays inside even
 * for a U-shaped district or one split by water. Grid search, then refinement
 * around the best cell; deterministic.
 */
export function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const lat0 = polygons[0][0][0][1];
  const cosLat = Math.cos((lat0 * Math.PI) / 180);
  const parts = polygons.map((rings) => planar(rings, cosLat));
  const rings = parts.reduce((a, b) => (ringArea(b[0]) > ringArea(a[0]) ? b : a));
  const e = edges(rings);
  const xs = rings[0].map((p) => p[0]);
  const ys = rings[0].map((p) => p[1]);
  let [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  let [bestX, bestY] = rings[0][0];
  let bestDistance = -Infinity;
  for (let round = 0; round <= REFINEMENTS; round++) {
    const stepX = (maxX - minX) / GRID;
    const stepY = (maxY - minY) / GRID;
    for (let i = 0; i <= GRID; i++)
      for (let j = 0; j <= GRID; j++) {
        const x = minX + i * stepX;
        const y = minY + j * stepY;
        const d = signedDistance(x, y, e);
        if (d > bestDistance) [bestX, bestY, bestDistance] = [x, y, d];
      }
    [minX, maxX, minY, maxY] = [bestX - stepX, bestX + stepX, bestY - stepY, bestY + stepY];
  }
  return [bestX / cosLat, bestY];
}
