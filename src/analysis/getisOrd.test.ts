import { describe, expect, it } from 'vitest';
import { benjaminiHochberg, getisOrdStar } from './getisOrd';
import { seededRandom } from './seededRandom';

function noiseGrid(cols: number, rows: number, seed: number): Float32Array {
  const rand = seededRandom(seed);
  return Float32Array.from({ length: cols * rows }, () => Math.floor(rand() * 4));
}

describe('Getis-Ord Gi* with FDR', () => {
  it('finds a planted cluster as a hot spot', () => {
    const [cols, rows] = [40, 40];
    const counts = noiseGrid(cols, rows, 1);
    for (let r = 18; r < 22; r++) for (let c = 18; c < 22; c++) counts[r * cols + c] += 30;
    const res = getisOrdStar({
      cols,
      rows,
      counts,
      study: new Uint8Array(cols * rows).fill(1),
      radius: 2,
    });
    expect(res.significant[20 * cols + 20]).toBe(1);
  });

  it('finds no hot spots in pure noise once corrected for many tests', () => {
    const [cols, rows] = [40, 40];
    const res = getisOrdStar({
      cols,
      rows,
      counts: noiseGrid(cols, rows, 2),
      study: new Uint8Array(cols * rows).fill(1),
      radius: 2,
    });
    expect(res.significant.filter((v) => v !== 0).length).toBe(0);
  });

  it('ignores cells outside the study area', () => {
    const [cols, rows] = [10, 10];
    const study = new Uint8Array(cols * rows).fill(1);
    study[0] = 0;
    const res = getisOrdStar({ cols, rows, counts: noiseGrid(cols, rows, 3), study, radius: 1 });
    expect([res.z[0], res.significant[0]]).toEqual([0, 0]);
  });
});

describe('Benjamini–Hochberg', () => {
  it('keeps the p-values under the step-up line', () => {
    expect(benjaminiHochberg([0.001, 0.03, 0.04, 0.5], 0.05)).toEqual([true, false, false, false]);
    expect(benjaminiHochberg([0.01, 0.02, 0.03, 0.04], 0.05)).toEqual([true, true, true, true]);
  });
});
