import type { PlaceTally } from './offencesAroundPlaces';
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
 * When the offences within SUGGESTION_RADIUS_METRES are too few to be shown, a hot-spot
 * suggestion counts within this distance instead: the neighbourhood Gi* weighs (2 cells of 100 m).
 */
export const SUGGESTION_WIDER_RADIUS_METRES = 200;
/** Two suggestions naming the same street or scene this close are one place: the stronger stays. */
export const SAME_PLACE_METRES = 150;

/**
 * A hot cell in words for a fältassistent, saying where first: "Sankt Eriksgatan: 53 anmälda
 * brott inom 100 m, fler än i omgivningen". Without a count (below the privacy threshold at
 * every radius) it says only that there are more than around it.
 */
export function hotSpotLabel(t: PlaceTally): string {
  if (t.count === null) return 'Fler anmälda brott här än i omgivningen';
  const where = t.street ? `${t.street}: ` : '';
  return `${where}${t.count.toLocaleString('sv-SE')} anmälda brott inom ${t.radius} m, fler än i omgivningen`;
}

/** The stop a hot-cell suggestion becomes, named after its street; the sentence goes to its note. */
export function hotSpotStop(street: string | null, chainage: number): string {
  return street ?? `Många brott (${alongRouteText(chainage)})`;
}

/** Where the route crosses the edge of an open drug scene, named first. */
export function odsEdgeLabel(name: string, year: number | undefined): string {
  return `${name}: här går gränsen för den öppna drogscenen${year ? ` (kartlagd ${year})` : ''}`;
}

/** The stop an ÖDS-edge suggestion becomes. */
export function odsEdgeStop(name: string, year: number | undefined): string {
  return `Kanten av drogscenen ${name}${year ? ` ${year}` : ''}`;
}

/**
 * Of suggestions naming the same place (`place`, null names none), only the strongest within
 * `metres` of each other stays: eight lines about one street say nothing eight times.
 */
export function dropSamePlaceNearby<T extends SuggestionCandidate & { place: string | null }>(
  strongestFirst: readonly T[],
  metres = SAME_PLACE_METRES,
): T[] {
  const kept: T[] = [];
  for (const c of strongestFirst) {
    const [x, y] = c.position;
    const twin = kept.some(
      (k) =>
        c.place !== null &&
        k.place === c.place &&
        Math.hypot(k.position[0] - x, k.position[1] - y) < metres,
    );
    if (!twin) kept.push(c);
  }
  return kept;
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
