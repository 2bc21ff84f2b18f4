import type { AreaSummary } from '../../data/areaLayers';
import type { DrawableDensity } from '../densityToWgs84';
import type { SiteFeature, WalkFeature } from '../../data/parseOverlays';
import type { ColorClasses } from './colorScale';
import { hexagonLayer, hotSpotLayer, kdeLayer } from './densityLayers';
import type { LayerSpec } from './layerSpec';
import { mapLabels } from './mapLabels';
import { odsExtentLayers } from './odsLayers';
import { stadsdelOutlines } from './outlineLayers';
import { siteLayers, walkLayers } from './overlayLayers';
import { rawPointsLayer, type RawPoint } from './rawPointsLayer';
import { stadsdelChoropleth, stadsdelLabels } from './stadsdelLayers';

/** What the surface needs: it changes with data and choices, not with panning or zooming. */
export interface SurfaceLayerInput {
  stadsdelar: AreaSummary[];
  /** The value each area is coloured by (rates, or an indicator). */
  areaValues: Map<string, number>;
  /** Colour classes of whatever is shown: rates per area, KDE density or hexagon counts. */
  classes: ColorClasses;
  privacyThreshold: number;
  selectedId: string | null;
  /** Null shows the areas coloured per hectare. */
  density: DrawableDensity | null;
  ods: AreaSummary[];
  /** The mapping years the user chose; see drawnOdsYears for what is drawn. */
  odsYears: readonly number[];
  /**
   * The user draws or places things on the map (an extent, a walk's plan, whose route editor is
   * always live, or a tap a button asked for): the coloured surface is faded, since
   * terra-draw's line and handles lie under deck's canvas and took its colour (seen: a
   * purple route turned crimson on the districts and could hardly be told from them).
   */
  faded?: boolean;
}

/** The surface's opacity while the user draws or places things on the map. */
export const FADED_SURFACE_OPACITY = 0.3;

/** What is laid out for the current zoom: dashes, labels, and the points in view. */
export interface ZoomLayerInput {
  stadsdelar: AreaSummary[];
  sites: SiteFeature[];
  walks: WalkFeature[];
  /** Today's local day: walks before it are drawn as done. */
  today: number;
  /** Individual offences in view (empty when switched off or too many to draw). */
  rawPoints: RawPoint[];
  zoom: number;
  /** Names this many times their normal size (the projector); 1 when absent. */
  labelScale?: number;
}

function base(input: SurfaceLayerInput): LayerSpec[] {
  const d = input.density;
  if (!d)
    return [
      stadsdelChoropleth(input.stadsdelar, input.areaValues, input.classes, input.selectedId),
    ];
  const surface =
    d.kind === 'kde'
      ? kdeLayer(d, input.classes)
      : d.kind === 'hexagon'
        ? hexagonLayer(d, input.classes, input.privacyThreshold)
        : hotSpotLayer(d);
  return [surface, stadsdelOutlines(input.stadsdelar)];
}

/** The coloured surface and the ÖDS outlines, bottom to top. */
export function surfaceLayers(input: SurfaceLayerInput): LayerSpec[] {
  const surface = input.faded
    ? base(input).map(
        (spec) =>
          ({ ...spec, props: { ...spec.props, opacity: FADED_SURFACE_OPACITY } }) as LayerSpec,
      )
    : base(input);
  return [...surface, ...odsExtentLayers(input.ods, input.odsYears)];
}

/** Walks, offences, names and sites above the surface, bottom to top, laid out for `zoom`. */
export function zoomLayers(input: ZoomLayerInput): LayerSpec[] {
  const labels = mapLabels(input.stadsdelar, input.sites, input.zoom, input.labelScale ?? 1);
  return [
    ...walkLayers(input.walks, input.zoom, input.today),
    ...(input.rawPoints.length > 0 ? [rawPointsLayer(input.rawPoints)] : []),
    stadsdelLabels(labels.areas),
    ...siteLayers(input.sites, labels.sites),
  ];
}
