import type { AreaSummary } from '../../data/areaLayers';
import type { DrawableDensity } from '../densityToWgs84';
import type { SiteFeature, WalkFeature } from '../../data/parseOverlays';
import type { ColorClasses } from './colorScale';
import { hexagonLayer, hotSpotLayer, kdeLayer } from './densityLayers';
import type { LayerSpec } from './layerSpec';
import { odsExtentLayers } from './odsLayers';
import { stadsdelOutlines } from './outlineLayers';
import { siteLayers, walkLayers } from './overlayLayers';
import { rawPointsLayer, type RawPoint } from './rawPointsLayer';
import { stadsdelChoropleth, stadsdelLabels } from './stadsdelLayers';

export interface DashboardLayerInput {
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
  odsYears: number[];
  sites: SiteFeature[];
  walks: WalkFeature[];
  /** Today's local day: walks before it are drawn as done. */
  today: number;
  /** Individual offences in view (empty when too many to draw). */
  rawPoints: RawPoint[];
}

function base(input: DashboardLayerInput): LayerSpec[] {
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

/** All layers of the dashboard, bottom to top. */
export function dashboardLayers(input: DashboardLayerInput): LayerSpec[] {
  return [
    ...base(input),
    ...odsExtentLayers(input.ods, input.odsYears[0], input.odsYears[1]),
    ...walkLayers(input.walks, input.today),
    ...(input.rawPoints.length > 0 ? [rawPointsLayer(input.rawPoints)] : []),
    stadsdelLabels(input.stadsdelar),
    ...siteLayers(input.sites),
  ];
}
