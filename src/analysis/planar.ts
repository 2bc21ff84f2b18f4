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

/**
 * Even-odd crossing test with half-open edges. On a border shared by two
 * polygons with identical edges it puts the point in exactly one of them:
 * the one east of a north–south border, north of an east–west border.
 */
export function pointInPlanarPolygon(polygon: PlanarPolygon, x: number, y: number): boolean {
  let inside = false;
  for (const part of polygon) {
    for (const ring of part) {
      for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
        const yi = ring[i + 1];
        const yj = ring[j + 1];
        if (yi > y !== yj > y) {
          const xi = ring[i];
          const xj = ring[j];
          if (x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
        }
      }
    }
  }
  return inside;
}
