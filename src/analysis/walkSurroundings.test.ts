import { describe, expect, it } from 'vitest';
import type { HotSpotCells } from './density';
import type { PlanarPolygon } from './planar';
import { walkSurroundings, type SurroundingsOffences } from './walkSurroundings';
import type { PlanarPoint } from './walkRoute';

const X0 = 672_000;
const Y0 = 6_580_000;
/** 1 km due east. */
const ROUTE: PlanarPoint[] = [
  [X0, Y0],
  [X0 + 1000, Y0],
];

const square = (x: number, y: number, side: number): PlanarPolygon => [
  [Float64Array.from([x, y, x + side, y, x + side, y + side, x, y + side, x, y])],
];

/** Points [e, n, category] with an optional "Plats" each (none: an empty one). */
function offences(points: [number, number, number][], places: string[] = []): SurroundingsOffences {
  const streets = [...new Set(['', ...places])];
  return {
    count: points.length,
    e: Float64Array.from(points.map((p) => p[0])),
    n: Float64Array.from(points.map((p) => p[1])),
    category: Uint8Array.from(points.map((p) => p[2])),
    streetIndex: Uint32Array.from(points.map((_, i) => streets.indexOf(places[i] ?? ''))),
    streets,
  };
}

const base = {
  route: ROUTE,
  distance: 50,
  offences: null,
  mask: null,
  extents: [],
  hotCells: null,
  privacyThreshold: 3,
};

describe('offences near the route', () => {
  // Four violent offences and two thefts within 50 m; one violent offence 80 m off.
  const o = offences([
    [X0 + 100, Y0 + 10, 0],
    [X0 + 200, Y0 - 20, 0],
    [X0 + 300, Y0 + 40, 0],
    [X0 + 400, Y0, 0],
    [X0 + 500, Y0 + 80, 0],
    [X0 + 600, Y0 - 5, 3],
    [X0 + 700, Y0 + 5, 3],
  ]);

  it('counts per category, largest first, and masks counts below the threshold', () => {
    const r = walkSurroundings({ ...base, offences: o });
    expect(r.categories).toEqual([
      { category: 0, count: 4 },
      { category: 3, count: null },
    ]);
    expect(r.total).toBe(6);
  });

  it('shows every count with the threshold off', () => {
    const r = walkSurroundings({ ...base, offences: o, privacyThreshold: 0 });
    expect(r.categories).toEqual([
      { category: 0, count: 4 },
      { category: 3, count: 2 },
    ]);
  });

  it('counts only the offences of the chosen period and filter', () => {
    const mask = Uint8Array.from([1, 1, 1, 0, 1, 1, 1]);
    expect(walkSurroundings({ ...base, offences: o, mask }).categories[0]).toEqual({
      category: 0,
      count: 3,
    });
  });
});

