import { walkStatus } from '../../analysis/walkStatus';
import type { SiteFeature, WalkFeature } from '../../data/parseOverlays';
import type { WalkStop } from '../../data/walkStops';
import type { RGBA } from './colorScale';
import type { LayerSpec } from './layerSpec';
import { LABEL_FONT } from './textStyle';

export const WALK_COLOR: RGBA = [84, 39, 143, 255];
/** A walk that has been done: the same hue, faded, so the planned ones stand out. */
export const DONE_WALK_COLOR: RGBA = [160, 140, 190, 255];
export const SITE_COLOR: RGBA = [0, 109, 119, 255];
export const TEMPORARY_SITE_COLOR: RGBA = [131, 197, 190, 255];

/** A stop as drawn: the walk it belongs to goes along for the tooltip. */
export interface DrawnStop extends WalkStop {
  walkName: string;
}

/** The colour of a walk's route: faded once it has been walked. */
export function walkColor(walk: WalkFeature, today: number): RGBA {
  return walkStatus(walk.date, today) === 'done' ? DONE_WALK_COLOR : WALK_COLOR;
}

/** Trygghetsvandringar as routes with a white casing, and their numbered stops. */
export function walkLayers(walks: WalkFeature[], today: number): LayerSpec[] {
  const base = {
    data: walks,
    getPath: (w: WalkFeature) => w.path,
    widthUnits: 'pixels' as const,
    capRounded: true,
    jointRounded: true,
  };
  const stops: DrawnStop[] = walks.flatMap((w) => w.stops.map((s) => ({ ...s, walkName: w.name })));
  return [
    {
      type: 'PathLayer',
      props: { ...base, id: 'walks-casing', getColor: [255, 255, 255, 220], getWidth: 7 },
    },
    {
      type: 'PathLayer',
      props: {
        ...base,
        id: 'walks',
        getColor: (w: WalkFeature) => walkColor(w, today),
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

/** Platssamverkan sites as round markers with their names. */
export function siteLayers(sites: SiteFeature[]): LayerSpec[] {
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
        id: 'sites-labels',
        data: sites,
        getPosition: (s: SiteFeature) => s.position,
        getText: (s: SiteFeature) => s.name,
        getSize: 12,
        getColor: [0, 70, 76, 255],
        getPixelOffset: [0, -18],
        ...LABEL_FONT,
      },
    },
  ];
}
