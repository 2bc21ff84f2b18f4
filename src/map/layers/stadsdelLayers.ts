import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AreaRow } from '../../analysis/areaTable';
import type { AreaSummary } from '../../data/areaLayers';
import { isMasked } from '../../analysis/privacy';
import { colorFor, type ColorClasses } from './colorScale';
import type { LayerSpec } from './layerSpec';
import { LABEL_FONT } from './textStyle';

interface AreaProps {
  id: string;
  name: string;
  perHectare: number | undefined;
}

/** Stadsdelar coloured by crimes per hectare in the selected period. */
export function stadsdelChoropleth(
  areas: AreaSummary[],
  rows: AreaRow[],
  classes: ColorClasses,
  selectedId: string | null,
  privacyThreshold: number,
): LayerSpec {
  // A masked count must not leak through its colour: such areas get the no-data colour.
  const rate = new Map(
    rows.filter((r) => !isMasked(r.count, privacyThreshold)).map((r) => [r.id, r.perHectare]),
  );
  const data: Feature<Polygon | MultiPolygon, AreaProps>[] = areas.map((a) => ({
    type: 'Feature',
    geometry: a.geometry,
    properties: { id: a.id, name: a.name, perHectare: rate.get(a.id) },
  }));
  return {
    type: 'GeoJsonLayer',
    props: {
      id: 'stadsdelar-choropleth',
      data,
      pickable: true,
      filled: true,
      stroked: true,
      getFillColor: (f) => colorFor(classes, (f.properties as AreaProps).perHectare),
      getLineColor: (f) =>
        (f.properties as AreaProps).id === selectedId ? [20, 40, 90, 255] : [255, 255, 255, 230],
      getLineWidth: (f) => ((f.properties as AreaProps).id === selectedId ? 4 : 1.5),
      lineWidthUnits: 'pixels',
      updateTriggers: {
        getFillColor: [rows, classes, privacyThreshold],
        getLineColor: selectedId,
        getLineWidth: selectedId,
      },
    },
  };
}

export function stadsdelLabels(areas: AreaSummary[]): LayerSpec {
  return {
    type: 'TextLayer',
    props: {
      id: 'stadsdelar-labels',
      data: areas,
      getPosition: (a: AreaSummary) => a.labelPosition,
      getText: (a: AreaSummary) => a.name,
      getSize: 13,
      getColor: [30, 30, 30, 255],
      ...LABEL_FONT,
    },
  };
}
