import type { WalkDocument } from '../../state/walk/walkStore';

export type Bounds = [number, number, number, number];

/** West, south, east, north of the route, the stops and the meeting point; null when none is placed. */
export function walkBounds(
  walk: Pick<WalkDocument, 'route' | 'stops' | 'meetingPoint'>,
): Bounds | null {
  const points = [
    ...walk.route,
    ...walk.stops.map((s) => s.position),
    ...(walk.meetingPoint.position ? [walk.meetingPoint.position] : []),
  ];
  if (points.length === 0) return null;
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

/**
 * Whether the page was opened on this walk with a camera in its address (`v=walk…&c=`): a reload
 * or a shared link then keeps the camera it names instead of fitting the walk.
 */
export function loadedWithCamera(loadedUrl: string, walkId: string): boolean {
  const params = new URL(loadedUrl).searchParams;
  const w = params.get('w');
  return params.get('v') === 'walk' && params.has('c') && (w === null || w === walkId);
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The map's edges the walk keeps clear of: the banner and zoom buttons, and the legend when open. */
export function fitPadding(map: DOMRect, legend: DOMRect | null): Padding {
  const padding = { top: 60, right: 60, bottom: 40, left: 30 };
  // The legend sits at the bottom left: beside it when there is room, else above it.
  if (legend && legend.width > 0) {
    const beside = legend.right - map.left + 20;
    const above = map.bottom - legend.top + 20;
    if (map.width - beside - padding.right > 200) padding.left = beside;
    else if (map.height - above - padding.top > 200) padding.bottom = above;
  }
  // A map too small for the padding gets a plain fit rather than none.
  if (
    padding.left + padding.right > map.width - 100 ||
    padding.top + padding.bottom > map.height - 100
  )
    return { top: 20, right: 20, bottom: 20, left: 20 };
  return padding;
}
