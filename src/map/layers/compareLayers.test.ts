import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { AreaSummary } from '../../data/areaLayers';
import {
  clipToSide,
  DIFF_COLORS,
  differenceLayers,
  partsBounds,
  swipeLayers,
  yearColor,
  yearExtentLayers,
  type DiffShape,
} from './compareLayers';

const square = (lon: number, lat: number, d: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon, lat],
      [lon + d, lat],
      [lon + d, lat + d],
      [lon, lat + d],
      [lon, lat],
    ],
  ],
});

const area = (id: string, year: number, lon: number): AreaSummary => ({
  id,
  name: id,
  district: '',
  year,
  hectares: 1,
  geometry: square(lon, 59.33, 0.01),
  labelPosition: [lon, 59.33],
});

const ODS = [area('a', 2021, 18.0), area('b', 2023, 18.0), area('c', 2024, 18.1)];

/** Machado, Oliveira & Fernandes (2009), severity 1, on linear RGB. */
const DEFICIENCIES: Record<string, number[][]> = {
  none: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const toLinear = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const toSrgb = (v: number) => {
  const c = Math.min(Math.max(v, 0), 1);
  return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
};
function simulate(color: number[], m: number[][]): number[] {
  const l = color.slice(0, 3).map(toLinear);
  return m.map((row) => toSrgb(row[0] * l[0] + row[1] * l[1] + row[2] * l[2]));
}

const lons = (p: Polygon) => p.coordinates[0].map((c) => c[0]);

describe('differenceLayers', () => {
  const part = (kind: DiffShape['kind']): DiffShape => ({
    name: 's',
    kind,
    hectares: 1,
    geometry: square(18, 59.33, 0.01),
  });

  it('colours kept, gained and lost each in its own colour', () => {
    const [layer] = differenceLayers([part('kept'), part('gained'), part('lost')]);
    const props = layer.props as unknown as {
      getLineColor: (f: unknown) => number[];
      data: unknown[];
    };
    expect(props.data.map((f) => props.getLineColor(f))).toEqual([
      DIFF_COLORS.kept,
      DIFF_COLORS.gained,
      DIFF_COLORS.lost,
    ]);
  });

  it('keeps the three colours apart for every common colour-vision deficiency', () => {
    const colors = Object.values(DIFF_COLORS);
    for (const matrix of Object.values(DEFICIENCIES)) {
      const seen = colors.map((c) => simulate(c, matrix));
      for (let i = 0; i < seen.length; i++)
        for (let j = i + 1; j < seen.length; j++)
          expect(Math.hypot(...seen[i].map((v, k) => v - seen[j][k]))).toBeGreaterThan(80);
    }
  });

  it('draws nothing without parts', () => {
    expect(differenceLayers([])).toEqual([]);
  });
});

describe('the swipe', () => {
  it('cuts an extent at the divider: west keeps the left part, east the right', () => {
    const [west] = clipToSide(ODS, 2021, 'west', 18.004);
    const [east] = clipToSide(ODS, 2023, 'east', 18.004);
    expect(Math.max(...lons(west.geometry as Polygon))).toBeCloseTo(18.004, 9);
    expect(Math.min(...lons(east.geometry as Polygon))).toBeCloseTo(18.004, 9);
  });

  it('drops an extent that lies wholly on the other side', () => {
    expect(clipToSide(ODS, 2024, 'west', 18.05)).toEqual([]);
  });

  it('draws A left in A’s colour and B right in B’s colour', () => {
    const [a, b] = swipeLayers(ODS, 2021, 2023, 18.004);
    expect([a.props.id, b.props.id]).toEqual(['compare-swipe-a', 'compare-swipe-b']);
    expect((a.props as { getLineColor: unknown }).getLineColor).toEqual(yearColor(ODS, 2021));
    expect((b.props as { getLineColor: unknown }).getLineColor).toEqual(yearColor(ODS, 2023));
  });
});

describe('side by side', () => {
  it('draws only the extents of the year of that map', () => {
    const [layer] = yearExtentLayers(ODS, 2024, 'compare-side-b');
    const data = layer.props.data as { properties: AreaSummary }[];
    expect(data.map((f) => f.properties.id)).toEqual(['c']);
  });
});

describe('partsBounds', () => {
  it('encloses every part, so the map fits the whole scene', () => {
    const parts = [
      { geometry: square(18.0, 59.3, 0.01) },
      { geometry: square(18.05, 59.35, 0.02) },
    ];
    partsBounds(parts)!.forEach((v, i) => expect(v).toBeCloseTo([18.0, 59.3, 18.07, 59.37][i], 9));
  });

  it('is null without parts', () => {
    expect(partsBounds([])).toBeNull();
  });
});
