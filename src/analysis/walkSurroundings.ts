import type { HotSpotCells } from './density';
import { pointInPlanarPolygon, type PlanarPolygon } from './planar';
import { isMasked } from './privacy';
import {
  offencesAroundPlaces,
  type OffencesWithPlaces,
  type PlaceTally,
} from './offencesAroundPlaces';
import {
  dropSamePlaceNearby,
  hotSpotLabel,
  hotSpotStop,
  odsEdgeLabel,
  odsEdgeStop,
  spreadSuggestions,
  SUGGESTION_RADIUS_METRES,
  SUGGESTION_WIDER_RADIUS_METRES,
} from './stopSuggestions';
import { alongPolyline, pointsNearPolyline, type PlanarPoint } from './walkRoute';

export interface SurroundingsOffences extends OffencesWithPlaces {
  /** Index into CATEGORIES, or 255 (unknown). */
  category: Uint8Array;
}

export interface SurroundingsExtent {
  id: string;
  name: string;
  year?: number;
  planar: PlanarPolygon;
}

/** Offences of one category near the route; `count` is null when below the privacy threshold. */
export interface CategoryNearRoute {
  category: number;
  count: number | null;
}

export interface ExtentOnRoute {
  id: string;
  name: string;
  year?: number;
  /** Where the route crosses the extent's edge. */
  crossings: PlanarPoint[];
  /** The route has a vertex inside the extent (it may enter and leave between vertices too). */
  entersInside: boolean;
  /** Metres between the route and the extent when it neither crosses nor enters. */
  distance: number;
}

export interface HotCellOnRoute {
  centre: PlanarPoint;
  z: number;
  /** Metres from the cell centre to the route. */
  distance: number;
  /** The nearest point on the route and how far along it lies. */
  nearest: PlanarPoint;
  chainage: number;
}

export interface StopSuggestion {
  kind: 'hotspot' | 'ods-edge';
  /** Plain Swedish for a fältassistent (`stopSuggestions`), no statistics jargon. */
  label: string;
  /** Short, for the stop it becomes (its street); the label is the stop's note. */
  stopName: string;
  /** The street or scene the label names first; null when none can be named. */
  place: string | null;
  position: PlanarPoint;
  chainage: number;
  /** How strongly the place asks for a stop: an ÖDS edge 100, a hot cell its z. */
  weight: number;
}

export interface WalkSurroundings {
  distance: number;
  /** Every category with at least one offence near the route, largest first. */
  categories: CategoryNearRoute[];
  /** All offences near the route; null when below the threshold. */
  total: number | null;
  extents: ExtentOnRoute[];
  hotCells: HotCellOnRoute[];
  suggestions: StopSuggestion[];
}

function segmentCrossing(
  [ax, ay]: PlanarPoint,
  [bx, by]: PlanarPoint,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): PlanarPoint | null {
  const rX = bx - ax;
  const rY = by - ay;
  const sX = dx - cx;
  const sY = dy - cy;
  const denom = rX * sY - rY * sX;
  if (denom === 0) return null;
  const t = ((cx - ax) * sY - (cy - ay) * sX) / denom;
  const u = ((cx - ax) * rY - (cy - ay) * rX) / denom;
  return t >= 0 && t <= 1 && u >= 0 && u <= 1 ? [ax + t * rX, ay + t * rY] : null;
}

function extentOnRoute(route: PlanarPoint[], x: SurroundingsExtent): ExtentOnRoute {
  const crossings: PlanarPoint[] = [];
  let distance = Infinity;
  for (const part of x.planar) {
    for (const ring of part) {
      for (let k = 0; k + 3 < ring.length; k += 2) {
        distance = Math.min(distance, alongPolyline(route, ring[k], ring[k + 1]).distance);
        for (let i = 1; i < route.length; i++) {
          const c = segmentCrossing(
            route[i - 1],
            route[i],
            ring[k],
            ring[k + 1],
            ring[k + 2],
            ring[k + 3],
          );
          if (c) crossings.push(c);
        }
      }
    }
  }
  crossings.sort(
    (a, b) => alongPolyline(route, a[0], a[1]).chainage - alongPolyline(route, b[0], b[1]).chainage,
  );
  const entersInside = route.some(([px, py]) => pointInPlanarPolygon(x.planar, px, py));
  if (crossings.length > 0 || entersInside) distance = 0;
  return { id: x.id, name: x.name, year: x.year, crossings, entersInside, distance };
}

