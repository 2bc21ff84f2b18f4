import type { PlanarPoint } from './walkRoute';

/** No suggestion lies closer than this to a stop or to another suggestion: one place, one stop. */
export const SUGGESTION_SPACING_METRES = 50;
/** A hot-spot suggestion counts the offences within this distance of the stop. */
export const SUGGESTION_RADIUS_METRES = 100;
/**
 * Nor closer than this to an existing stop: those standing there already see what lies within
 * it, and at the zoom a route is planned at, a suggestion 50–100 m away is drawn on the stop.
 */
export const SUGGESTION_STOP_CLEARANCE_METRES = SUGGESTION_RADIUS_METRES;

export interface SuggestionCandidate {
  /** SWEREF 99 TM metres. */
  position: PlanarPoint;
  /** Larger is more worth a stop. */
  weight: number;
}

/**
 * The candidates worth suggesting, strongest first: each is kept unless it lies within
 * `clearance` metres of a place already taken (an existing stop) or within `spacing` metres of
 * a stronger candidate already kept. Ties keep the candidates' order.
 */
export function spreadSuggestions<T extends SuggestionCandidate>(
  candidates: readonly T[],
  taken: readonly PlanarPoint[],
  spacing = SUGGESTION_SPACING_METRES,
  clearance = SUGGESTION_STOP_CLEARANCE_METRES,
): T[] {
  const order = candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.weight - a.c.weight || a.i - b.i);
  const near = (points: readonly PlanarPoint[], [x, y]: PlanarPoint, metres: number) =>
    points.some(([px, py]) => Math.hypot(px - x, py - y) < metres);
  const occupied: PlanarPoint[] = [];
  const kept: T[] = [];
  for (const { c } of order) {
    if (near(taken, c.position, clearance) || near(occupied, c.position, spacing)) continue;
    kept.push(c);
    occupied.push(c.position);
  }
  return kept;
}

/**
 * A hot cell in words for a fältassistent; `count` (offences within SUGGESTION_RADIUS_METRES)
 * is null below the privacy threshold.
 */
export function hotSpotLabel(count: number | null): string {
  return count === null
    ? 'Fler anmälda brott här än i omgivningen under perioden'
    : `Många anmälda brott här under perioden (${count.toLocaleString('sv-SE')} st inom ${SUGGESTION_RADIUS_METRES} m, fler än i omgivningen)`;
}

/** Where the route crosses the edge of an open drug scene. */
export function odsEdgeLabel(name: string, year: number | undefined): string {
  return `Här går gränsen för den öppna drogscenen ${name}${year ? ` (kartlagd ${year})` : ''}`;
}

/** The stop a hot-cell suggestion becomes, named short; the sentence goes to its note. */
export const HOT_SPOT_STOP = 'Många brott';

/** The stop an ÖDS-edge suggestion becomes. */
export function odsEdgeStop(name: string, year: number | undefined): string {
  return `Kanten av drogscenen ${name}${year ? ` ${year}` : ''}`;
}

/** Where along the route a suggestion lies, to tell two of the same kind apart: "efter 350 m". */
export function alongRouteText(chainage: number): string {
  if (chainage < 5) return 'vid starten';
  if (chainage < 1000) return `efter ${Math.round(chainage / 10) * 10} m`;
  return `efter ${(Math.round(chainage / 100) / 10).toLocaleString('sv-SE')} km`;
}

/** The strongest `count` of the spread suggestions, listed in the order the route passes them. */
export function strongestAlongRoute<T extends { chainage: number }>(
  strongestFirst: readonly T[],
  count: number,
): T[] {
  return strongestFirst.slice(0, count).sort((a, b) => a.chainage - b.chainage);
}
