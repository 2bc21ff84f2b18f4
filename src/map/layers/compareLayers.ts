import { bboxClip } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AreaSummary } from '../../data/areaLayers';
import type { RGBA } from './colorScale';
import type { LayerSpec } from './layerSpec';
import { availableOdsYears, odsYearColors, ODS_YEAR_COLORS } from './odsYears';

export type DiffKind = 'kept' | 'gained' | 'lost';

/** A kept, gained or lost part (the worker's DiffPart), in WGS84. */
export interface DiffShape {
  kind: DiffKind;
  name: string;
  hectares: number;
  geometry: Polygon | MultiPolygon;
}

/**
 * Okabe–Ito colours for the difference: of all their triples, the one that
 * stays furthest apart under protanopia, deuteranopia and tritanopia (a test
 * checks), and away from the yellow–red of the rates below: kept sky blue,
 * gained blue, lost vermillion.
 */
export const DIFF_COLORS: Record<DiffKind, RGBA> = {
  kept: [86, 180, 233, 255],
  gained: [0, 114, 178, 255],
  lost: [213, 94, 0, 255],
};

export const DIFF_LABELS: Record<DiffKind, string> = {
  kept: 'Kvar båda åren',
  gained: 'Tillkommen (bara B)',
  lost: 'Försvunnen (bara A)',
};

const FILL_ALPHA = 190;
const withAlpha = (c: RGBA, alpha: number): RGBA => [c[0], c[1], c[2], alpha];

/** Kept, gained and lost as filled areas, each in its own colour, above the other layers. */
export function differenceLayers(diff: DiffShape[]): LayerSpec[] {
  if (diff.length === 0) return [];
  const data: Feature<Polygon | MultiPolygon, DiffShape>[] = diff.map((d) => ({
    type: 'Feature',
    geometry: d.geometry,
    properties: d,
  }));
  return [
    {
      type: 'GeoJsonLayer',
      props: {
        id: 'compare-diff',
        data,
        filled: true,
        stroked: true,
        getFillColor: (f: { properties: DiffShape }) =>
          withAlpha(DIFF_COLORS[f.properties.kind], FILL_ALPHA),
        getLineColor: (f: { properties: DiffShape }) => DIFF_COLORS[f.properties.kind],
        lineWidthUnits: 'pixels',
        getLineWidth: 1.5,
        pickable: true,
      },
    },
  ];
}

/** The colour a mapping year is drawn in everywhere in the app (2021 yellow, 2023 red …). */
export function yearColor(ods: AreaSummary[], year: number): RGBA {
  return odsYearColors(availableOdsYears(ods)).get(year) ?? ODS_YEAR_COLORS[0];
}

type Clipped = Feature<Polygon | MultiPolygon, AreaSummary>;

/** The extents of `year` cut to one side of a meridian (the map never rotates, so a vertical screen line is one). */
export function clipToSide(
  ods: AreaSummary[],
  year: number,
  side: 'west' | 'east',
  lon: number,
): Clipped[] {
  const box: [number, number, number, number] =
    side === 'west' ? [-180, -90, lon, 90] : [lon, -90, 180, 90];
  return ods
    .filter((a) => a.year === year)
    .flatMap((a) => {
      const clipped = bboxClip(
        { type: 'Feature', geometry: a.geometry, properties: a },
        box,
      ) as Clipped;
      const g = clipped.geometry;
      const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
      return rings.some((r) => r.length >= 4) ? [clipped] : [];
    });
}

function yearLayer(ods: AreaSummary[], year: number, data: Clipped[], id: string): LayerSpec {
  const color = yearColor(ods, year);
  return {
    type: 'GeoJsonLayer',
    props: {
      id,
      data,
      filled: true,
      stroked: true,
      getFillColor: withAlpha(color, 90),
      getLineColor: color,
      lineWidthUnits: 'pixels',
      getLineWidth: 3,
      pickable: true,
    },
  };
}

/**
 * The swipe: year A's extents left of the divider and year B's right of it,
 * each filled lightly and outlined in its year's colour.
 */
export function swipeLayers(
  ods: AreaSummary[],
  yearA: number,
  yearB: number,
  dividerLon: number,
): LayerSpec[] {
  return [
    yearLayer(ods, yearA, clipToSide(ods, yearA, 'west', dividerLon), 'compare-swipe-a'),
    yearLayer(ods, yearB, clipToSide(ods, yearB, 'east', dividerLon), 'compare-swipe-b'),
  ];
}

/** One year's extents, filled lightly and outlined in its colour (a map of the side-by-side pair). */
export function yearExtentLayers(ods: AreaSummary[], year: number, id: string): LayerSpec[] {
  const data: Clipped[] = ods
    .filter((a) => a.year === year)
    .map((a) => ({ type: 'Feature', geometry: a.geometry, properties: a }));
  return [yearLayer(ods, year, data, id)];
}

/** West, south, east, north around the parts shown, to fit the map to a scene; null without parts. */
export function partsBounds(
  parts: { geometry: Polygon | MultiPolygon }[],
): [number, number, number, number] | null {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { geometry } of parts) {
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const [lon, lat] of polygons.flat(2)) {
      w = Math.min(w, lon);
      e = Math.max(e, lon);
      s = Math.min(s, lat);
      n = Math.max(n, lat);
    }
  }
  return w <= e ? [w, s, e, n] : null;
}
