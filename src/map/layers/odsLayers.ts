import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AreaSummary } from '../../data/areaLayers';
import type { RGBA } from './colorScale';
import type { LayerSpec } from './layerSpec';
import { drawnOdsStyles } from './odsYears';

const HALO: RGBA = [255, 255, 255, 235];
const NEWEST_WIDTH = 3;
/** Each older year is this much wider, so where extents share an edge every year's colour shows. */
const WIDTH_STEP = 2;
const HALO_EXTRA = 4;

function odsFeatures(
  ods: AreaSummary[],
  year: number,
): Feature<Polygon | MultiPolygon, AreaSummary>[] {
  return ods
    .filter((a) => a.year === year)
    .map((a) => ({ type: 'Feature', geometry: a.geometry, properties: a }));
}

/**
 * The chosen ÖDS mapping years as outlines, oldest (widest) at the bottom and
 * newest (narrowest) on top, all above white halos so they stay visible on any
 * choropleth class.
 */
export function odsExtentLayers(ods: AreaSummary[], chosenYears: readonly number[]): LayerSpec[] {
  const styles = drawnOdsStyles(ods, chosenYears);
  const drawn = styles.map(({ year, color }, i) => ({
    year,
    color,
    data: odsFeatures(ods, year),
    width: NEWEST_WIDTH + WIDTH_STEP * (styles.length - 1 - i),
  }));
  const base = { filled: false, stroked: true, lineWidthUnits: 'pixels' as const };
  const halos: LayerSpec[] = drawn.map(({ year, data, width }) => ({
    type: 'GeoJsonLayer',
    props: {
      ...base,
      id: `ods-halo-${year}`,
      data,
      getLineColor: HALO,
      getLineWidth: width + HALO_EXTRA,
    },
  }));
  const lines: LayerSpec[] = drawn.map(({ year, color, data, width }) => ({
    type: 'GeoJsonLayer',
    props: {
      ...base,
      id: `ods-${year}`,
      data,
      getLineColor: color,
      getLineWidth: width,
      pickable: true,
    },
  }));
  return [...halos, ...lines];
}
