import type { AreaRow } from '../../analysis/areaTable';
import type { AreaSummary } from '../../data/areaLayers';
import type { SiteFeature, WalkFeature } from '../../data/parseOverlays';
import type { ColorClasses } from './colorScale';
import type { LayerSpec } from './layerSpec';
import { odsExtentLayers } from './odsLayers';
import { siteLayers, walkLayers } from './overlayLayers';
import { stadsdelChoropleth, stadsdelLabels } from './stadsdelLayers';

export interface DashboardLayerInput {
  stadsdelar: AreaSummary[];
  rows: AreaRow[];
  classes: ColorClasses;
  privacyThreshold: number;
  selectedId: string | null;
  ods: AreaSummary[];
  odsYears: [number, number];
  sites: SiteFeature[];
  walks: WalkFeature[];
}

/** All layers of the first screen, bottom to top. */
export function dashboardLayers(input: DashboardLayerInput): LayerSpec[] {
  return [
    stadsdelChoropleth(
      input.stadsdelar,
      input.rows,
      input.classes,
      input.selectedId,
      input.privacyThreshold,
    ),
    ...odsExtentLayers(input.ods, input.odsYears[0], input.odsYears[1]),
    ...walkLayers(input.walks),
    stadsdelLabels(input.stadsdelar),
    ...siteLayers(input.sites),
  ];
}
