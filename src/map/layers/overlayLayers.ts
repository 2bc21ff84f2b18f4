import type { SiteFeature, WalkFeature } from '../../data/parseOverlays';
import type { RGBA } from './colorScale';
import type { LayerSpec } from './layerSpec';
import { LABEL_FONT } from './textStyle';

export const WALK_COLOR: RGBA = [84, 39, 143, 255];
export const SITE_COLOR: RGBA = [0, 109, 119, 255];
export const TEMPORARY_SITE_COLOR: RGBA = [131, 197, 190, 255];

/** Planned trygghetsvandringar as routes with a white casing. */
export function walkLayers(walks: WalkFeature[]): LayerSpec[] {
  const base = {
    data: walks,
    getPath: (w: WalkFeature) => w.path,
    widthUnits: 'pixels' as const,
    capRounded: true,
    jointRounded: true,
  };
  return [
    {
      type: 'PathLayer',
      props: { ...base, id: 'walks-casing', getColor: [255, 255, 255, 220], getWidth: 7 },
    },
    {
      type: 'PathLayer',
      props: { ...base, id: 'walks', getColor: WALK_COLOR, getWidth: 4, pickable: true },
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
