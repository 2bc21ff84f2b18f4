import type { AreaSummary } from '../../data/areaLayers';
import type { LayerSpec } from './layerSpec';

/** Stadsdel borders only, so a density surface underneath stays readable. */
export function stadsdelOutlines(areas: AreaSummary[]): LayerSpec {
  return {
    type: 'GeoJsonLayer',
    props: {
      id: 'stadsdelar-outline',
      data: areas.map((a) => ({ type: 'Feature', geometry: a.geometry, properties: { id: a.id } })),
      filled: false,
      stroked: true,
      getLineColor: [70, 80, 90, 200],
      getLineWidth: 1.5,
      lineWidthUnits: 'pixels',
    },
  };
}
