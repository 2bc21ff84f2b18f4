import { describe, expect, it } from 'vitest';
import { cleanExtent, diffExtents, ExtentGeometryError } from './extentDiff';
import type { PlanarPolygon } from './planar';

const E = 674_000;
const N = 6_580_000;
const ring = (...xy: number[]): PlanarPolygon => [[Float64Array.from(xy)]];
const square = (x: number, y: number, size: number): PlanarPolygon =>
  ring(x, y, x + size, y, x + size, y + size, x, y + size, x, y);
const bowTie = ring(E, N, E + 200, N + 200, E + 200, N, E, N + 200, E, N);

function errorOf(run: () => unknown): ExtentGeometryError {
  try {
    run();
  } catch (e) {
    if (e instanceof ExtentGeometryError) return e;
    throw e;
  }
  throw new Error('no ExtentGeometryError');
}

describe('cleaning one scene-year', () => {
  it('refuses an extent without area, naming it', () => {
    const line = ring(E, N, E + 100, N + 100, E + 200, N + 200, E, N);
    const e = errorOf(() => cleanExtent([line], 'ods.geojson: "Torget" 2021 (objekt 3)'));
    expect(e.message).toMatch(
      /^ods\.geojson: "Torget" 2021 \(objekt 3\): utbredningen har ingen yta/,
    );
  });

  it('refuses coordinates that are not numbers, naming the extent', () => {
    const broken = ring(E, N, NaN, N, E + 100, N + 100, E, N);
    expect(errorOf(() => cleanExtent([broken], '"Parken" 2023')).message).toContain(
      '"Parken" 2023: utbredningen har ogiltiga koordinater',
    );
  });
});

describe('kept, gained and lost', () => {
  it('gives all of B as gained for a new scene', () => {
    const d = diffExtents([], square(E, N, 100), 'Ny');
    expect([d.aHa, d.bHa, d.keptHa, d.gainedHa, d.lostHa]).toEqual([0, 1, 0, 1, 0]);
  });

  it('refuses an unrepaired self-intersecting extent instead of giving wrong hectares', () => {
    const e = errorOf(() => diffExtents(bowTie, square(E, N, 200), 'Rosetten'));
    expect(e.message).toMatch(/^Rosetten: ytorna går inte ihop/);
  });

  it('gives right hectares once the same extent is cleaned', () => {
    const d = diffExtents(cleanExtent([bowTie], 'Rosetten'), square(E, N, 200), 'Rosetten');
    expect([d.aHa, d.bHa, d.keptHa, d.gainedHa, d.lostHa]).toEqual([2, 4, 2, 2, 0]);
  });
});
