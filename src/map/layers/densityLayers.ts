import { isMasked } from '../../analysis/privacy';
import type { DrawableDensity } from '../densityToWgs84';
import { colorFor, quantileClasses, type ColorClasses } from './colorScale';
import type { LayerSpec, RgbaImage } from './layerSpec';

type Kde = Extract<DrawableDensity, { kind: 'kde' }>;
type Hexagons = Extract<DrawableDensity, { kind: 'hexagon' }>;

/** Densities below this share of the maximum stay transparent, so no faint haze covers the map. */
const KDE_FLOOR = 0.02;

export function kdeClasses(d: Kde): ColorClasses {
  let max = 0;
  for (const v of d.values) if (v > max) max = v;
  const shown: number[] = [];
  const step = Math.max(1, Math.floor(d.values.length / 50_000));
  for (let i = 0; i < d.values.length; i += step)
    if (d.values[i] > max * KDE_FLOOR) shown.push(d.values[i]);
  return quantileClasses(shown);
}

export function hexagonClasses(d: Hexagons, privacyThreshold: number): ColorClasses {
  return quantileClasses(
    d.hexagons.filter((h) => !isMasked(h.count, privacyThreshold)).map((h) => h.count),
  );
}

/** The KDE grid coloured by class; row 0 of the image is the northern edge. */
export function kdeImage(d: Kde, classes: ColorClasses): RgbaImage {
  let max = 0;
  for (const v of d.values) if (v > max) max = v;
  const data = new Uint8ClampedArray(d.cols * d.rows * 4);
  for (let r = 0; r < d.rows; r++) {
    const imageRow = d.rows - 1 - r;
    for (let c = 0; c < d.cols; c++) {
      const v = d.values[r * d.cols + c];
      if (v <= max * KDE_FLOOR) continue;
      const [red, green, blue, alpha] = colorFor(classes, v);
      const o = (imageRow * d.cols + c) * 4;
      data[o] = red;
      data[o + 1] = green;
      data[o + 2] = blue;
      data[o + 3] = Math.min(255, alpha + 30);
    }
  }
  return { width: d.cols, height: d.rows, data };
}

export function kdeLayer(d: Kde, classes: ColorClasses): LayerSpec {
  return {
    type: 'BitmapLayer',
    image: kdeImage(d, classes),
    props: {
      id: 'kde',
      bounds: d.corners,
      opacity: 0.9,
      textureParameters: { minFilter: 'linear', magFilter: 'linear' },
    },
  };
}

/** Hexagons with fewer offences than the privacy threshold are not drawn at all. */
export function hexagonLayer(
  d: Hexagons,
  classes: ColorClasses,
  privacyThreshold: number,
): LayerSpec {
  return {
    type: 'PolygonLayer',
    props: {
      id: 'hexagons',
      data: d.hexagons.filter((h) => !isMasked(h.count, privacyThreshold)),
      getPolygon: (h: Hexagons['hexagons'][number]) => h.polygon,
      getFillColor: (h: Hexagons['hexagons'][number]) => colorFor(classes, h.count),
      getLineColor: [255, 255, 255, 180],
      lineWidthUnits: 'pixels',
      getLineWidth: 1,
      pickable: true,
      updateTriggers: { getFillColor: [classes] },
    },
  };
}

type HotSpots = Extract<DrawableDensity, { kind: 'hotspot' }>;

/** Hot spots red and cold spots blue (ColorBrewer RdBu ends), as GIS tools draw Gi*. */
export const HOT_COLOR: [number, number, number, number] = [202, 0, 32, 170];
export const COLD_COLOR: [number, number, number, number] = [5, 113, 176, 150];

export function hotSpotLayer(d: HotSpots): LayerSpec {
  return {
    type: 'PolygonLayer',
    props: {
      id: 'hotspots',
      data: d.cells,
      getPolygon: (c: HotSpots['cells'][number]) => c.polygon,
      getFillColor: (c: HotSpots['cells'][number]) => (c.sign > 0 ? HOT_COLOR : COLD_COLOR),
      getLineColor: [255, 255, 255, 120],
      lineWidthUnits: 'pixels',
      getLineWidth: 0.5,
      pickable: true,
    },
  };
}
