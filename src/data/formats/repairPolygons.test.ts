import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { planarArea } from '../../analysis/planar';
import type { ImportedFeatures } from '../import/importTypes';
import { toPlanarPolygon } from '../reproject';
import { repairPolygons } from './repairPolygons';

/** A square of `size` degrees·1e-3 near Stockholm, ring as given by `corners` (unit coordinates). */
const STHLM = [18.0, 59.3];
const at = (x: number, y: number): [number, number] => [STHLM[0] + x * 0.01, STHLM[1] + y * 0.005];

function imported(...rings: [number, number][][][]): ImportedFeatures {
  const features: Feature[] = rings.map((polygon, i) => ({
    type: 'Feature',
    properties: { namn: `Område ${i + 1}` },
    geometry: { type: 'Polygon', coordinates: polygon.map((r) => r.map(([x, y]) => at(x, y))) },
  }));
  return {
    kind: 'features',
    fileName: 'ytor.geojson',
    format: 'geojson',
    crs: 'EPSG:4326',
    detectedText: '',
    features,
    problems: [],
    problemCount: 0,
  };
}

const hectares = (f: Feature) =>
  planarArea(toPlanarPolygon(f.geometry as Polygon, 'EPSG:4326')) / 10_000;
const square: [number, number][] = [
  [0, 0],
  [2, 0],
  [2, 2],
  [0, 2],
  [0, 0],
];

describe('repairPolygons (shapely make_valid, method="structure")', () => {
  it('leaves a valid polygon as it is, without a message', () => {
    const input = imported([square]);
    expect(repairPolygons(input)).toBe(input);
  });

  it('splits a bow-tie into its two triangles, with the area of both, and names the area', () => {
    const bowTie: [number, number][] = [
      [0, 0],
      [2, 2],
      [2, 0],
      [0, 2],
      [0, 0],
    ];
    const out = repairPolygons(imported([bowTie]));
    const full = hectares(imported([square]).features[0]);
    // shapely: make_valid(bow-tie) = MULTIPOLYGON of two triangles, half the square's area.
    expect(hectares(out.features[0])).toBeCloseTo(full / 2, 1);
    expect(out.features[0].geometry.type).toBe('MultiPolygon');
    expect(out.problems[0].message).toMatch(
      /^ytan "Område 1" \(objekt 1\) var ogiltig .*reparerades: [\d ]+,\d\d ha \(som ritad 0,00 ha\)/,
    );
  });

  it('ignores a hole that lies outside its shell: the area is the shell, never negative', () => {
    const hole: [number, number][] = [
      [5, 5],
      [6, 5],
      [6, 6],
      [5, 6],
      [5, 5],
    ];
    const out = repairPolygons(imported([square, hole]));
    expect(hectares(out.features[0])).toBeCloseTo(hectares(imported([square]).features[0]), 3);
    expect(out.problemCount).toBe(1);
  });

  it('refuses a three-position ring, naming the area, and keeps the other areas', () => {
    const sliver: [number, number][] = [
      [0, 0],
      [1, 1],
      [0, 0],
    ];
    const out = repairPolygons(imported([square], [sliver]));
    expect(out.features).toHaveLength(1);
    expect(out.problems[0].message).toMatch(
      /^ytan "Område 2" \(objekt 2\) har ingen yta.*hoppas över/,
    );
  });

  it('closes a ring written open, with a note', () => {
    const open = square.slice(0, 4);
    const out = repairPolygons(imported([open]));
    const ring = (out.features[0].geometry as Polygon).coordinates[0];
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(out.problems[0].message).toMatch(/ring var inte sluten och slöts/);
  });
});
