/**
 * Polygons in a metric plane (SWEREF 99 TM): a list of parts, each a list of
 * rings (outer first, then holes), each ring flat [x0, y0, x1, y1, …] and closed.
 */
export type PlanarRing = Float64Array;
export type PlanarPolygon = PlanarRing[][];

export interface BBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function ringSignedArea(ring: PlanarRing): number {
  let sum = 0;
  for (let i = 0; i + 3 < ring.length; i += 2) {
    sum += ring[i] * ring[i + 3] - ring[i + 2] * ring[i + 1];
  }
  return sum / 2;
}

/** Planar area in m²: outer rings minus holes, whatever their winding. */
export function planarArea(polygon: PlanarPolygon): number {
  let total = 0;
  for (const part of polygon) {
    part.forEach((ring, i) => {
      const a = Math.abs(ringSignedArea(ring));
      total += i === 0 ? a : -a;
    });
  }
  return total;
}

export const squareMetresToHectares = (m2: number): number => m2 / 10_000;

export function planarBBox(polygon: PlanarPolygon): BBox {
  const b = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const part of polygon) {
    const outer = part[0];
    for (let i = 0; i < outer.length; i += 2) {
      if (outer[i] < b.minX) b.minX = outer[i];
      if (outer[i] > b.maxX) b.maxX = outer[i];
      if (outer[i + 1] < b.minY) b.minY = outer[i + 1];
      if (outer[i + 1] > b.maxY) b.maxY = outer[i + 1];
    }
  }
  return b;
}

function onSegment(x: number, y: number, xi: number, yi: number, xj: number, yj: number): boolean {
  if (
    x < Math.min(xi, xj) ||
    x > Math.max(xi, xj) ||
    y < Math.min(yi, yj) ||
    y > Math.max(yi, yj)
  ) {
    return false;
  }
  return (x - xi) * (yj - yi) - (y - yi) * (xj - xi) === 0;
}

/**
 * Even-odd crossing test; a point exactly on an edge or vertex is inside, as
 * in Turf's booleanPointInPolygon. Which area a border point is counted in is
 * decided by the caller (first area in file order for a partition).
 */
export function pointInPlanarPolygon(polygon: PlanarPolygon, x: number, y: number): boolean {
  for (const part of polygon) {
    // Parts of a multipolygon are tested one by one: inside any part is inside, even where parts overlap.
    let inside = false;
    for (const ring of part) {
      for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
        const xi = ring[i];
        const yi = ring[i + 1];
        const xj = ring[j];
        const yj = ring[j + 1];
        if (onSegment(x, y, xi, yi, xj, yj)) return true;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
    if (inside) return true;
  }
  return false;
}
