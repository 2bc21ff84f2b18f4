import { insertionAlongRoute, orderAlongRoute } from '../../analysis/stopOrder';
import { projector } from '../../data/crs';
import type { LonLat, WalkStop } from '../../persistence/documents';

/*
 * The order of a walk's stops is the order it passes them, and the number each stop carries on
 * the map, in the list and on the printed card. The rule the user sees:
 * - a stop added (by a tap or from a suggestion) goes in at its place along the route, and the
 *   other stops keep the order they have;
 * - "Flytta upp"/"Flytta ned" moves one stop by hand (a route that loops, or a stop between two
 *   streets, can put a stop where the walk will not be then); that order is kept
 * - until the route is drawn or edited: then every stop is put in the order the new route passes
 *   it again, since the old order may no longer be the walk's.
 * Stops far from the route, or with no route, keep their relative order at the end.
 */

const toTm = (p: LonLat) => projector('EPSG:4326', 'EPSG:3006').forward(p);

/** A name the app gave ("Stopp 3"): it carries the stop's number, so it follows it. */
const GIVEN_NAME = /^Stopp \d+$/;

/** The stops with the names the app gave renumbered to their place in the list. */
function renumbered(stops: WalkStop[]): WalkStop[] {
  return stops.map((s, i) =>
    GIVEN_NAME.test(s.name) && s.name !== `Stopp ${i + 1}` ? { ...s, name: `Stopp ${i + 1}` } : s,
  );
}

/** The stops with a stop tapped on the map added at its place along the route. */
export function withTappedStop(stops: WalkStop[], route: LonLat[], position: LonLat): WalkStop[] {
  // Named like the last stop; renumbering gives it the number of its place.
  return withStop(stops, route, { name: `Stopp ${stops.length + 1}`, position });
}

/** The stops with `stop` added at its place along the route. */
export function withStop(stops: WalkStop[], route: LonLat[], stop: WalkStop): WalkStop[] {
  const at = insertionAlongRoute(
    route.map(toTm),
    stops.map((s) => toTm(s.position)),
    toTm(stop.position),
  );
  return renumbered([...stops.slice(0, at), stop, ...stops.slice(at)]);
}

/** The stops in the order `route` passes them: after the route was drawn or edited. */
export function stopsAlongRoute(stops: WalkStop[], route: LonLat[]): WalkStop[] {
  const order = orderAlongRoute(
    route.map(toTm),
    stops.map((s) => toTm(s.position)),
  );
  return renumbered(order.map((i) => stops[i]));
}

/** The stops with the one at `index` moved one place up (-1) or down (+1) by hand. */
export function movedStop(stops: WalkStop[], index: number, step: -1 | 1): WalkStop[] {
  const to = index + step;
  if (index < 0 || index >= stops.length || to < 0 || to >= stops.length) return stops;
  const next = [...stops];
  [next[index], next[to]] = [next[to], next[index]];
  return renumbered(next);
}

/** The stops without the one at `index`. */
export function withoutStop(stops: WalkStop[], index: number): WalkStop[] {
  return renumbered(stops.filter((_, k) => k !== index));
}