describe('ÖDS extents and hot spots along the route', () => {
  const crossed = {
    id: 'a',
    name: 'Fridhemsplan',
    year: 2023,
    planar: square(X0 + 400, Y0 - 100, 200),
  };
  const near = { id: 'b', name: 'Nära', planar: square(X0 + 800, Y0 + 30, 100) };
  const far = { id: 'c', name: 'Långt bort', planar: square(X0, Y0 + 500, 100) };

  it('lists the extents the route crosses or passes within the distance, with the crossings', () => {
    const r = walkSurroundings({ ...base, extents: [far, near, crossed] });
    expect(r.extents.map((x) => [x.name, x.distance])).toEqual([
      ['Fridhemsplan', 0],
      ['Nära', 30],
    ]);
    expect(r.extents[0].crossings).toEqual([
      [X0 + 400, Y0],
      [X0 + 600, Y0],
    ]);
  });

  const passedCells: HotSpotCells = {
    minX: X0,
    minY: Y0 - 100,
    cellSize: 100,
    cols: 10,
    cells: [
      { index: 10 + 1, sign: 1, z: 3.2 }, // centre (150, 50): 50 m off, passed
      { index: 10 + 2, sign: 1, z: 2.5 }, // (250, 50): passed
      { index: 5 * 10 + 3, sign: 1, z: 4 }, // (350, 450): 450 m off, not passed
      { index: 10 + 8, sign: -1, z: -3 }, // a cold cell is no suggestion
    ],
  };

  it('suggests stops at ÖDS edges and at the hot cells it passes, strongest first, in plain words', () => {
    const r = walkSurroundings({ ...base, extents: [crossed], hotCells: passedCells });
    expect(r.hotCells.map((h) => h.centre)).toEqual([
      [X0 + 150, Y0 + 50],
      [X0 + 250, Y0 + 50],
    ]);
    expect(r.suggestions.map((s) => [s.kind, s.position[0] - X0, s.label])).toEqual([
      ['ods-edge', 400, 'Fridhemsplan: här går gränsen för den öppna drogscenen (kartlagd 2023)'],
      ['ods-edge', 600, 'Fridhemsplan: här går gränsen för den öppna drogscenen (kartlagd 2023)'],
      ['hotspot', 150, 'Fler anmälda brott här än i omgivningen'],
      ['hotspot', 250, 'Fler anmälda brott här än i omgivningen'],
    ]);
  });

  it('says how many offences of the period lie within 100 m of a stop, or 200 m when too few to show', () => {
    // The hot cells' stops are at 150 and 250 on the route, 100 m apart.
    const o = offences([
      [X0 + 150, Y0 + 60, 0],
      [X0 + 150, Y0 - 60, 0],
      [X0 + 110, Y0, 0],
      [X0 + 160, Y0 + 99, 0],
      [X0 + 300, Y0 + 20, 0], // within 100 m of 250 only
      [X0 + 260, Y0 + 20, 0], // near both, but left out by the mask
      [X0 + 150, Y0 + 101, 0], // 101 m off 150, 142 m off 250
    ]);
    const mask = Uint8Array.from([1, 1, 1, 1, 1, 0, 1]);
    const r = walkSurroundings({ ...base, offences: o, mask, hotCells: passedCells });
    expect(r.suggestions.map((s) => s.label)).toEqual([
      '4 anmälda brott inom 100 m, fler än i omgivningen',
      // One within 100 m is below the threshold of 3: the six within 200 m are shown instead.
      '6 anmälda brott inom 200 m, fler än i omgivningen',
    ]);
  });

  const oneCell: HotSpotCells = {
    minX: X0 + 100,
    minY: Y0 - 100,
    cellSize: 100,
    cols: 1,
    cells: [{ index: 1, sign: 1, z: 3 }], // centre (150, 50): its stop is at 150 on the route
  };
  const near150 = (places: string[]) =>
    offences(
      places.map((_, i) => [X0 + 150 + i, Y0 + 10, 0]),
      places,
    );

  it('gives no number when the offences are below the threshold within 200 m too', () => {
    const o = offences([
      [X0 + 150, Y0 + 10, 0],
      [X0 + 150, Y0 + 190, 0],
    ]);
    const r = walkSurroundings({ ...base, offences: o, hotCells: oneCell });
    expect(r.suggestions.map((s) => s.label)).toEqual(['Fler anmälda brott här än i omgivningen']);
  });

  it('says where: the most common street of the offences counted, house numbers dropped', () => {
    const o = near150([
      'Sankt Eriksgatan 12',
      'Fleminggatan 1',
      'Sankt Eriksgatan 40B',
      'Fleminggatan 3',
      'Sankt Eriksgatan 3',
    ]);
    const [s] = walkSurroundings({ ...base, offences: o, hotCells: oneCell }).suggestions;
    expect(s.label).toBe('Sankt Eriksgatan: 5 anmälda brott inom 100 m, fler än i omgivningen');
    expect(s.stopName).toBe('Sankt Eriksgatan');
  });

  it('names no street that fewer offences than the threshold name', () => {
    const o = near150(['Atlasgatan 1', 'Atlasgatan 2', 'Birkagatan 1', 'Celsiusgatan 1']);
    const [s] = walkSurroundings({ ...base, offences: o, hotCells: oneCell }).suggestions;
    expect(s.label).toBe('4 anmälda brott inom 100 m, fler än i omgivningen');
    expect(s.stopName).toBe('Många brott (efter 150 m)');
  });

  it('suggests one stop for hot cells on the same street within 150 m: the stronger', () => {
    const o = offences(
      [150, 200, 250, 300].map((x) => [X0 + x, Y0 + 10, 0]),
      ['Sankt Eriksgatan 1', 'Sankt Eriksgatan 2', 'Sankt Eriksgatan 3', 'Sankt Eriksgatan 4'],
    );
    const r = walkSurroundings({ ...base, offences: o, hotCells: passedCells });
    expect(r.suggestions.map((s) => [s.position[0] - X0, s.stopName])).toEqual([
      [150, 'Sankt Eriksgatan'],
    ]);
  });

  it('keeps one suggestion within 50 m: the stronger one', () => {
    const hot: HotSpotCells = {
      minX: X0 + 370,
      minY: Y0 - 50,
      cellSize: 100,
      cols: 1,
      cells: [{ index: 0, sign: 1, z: 5 }], // centre at 420: 20 m from the edge at 400
    };
    const r = walkSurroundings({ ...base, extents: [crossed], hotCells: hot });
    expect(r.suggestions.map((s) => s.kind)).toEqual(['ods-edge', 'ods-edge']);
  });
});

it('gives nothing for an empty route', () => {
  expect(walkSurroundings({ ...base, route: [] }).suggestions).toEqual([]);
});
