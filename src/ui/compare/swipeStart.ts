/** The divider never starts so near an edge that one year is hidden or the handle is out of reach. */
const MARGIN = 0.15;

/**
 * Where the swipe divider starts, as a share of the map's width: at the
 * scene's centre on screen (`project` gives a longitude/latitude's pixel x),
 * so both year A left of it and year B right of it show the scene.
 */
export function dividerAtScene(
  bounds: [number, number, number, number],
  project: (lonLat: [number, number]) => number,
  width: number,
): number {
  const [w, s, e, n] = bounds;
  const x = project([(w + e) / 2, (s + n) / 2]);
  if (!Number.isFinite(x) || width <= 0) return 0.5;
  return Math.min(1 - MARGIN, Math.max(MARGIN, x / width));
}
