import { walkStatus } from '../../analysis/walkStatus';
import type { SiteFeature, WalkFeature } from '../../data/parseOverlays';
import type { WalkStop } from '../../data/walkStops';
import type { RGBA } from './colorScale';
import { dashedPath } from './dashedPath';
import type { PlacedLabel } from './labelPlacement';
import { labelTextLayer } from './labelLayer';
import type { LayerSpec } from './layerSpec';
import { SITE_MARKER_RADIUS } from './mapLabels';
import { LABEL_FONT } from './textStyle';
import type { LonLat } from './webMercator';

export const WALK_COLOR: RGBA = [84, 39, 143, 255];
/** A walk that has been done: the same hue, faded, so the planned ones stand out. */
export const DONE_WALK_COLOR: RGBA = [160, 140, 190, 255];
export const SITE_COLOR: RGBA = [0, 109, 119, 255];
export const TEMPORARY_SITE_COLOR: RGBA = [131, 197, 190, 255];
const SITE_LABEL_COLOR: RGBA = [0, 70, 76, 255];

/** Dash and gap in screen pixels: through the gaps an ÖDS outline under the route stays visible. */
export const WALK_DASH_PX = 12;
export const WALK_GAP_PX = 8;

/** One dash of a walk route; the walk itself for the tooltip. */
export interface WalkDash {
  walk: WalkFeature;
  path: LonLat[];
}

/** A stop as drawn: the walk it belongs to goes along for the tooltip. */
export interface DrawnStop extends WalkStop {
  walkName: string;
}

/** The colour of a walk's route: faded once it has been walked. */
export function walkColor(walk: WalkFeature, today: number): RGBA {
  return walkStatus(walk.date, today) === 'done' ? DONE_WALK_COLOR : WALK_COLOR;
}

export function walkDashes(walks: WalkFeature[], zoom: number): WalkDash[] {
  return walks.flatMap((walk) =>
    dashedPath(walk.path, zoom, WALK_DASH_PX, WALK_GAP_PX).map((path) => ({ walk, path })),
  );
}

/**
 * Trygghetsvandringar as dashed routes, each dash with a white casing, so a
 * route lying on an ÖDS outline leaves that outline readable between dashes;
 * and their numbered stops.
 */
export function walkLayers(walks: WalkFeature[], zoom: number, today: number): LayerSpec[] {
  const base = {
    data: walkDashes(walks, zoom),
    getPath: (d: WalkDash) => d.path,
    widthUnits: 'pixels' as const,
    capRounded: true,
    jointRounded: true,
  };
  const stops: DrawnStop[] = walks.flatMap((w) => w.stops.map((s) => ({ ...s, walkName: w.name })));
  return [
    {
      type: 'PathLayer',
      props: { ...base, id: 'walks-casing', getColor: [255, 255, 255, 230], getWidth: 7 },
    },
    {
      type: 'PathLayer',
      props: {
        ...base,
        id: 'walks',
        getColor: (d: WalkDash) => walkColor(d.walk, today),
        getWidth: 4,
        pickable: true,
        updateTriggers: { getColor: today },
      },
    },
    {
      type: 'ScatterplotLayer',
      props: {
        id: 'walk-stops',
        data: stops,
        getPosition: (s: DrawnStop) => s.position,
        getFillColor: [255, 255, 255, 255],
        getLineColor: WALK_COLOR,
        getRadius: 9,
        radiusUnits: 'pixels',
        stroked: true,
        lineWidthUnits: 'pixels',
        getLineWidth: 2,
        pickable: true,
      },
    },
    {
      type: 'TextLayer',
      props: {
        id: 'walk-stops-numbers',
        data: stops,
        getPosition: (s: DrawnStop) => s.position,
        getText: (s: DrawnStop) => String(s.number),
        getSize: 11,
        getColor: WALK_COLOR,
        ...LABEL_FONT,
        outlineWidth: 0,
        fontWeight: 700,
      },
    },
  ];
}

/** Platssamverkan sites as round markers, with the names mapLabels found room for. */
export function siteLayers(sites: SiteFeature[], labels: PlacedLabel[]): LayerSpec[] {
  return [
    {
      type: 'ScatterplotLayer',
      props: {
        id: 'sites',
        data: sites,
        getPosition: (s: SiteFeature) => s.position,
        getFillColor: (s: SiteFeature) =>
          s.kind === 'tillfällig' ? TEMPORARY_SITE_COLOR : SITE_COLOR,
        getLineColor: [255, 255, 255, 255],
        getRadius: SITE_MARKER_RADIUS - 2,
        radiusUnits: 'pixels',
        stroked: true,
        lineWidthUnits: 'pixels',
        getLineWidth: 2,
        pickable: true,
      },
    },
    labelTextLayer('sites-labels', labels, SITE_LABEL_COLOR),
  ];
}
