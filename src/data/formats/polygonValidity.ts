import { pointInPlanarPolygon, type PlanarPolygon } from '../../analysis/planar';

/**
 * A cheap test of whether a polygon needs make-valid: a ring that crosses
 * itself or another ring (bow-tie, hole across its shell, overlapping parts),
 * a hole that is not inside its shell, a part inside another part, or a ring
 * too short to enclose anything. Valid polygons, by far the most common,
 * then skip the (exact, slow) boolean repair.
 */
export function needsRepair(polygon: PlanarPolygon): boolean {
  for (const rings of polygon) {
    for (const ring of rings) if (ring.length < 8) return true;
    const [shell, ...holes] = rings;
    for (const hole of holes) {
      if (!pointInPlanarPolygon([[shell]], hole[0], hole[1])) return true;
    }
  }
  for (let i = 0; i < polygon.length; i++) {
    for (let j = 0; j < polygon.length; j++) {
      const other = polygon[j][0];
      if (i !== j && pointInPlanarPolygon([[polygon[i][0]]], other[0], other[1])) {
        if (!onAnyVertex(polygon[i][0], other[0], other[1])) return true;
      }
    }
  }
  return hasCrossing(polygon.flat());
}

function onAnyVertex(ring: Float64Array, x: number, y: number): boolean {
  for (let i = 0; i < ring.length; i += 2) if (ring[i] === x && ring[i + 1] === y) return true;
  return false;
}

interface Segment {
  minX: number;
  maxX: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Sweep over x: only segments whose x-ranges overlap are compared. Touching at an end point is no crossing. */
function hasCrossing(rings: Float64Array[]): boolean {
  const segments: Segment[] = [];
  for (const ring of rings) {
    for (let i = 0; i + 3 < ring.length; i += 2) {
      const [x1, y1, x2, y2] = [ring[i], ring[i + 1], ring[i + 2], ring[i + 3]];
      if (x1 === x2 && y1 === y2) continue;
      segments.push({ minX: Math.min(x1, x2), maxX: Math.max(x1, x2), x1, y1, x2, y2 });
    }
  }
  segments.sort((a, b) => a.minX - b.minX);
  const active: Segment[] = [];
  for (const s of segments) {
    for (let k = active.length - 1; k >= 0; k--) {
      if (active[k].maxX < s.minX) active.splice(k, 1);
      else if (properlyCross(active[k], s)) return true;
    }
    active.push(s);
  }
  return false;
}

const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
  Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));

/** Crossing in the interior of both segments, or a collinear overlap longer than a point. */
function properlyCross(a: Segment, b: Segment): boolean {
  const o1 = orient(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1);
  const o2 = orient(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2);
  const o3 = orient(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1);
  const o4 = orient(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2);
  if (o1 * o2 < 0 && o3 * o4 < 0) return true;
  if (o1 === 0 && o2 === 0) return collinearOverlap(a, b);
  // An end point lying inside the other segment (a ring touching itself) is a kink too.
  return (
    (o1 === 0 && strictlyInside(a, b.x1, b.y1) && o3 * o4 <= 0) ||
    (o2 === 0 && strictlyInside(a, b.x2, b.y2) && o3 * o4 <= 0)
  );
}

function strictlyInside(s: Segment, x: number, y: number): boolean {
  const notEnd = !(x === s.x1 && y === s.y1) && !(x === s.x2 && y === s.y2);
  return (
    notEnd && x >= s.minX && x <= s.maxX && y >= Math.min(s.y1, s.y2) && y <= Math.max(s.y1, s.y2)
  );
}

function collinearOverlap(a: Segment, b: Segment): boolean {
  const useX = a.maxX - a.minX >= Math.abs(a.y2 - a.y1);
  const [a0, a1] = useX ? [a.minX, a.maxX] : [Math.min(a.y1, a.y2), Math.max(a.y1, a.y2)];
  const [b0, b1] = useX ? [b.minX, b.maxX] : [Math.min(b.y1, b.y2), Math.max(b.y1, b.y2)];
  return Math.min(a1, b1) - Math.max(a0, b0) > 0;
}
