import { describe, it, expect } from 'vitest';
import { fitReal, InfeasibleSystemError, residuals, solveCounts, type CountSystem } from './solver';

/**
 * A made-up miniature of the calibration: 4 cells (A-only, A∩B, B-only, rest)
 * × 2 time blocks (early, late). Equations: whole area over both blocks,
 * area B over both blocks, whole area early only, area A early only.
 */
const cells = 4;
const v = (cell: number, block: number) => block * cells + cell;
const all = (block: number) => [0, 1, 2, 3].map((c) => v(c, block));

function miniSystem(totals: [number, number, number, number]): CountSystem {
  return {
    prior: [3, 2, 4, 20, 1, 1, 1, 5].map((p) => p * 1.7),
    equations: [
      { label: 'area, both blocks', vars: [...all(0), ...all(1)], total: totals[0] },
      { label: 'B, both blocks', vars: [v(1, 0), v(2, 0), v(1, 1), v(2, 1)], total: totals[1] },
      { label: 'area, early', vars: all(0), total: totals[2] },
      { label: 'A, early', vars: [v(0, 0), v(1, 0)], total: totals[3] },
    ],
  };
}

describe('solveCounts', () => {
  it('satisfies every equation exactly with non-negative integers', () => {
    for (const totals of [
      [101, 23, 77, 19],
      [816, 82, 750, 60],
      [7, 7, 0, 0],
      [1, 0, 1, 1],
      [2031, 123, 1920, 119],
    ] as [number, number, number, number][]) {
      const system = miniSystem(totals);
      const x = solveCounts(system);
      expect(x.every((c) => Number.isInteger(c) && c >= 0)).toBe(true);
      expect(residuals(system, x)).toEqual([0, 0, 0, 0]);
    }
  });

  it('stays within one or two of the real proportional fit', () => {
    const system = miniSystem([816, 82, 750, 60]);
    const real = fitReal(system);
    const x = solveCounts(system);
    x.forEach((c, i) => expect(Math.abs(c - real[i])).toBeLessThanOrEqual(2));
  });

  it('keeps prior ratios where equations leave freedom', () => {
    const x = solveCounts({
      prior: [1, 3, 0, 5],
      equations: [{ label: 'first two', vars: [0, 1], total: 400 }],
    });
    expect(x).toEqual([100, 300, 0, 5]);
  });

  it('is deterministic', () => {
    const system = miniSystem([2031, 123, 1920, 119]);
    expect(solveCounts(system)).toEqual(solveCounts(system));
  });

  it('rejects contradictory equations', () => {
    // Early part of the area larger than the whole area.
    expect(() => solveCounts(miniSystem([10, 0, 20, 0]))).toThrow(InfeasibleSystemError);
    // A total that only zero-prior variables could supply.
    expect(() =>
      solveCounts({ prior: [0, 1], equations: [{ label: 'empty', vars: [0], total: 3 }] }),
    ).toThrow(InfeasibleSystemError);
  });
});
