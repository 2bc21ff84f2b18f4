import { alongPolyline, type PlanarPoint } from './walkRoute';

/**
 * A stop farther than this from the route is not "on" it: projecting it would pick an arbitrary
 * place along the walk, so it keeps its place after the stops that are. Wider than the 100 m
 * the plan looks along the route by default: a stop is often set on a square or a schoolyard
 * beside the street the route follows.
 */
export const STOP_ON_ROUTE_METRES = 200;

/** Metres along the route to the stop's nearest point, or null when the stop is off the route. */
function chainageOf(route: PlanarPoint[], stop: PlanarPoint, maxDistance: number): number | null {
  if (route.length < 2) return null;
  const along = alongPolyline(route, stop[0], stop[1]);
  return along.distance <= maxDistance ? along.chainage : null;
}

/**
 * The order a walk along `route` passes the stops, as indices into `stops`: those within
 * `maxDistance` metres of the route by their distance along it (ties keep their order), then
 * those off the route, or all of them without a route, in the order they had. SWEREF 99 TM.
 */
export function orderAlongRoute(
  route: PlanarPoint[],
  stops: PlanarPoint[],
  maxDistance = STOP_ON_ROUTE_METRES,
): number[] {
  const placed = stops.map((s, i) => ({ i, at: chainageOf(route, s, maxDistance) }));
  const on = placed.filter((p) => p.at !== null).sort((a, b) => (a.at ?? 0) - (b.at ?? 0));
  const off = placed.filter((p) => p.at === null);
  return [...on, ...off].map((p) => p.i);
}

/**
 * Where a new stop goes in `stops` (their current order, which the user may have set by hand):
 * before the first stop that lies farther along the route or off it, so that in a list in route
 * order it lands in its place, and a hand order of the others is left as it is. A stop off the
 * route, or any stop without a route, goes last.
 */
export function insertionAlongRoute(
  route: PlanarPoint[],
  stops: PlanarPoint[],
  added: PlanarPoint,
  maxDistance = STOP_ON_ROUTE_METRES,
): number {
  const at = chainageOf(route, added, maxDistance);
  if (at === null) return stops.length;
  const later = stops.findIndex((s) => {
    const other = chainageOf(route, s, maxDistance);
    return other === null || other > at;
  });
  return later === -1 ? stops.length : later;
}
