import { describe, expect, it } from 'vitest';
import type { DrawableDensity } from '../densityToWgs84';
import { demoMapData } from '../../../test/unit/demoMapData';
import { quantileClasses } from './colorScale';
import {
  FADED_SURFACE_OPACITY,
  surfaceLayers,
  zoomLayers,
  type SurfaceLayerInput,
} from './composeLayers';
import type { LayerSpec } from './layerSpec';
import { LABEL_FONT } from './textStyle';

const demo = demoMapData();
const square = (lon: number): [number, number][] => [
  [lon, 59.33],
  [lon + 0.001, 59.33],
  [lon + 0.001, 59.331],
  [lon, 59.331],
];
const densities: Record<string, DrawableDensity | null> = {
  areas: null,
  kde: {
    kind: 'kde',
    cols: 2,
    rows: 2,
    cellSize: 25,
    values: new Float32Array([0, 1, 2, 3]),
    corners: [
      [18.0, 59.3],
      [18.0, 59.31],
      [18.01, 59.31],
      [18.01, 59.3],
    ],
  },
  hexagon: {
    kind: 'hexagon',
    size: 100,
    hexagons: [
      { count: 1, polygon: square(18.0) },
      { count: 9, polygon: square(18.01) },
    ],
  },
  hotspot: { kind: 'hotspot', cellSize: 100, cells: [{ sign: 1, z: 3, polygon: square(18.0) }] },
};

function surfaceInput(density: DrawableDensity | null): SurfaceLayerInput {
  return {
    stadsdelar: demo.stadsdelar,
    areaValues: new Map(demo.stadsdelar.map((a, i) => [a.id, i])),
    classes: quantileClasses(demo.stadsdelar.map((_, i) => i)),
    privacyThreshold: 3,
    selectedId: null,
    density,
    ods: demo.ods,
    odsYears: [2021, 2023, 2024],
  };
}

function allLayers(density: DrawableDensity | null, zoom = 14): LayerSpec[] {
  return [
    ...surfaceLayers(surfaceInput(density)),
    ...zoomLayers({
      ...demo,
      rawPoints: [{ position: [18.03, 59.33], category: 0 }],
      zoom,
      today: 0,
    }),
  ];
}

const isRgba = (c: unknown) =>
  Array.isArray(c) &&
  c.length === 4 &&
  c.every((v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 255);

/** Properties every layer of every map mode must have, as protomaps' base_layers tests do for a style. */
describe.each(Object.keys(densities))('the layers of the %s map', (mode) => {
  const layers = allLayers(densities[mode]);
  const ids = layers.map((l) => l.props.id ?? '');
  const index = (pattern: RegExp) => ids.findIndex((id) => pattern.test(id));

  it('have unique, non-empty ids', () => {
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('size every line in screen pixels, so outlines stay readable at every zoom', () => {
    for (const l of layers) {
      const p = l.props as Record<string, unknown>;
      if ('getLineWidth' in p) expect(p.lineWidthUnits, l.props.id).toBe('pixels');
      if ('getWidth' in p) expect(p.widthUnits, l.props.id).toBe('pixels');
    }
  });

  it('write every label in the local font, so nothing is fetched', () => {
    for (const l of layers.filter((x) => x.type === 'TextLayer'))
      expect(l.props).toMatchObject({ fontFamily: LABEL_FONT.fontFamily, characterSet: 'auto' });
  });

  it('give every constant colour four channels of 0–255', () => {
    for (const l of layers)
      for (const [key, value] of Object.entries(l.props))
        if (/^get.*Color$/.test(key) && typeof value !== 'function')
          expect(isRgba(value), `${l.props.id}.${key}`).toBe(true);
  });

  it('stack surface, ÖDS, walks, offences, names and sites from the bottom up', () => {
    const order = [
      /^(stadsdelar-choropleth|kde|hexagons|hotspots)$/,
      /^ods-\d{4}$/,
      /^walks$/,
      /^raw-points$/,
      /^stadsdelar-labels$/,
      /^sites$/,
      /^sites-labels$/,
    ].map(index);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('draw no hexagon whose count is masked', () => {
    const hexagons = layers.find((l) => l.props.id === 'hexagons');
    const counts = ((hexagons?.props.data ?? []) as { count: number }[]).map((h) => h.count);
    expect(counts.every((c) => c >= 3)).toBe(true);
  });
});

describe.each(Object.keys(densities))('the %s surface while the user draws on the map', (mode) => {
  it('is faded, and the ÖDS outlines are not', () => {
    const faded = surfaceLayers({ ...surfaceInput(densities[mode]), faded: true });
    const opacity = (pattern: RegExp) =>
      faded.filter((l) => pattern.test(l.props.id ?? '')).map((l) => l.props.opacity);
    const surface = faded.filter((l) => !/^ods/.test(l.props.id ?? ''));
    expect(surface.length).toBeGreaterThan(0);
    expect(surface.map((l) => l.props.opacity)).toEqual(surface.map(() => FADED_SURFACE_OPACITY));
    expect(opacity(/^ods/)).toEqual(expect.arrayContaining([undefined]));
    expect(opacity(/^ods/).every((o) => o === undefined)).toBe(true);
  });
});
