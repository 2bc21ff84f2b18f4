import type { AreaSummary } from '../../data/areaLayers';
import type { SiteFeature } from '../../data/parseOverlays';
import {
  markerBox,
  placeLabels,
  textBox,
  wrapText,
  type LabelSlot,
  type PlacedLabel,
} from './labelPlacement';
import { toPixels } from './webMercator';

export const AREA_LABEL_SIZE = 13;
export const SITE_LABEL_SIZE = 12;
/** Site marker radius plus its white ring, in pixels. */
export const SITE_MARKER_RADIUS = 11;

const GAP = SITE_MARKER_RADIUS + 3;
const DIAGONAL = Math.round(GAP * 0.75);
/** Above the marker first, as before; then beside it, below it and on the diagonals. */
const SITE_SLOTS: LabelSlot[] = [
  { dx: 0, dy: -GAP, textAnchor: 'middle', baseline: 'bottom' },
  { dx: GAP, dy: 0, textAnchor: 'start', baseline: 'center' },
  { dx: -GAP, dy: 0, textAnchor: 'end', baseline: 'center' },
  { dx: 0, dy: GAP, textAnchor: 'middle', baseline: 'top' },
  { dx: DIAGONAL, dy: -DIAGONAL, textAnchor: 'start', baseline: 'bottom' },
  { dx: -DIAGONAL, dy: -DIAGONAL, textAnchor: 'end', baseline: 'bottom' },
  { dx: DIAGONAL, dy: DIAGONAL, textAnchor: 'start', baseline: 'top' },
  { dx: -DIAGONAL, dy: DIAGONAL, textAnchor: 'end', baseline: 'top' },
];
/** An area name sits at its interior point, nudged up or down if something is in the way. */
const AREA_SLOTS: LabelSlot[] = (
  [
    [0, 0],
    [0, -16],
    [0, 16],
    [0, -32],
    [0, 32],
    [-40, 0],
    [40, 0],
  ] as const
).map(([dx, dy]) => ({ dx, dy, textAnchor: 'middle', baseline: 'center' }));
/** Names longer than this go on more lines. */
const WRAP_CHARS = 18;
/** A site named like the area it lies in already names the place; no second label nearby. */
const SAME_NAME_RADIUS_PX = 400;

export interface MapLabels {
  areas: PlacedLabel[];
  sites: PlacedLabel[];
}

const key = (name: string) => name.replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv');

/** One candidate per area name (the largest part of a split area), largest areas first. */
function areaCandidates(areas: AreaSummary[]): AreaSummary[] {
  const byName = new Map<string, AreaSummary>();
  for (const a of areas) {
    const seen = byName.get(key(a.name));
    if (!seen || a.hectares > seen.hectares) byName.set(key(a.name), a);
  }
  return [...byName.values()].sort((a, b) => b.hectares - a.hectares);
}

function nearSameName(area: AreaSummary, sites: PlacedLabel[], zoom: number): boolean {
  const [x, y] = toPixels(area.labelPosition, zoom);
  return sites.some((s) => {
    if (key(s.text) !== key(area.name)) return false;
    const [sx, sy] = toPixels(s.position, zoom);
    return Math.hypot(sx - x, sy - y) < SAME_NAME_RADIUS_PX;
  });
}

/**
 * Which labels to draw at `zoom`, and where: site names first (they are what
 * the meeting talks about), then area names, none overlapping another label or
 * a site marker, and every name once. `scale` enlarges every name (the projector).
 */
export function mapLabels(
  areas: AreaSummary[],
  sites: SiteFeature[],
  zoom: number,
  scale = 1,
): MapLabels {
  const markers = sites.map((s) => markerBox(s.position, SITE_MARKER_RADIUS, zoom));
  const placedSites = placeLabels(
    sites.map((s) => ({
      text: wrapText(s.name, WRAP_CHARS),
      anchor: s.position,
      size: SITE_LABEL_SIZE * scale,
      slots: SITE_SLOTS,
    })),
    markers,
    zoom,
  );
  const placedAreas = placeLabels(
    areaCandidates(areas)
      .filter((a) => !nearSameName(a, placedSites, zoom))
      .map((a) => ({
        text: wrapText(a.name, WRAP_CHARS),
        anchor: a.labelPosition,
        size: AREA_LABEL_SIZE * scale,
        slots: AREA_SLOTS,
      })),
    [...markers, ...placedSites.map((l) => textBox(l, zoom))],
    zoom,
  );
  return { areas: placedAreas, sites: placedSites };
}
