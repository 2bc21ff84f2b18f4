import { describe, expect, it } from 'vitest';
import { inferLineage } from './lineage';
import { lineageCounts, yearSummary } from './regionSummary';
import { buildSceneYears, type ExtentInput } from './sceneYears';

const E = 674_000;
const N = 6_580_000;
const extent = (name: string, year: number, x0: number, x1: number): ExtentInput => ({
  key: name,
  name,
  year,
  status: '',
  source: 'test',
  label: name,
  planar: [
    [Float64Array.from([E + x0, N, E + x1, N, E + x1, N + 100, E + x0, N + 100, E + x0, N])],
  ],
});

describe('region view', () => {
  const years = buildSceneYears([
    extent('a', 2021, 0, 100),
    extent('b', 2021, 50, 150),
    extent('c', 2021, 1000, 1100),
    extent('a', 2023, 0, 100),
    extent('d', 2023, 3000, 3100),
  ]);

  it('counts scenes per year and the hectares they cover together, overlaps once', () => {
    expect(yearSummary(years, 2021)).toEqual({ year: 2021, scenes: 3, hectares: 2.5 });
  });

  it('counts how many scenes continued, started, ended, merged and split', () => {
    // b overlaps a by half and has no namesake in 2023: it merged into a.
    expect(lineageCounts(inferLineage(years, 2021, 2023))).toEqual({
      continued: 0,
      new: 1,
      ended: 1,
      merged: 1,
      split: 0,
      unmapped: 0,
    });
  });
});
