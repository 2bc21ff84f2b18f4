import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AreaSummary } from '../../data/areaLayers';
import type { RGBA } from './colorScale';
import type { LayerSpec } from './layerSpec';

/** As in the lägesbild maps: the older extent yellow, the newer red. */
export const ODS_OLDER_COLOR: RGBA = [255, 200, 0, 255];
export const ODS_NEWER_COLOR: RGBA = [215, 25, 28, 255];
const HALO: RGBA = [255, 255, 255, 235];

function odsFeatures(
  ods: AreaSummary[],
  year: number,
): Feature<Polygon | MultiPolygon, AreaSummary>[] {
  return ods
    .filter((a) => a.year === year)
    .map((a) => ({ type: 'Feature', geometry: a.geometry, properties: a }));
}

/** Two ÖDS mapping years as outlines with a white halo, so both stay visible on any choropleth class. */
export function odsExtentLayers(
  ods: AreaSummary[],
  olderYear: number,
  newerYear: number,
): LayerSpec[] {
  return [
    { year: olderYear, color: ODS_OLDER_COLOR, dash: 'older' },
    { year: newerYear, color: ODS_NEWER_COLOR, dash: 'newer' },
  ].flatMap(({ year, color, dash }) => {
    const data = odsFeatures(ods, year);
    const base = { data, filled: false, stroked: true, lineWidthUnits: 'pixels' as const };
    return [
      {
        type: 'GeoJsonLayer' as const,
        props: { ...base, id: `ods-${dash}-halo`, getLineColor: HALO, getLineWidth: 8 },
      },
      {
        type: 'GeoJsonLayer' as const,
        props: {
          ...base,
          id: `ods-${dash}`,
          getLineColor: color,
          getLineWidth: 3.5,
          pickable: true,
        },
      },
    ];
  });
}
