import type { SceneSides } from './extentCard';
import { planarArea, planarBBox, type BBox, type PlanarPolygon } from './planar';
import { planarIntersection } from './planarClip';

const overlaps = (p: BBox, q: BBox) =>
  p.minX <= q.maxX && q.minX <= p.maxX && p.minY <= q.maxY && q.minY <= p.maxY;

/**
 * The scenes with some area inside the map's view (a quadrilateral in the same
 * plane), in year A or B: "the scenes in view" of the compare view. A scene
 * that only touches the edge is not in view. Returns their indexes in order.
 */
export function scenesInView(sides: SceneSides[], view: PlanarPolygon): number[] {
  const viewBox = planarBBox(view);
  const inside = (side: PlanarPolygon | null) =>
    side !== null &&
    side.length > 0 &&
    overlaps(planarBBox(side), viewBox) &&
    planarArea(planarIntersection(side, view)) > 0;
  return sides.flatMap((s, i) => (inside(s.a) || inside(s.b) ? [i] : []));
}
