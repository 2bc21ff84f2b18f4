import type { PlanarPoint } from './walkRoute';

/** No suggestion lies closer than this to a stop or to another suggestion: one place, one stop. */
export const SUGGESTION_SPACING_METRES = 50;
/** A hot-spot suggestion counts the offences within this distance of the stop. */
export const SUGGESTION_RADIUS_METRES = 100;

export interface SuggestionCandidate {
  /** SWEREF 99 TM metres. */
  position: PlanarPoint;
  /** Larger is more worth a stop. */
  weight: number;
}

/**
 * The candidates worth suggesting, strongest first: each is kept unless it lies within
 * `spacing` metres of a place already taken (an existing stop) or of a stronger candidate
 * already kept. Ties keep the candidates' order.
 */
export function spreadSuggestions<T extends SuggestionCandidate>(
  candidates: readonly T[],
  taken: readonly PlanarPoint[],
  spacing = SUGGESTION_SPACING_METRES,
): T[] {
  const order = candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.weight - a.c.weight || a.i - b.i);
  const occupied: PlanarPoint[] = [...taken];
  const kept: T[] = [];
  for (const { c } of order) {
    const [x, y] = c.position;
    if (occupied.some(([px, py]) => Math.hypot(px - x, py - y) < spacing)) continue;
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
