import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AreaRow } from '../../analysis/areaTable';
import type { AreaSummary } from '../../data/areaLayers';
import { isMasked } from '../../analysis/privacy';
import { colorFor, type ColorClasses, type RGBA } from './colorScale';
import type { LayerSpec } from './layerSpec';
import type { PlacedLabel } from './labelPlacement';
import { labelTextLayer } from './labelLayer';

const AREA_LABEL_COLOR: RGBA = [30, 30, 30, 255];

interface AreaProps {
  id: string;
  name: string;
  value: number | undefined;
}

/** Crimes per hectare per area; a masked count must not leak through its colour, so it gets none. */
export function areaRates(rows: AreaRow[], privacyThreshold: number): Map<string, number> {
  return new Map(
    rows.filter((r) => !isMasked(r.count, privacyThreshold)).map((r) => [r.id, r.perHectare]),
  );
}

/** Stadsdelar coloured by a value per area: crimes per hectare, or an indicator such as a survey result. */
export function stadsdelChoropleth(
  areas: AreaSummary[],
  values: Map<string, number>,
  classes: ColorClasses,
  selectedId: string | null,
): LayerSpec {
  const data: Feature<Polygon | MultiPolygon, AreaProps>[] = areas.map((a) => ({
    type: 'Feature',
    geometry: a.geometry,
    properties: { id: a.id, name: a.name, value: values.get(a.id) },
  }));
  return {
    type: 'GeoJsonLayer',
    props: {
      id: 'stadsdelar-choropleth',
      data,
      pickable: true,
      filled: true,
      stroked: true,
      getFillColor: (f) => colorFor(classes, (f.properties as AreaProps).value),
      getLineColor: (f) =>
        (f.properties as AreaProps).id === selectedId ? [20, 40, 90, 255] : [255, 255, 255, 230],
      getLineWidth: (f) => ((f.properties as AreaProps).id === selectedId ? 4 : 1.5),
      lineWidthUnits: 'pixels',
      updateTriggers: {
        getFillColor: [values, classes],
        getLineColor: selectedId,
        getLineWidth: selectedId,
      },
    },
  };
}

/** Area names, placed for the current zoom by mapLabels: the name only, never a count. */
export function stadsdelLabels(labels: PlacedLabel[]): LayerSpec {
  return labelTextLayer('stadsdelar-labels', labels, AREA_LABEL_COLOR);
}