function hotCellsOnRoute(
  route: PlanarPoint[],
  hot: HotSpotCells,
  distance: number,
): HotCellOnRoute[] {
  const reach = distance + (hot.cellSize * Math.SQRT2) / 2;
  const out: HotCellOnRoute[] = [];
  for (const cell of hot.cells) {
    if (cell.sign !== 1) continue;
    const cx = hot.minX + ((cell.index % hot.cols) + 0.5) * hot.cellSize;
    const cy = hot.minY + (Math.floor(cell.index / hot.cols) + 0.5) * hot.cellSize;
    const a = alongPolyline(route, cx, cy);
    // The cell counts when any part of it lies within the distance (centre within half a diagonal more).
    if (a.distance <= reach) {
      out.push({
        centre: [cx, cy],
        z: cell.z,
        distance: a.distance,
        nearest: a.nearest,
        chainage: a.chainage,
      });
    }
  }
  return out.sort((p, q) => p.chainage - q.chainage);
}

/**
 * Stops worth making, strongest first: on the route where it crosses an ÖDS edge (always worth
 * a stop over a hot cell) and where it passes a hot cell, never two within 50 m of each other
 * nor two naming the same street or scene within 150 m.
 */
function suggestStops(
  hotCells: (HotCellOnRoute & { tally: PlaceTally })[],
  extents: ExtentOnRoute[],
  route: PlanarPoint[],
): StopSuggestion[] {
  const candidates: StopSuggestion[] = [
    ...extents.flatMap((x) =>
      x.crossings.map((c) => ({
        kind: 'ods-edge' as const,
        label: odsEdgeLabel(x.name, x.year),
        stopName: odsEdgeStop(x.name, x.year),
        place: x.name,
        position: c,
        chainage: alongPolyline(route, c[0], c[1]).chainage,
        weight: 100,
      })),
    ),
    ...hotCells.map((h) => ({
      kind: 'hotspot' as const,
      label: hotSpotLabel(h.tally),
      stopName: hotSpotStop(h.tally.street, h.chainage),
      place: h.tally.street,
      position: h.nearest,
      chainage: h.chainage,
      weight: h.z,
    })),
  ].sort((a, b) => a.chainage - b.chainage);
  return dropSamePlaceNearby(spreadSuggestions(candidates, []));
}

/**
 * What lies along a planned route: offences within `distance` metres per category (the
 * privacy threshold applied), the ÖDS extents it passes or crosses, the hot cells it passes,
 * and stops to suggest there.
 */
export function walkSurroundings(input: {
  route: PlanarPoint[];
  distance: number;
  offences: SurroundingsOffences | null;
  /** The offences in the chosen period and filter. */
  mask: Uint8Array | null;
  extents: SurroundingsExtent[];
  hotCells: HotSpotCells | null;
  privacyThreshold: number;
}): WalkSurroundings {
  const { route, distance, offences, mask, privacyThreshold } = input;
  const mk = (count: number) => (isMasked(count, privacyThreshold) ? null : count);
  if (route.length === 0) {
    return { distance, categories: [], total: null, extents: [], hotCells: [], suggestions: [] };
  }
  const counts = new Map<number, number>();
  let total = 0;
  if (offences) {
    const near = pointsNearPolyline(
      offences.e,
      offences.n,
      offences.count,
      route,
      distance,
      mask ?? undefined,
    );
    for (const i of near)
      counts.set(offences.category[i], (counts.get(offences.category[i]) ?? 0) + 1);
    total = near.length;
  }
  const categories = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .map(([category, count]) => ({ category, count: mk(count) }));
  const extents = input.extents
    .map((x) => extentOnRoute(route, x))
    .filter((x) => x.distance <= distance)
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name, 'sv'));
  const hot = input.hotCells;
  const hotCells = hot ? hotCellsOnRoute(route, hot, distance) : [];
  const around = offences
    ? offencesAroundPlaces(
        offences,
        mask,
        hotCells.map((h) => h.nearest),
        [SUGGESTION_RADIUS_METRES, SUGGESTION_WIDER_RADIUS_METRES],
        privacyThreshold,
      )
    : null;
  const counted = hotCells.map((h, i) => ({
    ...h,
    tally: around?.[i] ?? { count: null, radius: SUGGESTION_RADIUS_METRES, street: null },
  }));
  return {
    distance,
    categories,
    total: offences ? mk(total) : null,
    extents,
    hotCells,
    suggestions: suggestStops(counted, extents, route),
  };
}
