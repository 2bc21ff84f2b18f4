/** The divider never starts so near an edge that one year is hidden or the handle is out of reach. */
const MARGIN = 0.15;

/** West, south, east, north. */
type Bounds = [number, number, number, number];

/**
 * Where the swipe divider starts, as a share of the map's width (`project`
 * gives a longitude/latitude's pixel x). Year A shows left of the divider and
 * B right of it, so it starts halfway between A's west edge and B's east edge:
 * as much of A shows as of B, even where A lies east of B's middle. With one
 * year only, at the middle of that one.
 */
export function dividerAtScene(
  a: Bounds | null,
  b: Bounds | null,
  project: (lonLat: [number, number]) => number,
  width: number,
): number {
  const west = a ?? b;
  const east = b ?? a;
  if (!west || !east || width <= 0) return 0.5;
  const lat = (Math.min(west[1], east[1]) + Math.max(west[3], east[3])) / 2;
  const x = (project([west[0], lat]) + project([east[2], lat])) / 2;
  if (!Number.isFinite(x)) return 0.5;
  return Math.min(1 - MARGIN, Math.max(MARGIN, x / width));
}
