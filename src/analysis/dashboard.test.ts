import { describe, expect, it } from 'vitest';
import { categoryIndex, CATEGORIES } from './categories';
import { COUNT_SLOTS } from './countCategories';
import {
  computeDashboard,
  computeMembership,
  type AnalysisArea,
  type DashboardQuery,
} from './dashboard';
import { ALL_WEEKDAYS } from './filter';
import { dayNumber } from './isoWeek';
import { weeksAgainstPreviousYear } from './periods';
import { planarArea, squareMetresToHectares, type PlanarPolygon } from './planar';

const rect = (x0: number, y0: number, x1: number, y1: number): PlanarPolygon => [
  [Float64Array.from([x0, y0, x1, y0, x1, y1, x0, y1, x0, y0])],
];

function area(id: string, planar: PlanarPolygon, district = '', year?: number): AnalysisArea {
  return {
    id,
    name: id,
    planar,
    district,
    year,
    hectares: squareMetresToHectares(planarArea(planar)),
  };
}

/** Two 100 m × 100 m stadsdelar side by side; two overlapping ÖDS extents straddling them. */
const stadsdelar = [
  area('Väst', rect(0, 0, 100, 100), 'Distrikt'),
  area('Öst', rect(100, 0, 200, 100), 'Distrikt'),
];
const ods = [
  area('ÖDS', rect(50, 0, 150, 100), '', 2021),
  area('ÖDS', rect(80, 0, 180, 100), '', 2023),
];

const V = categoryIndex('Våldsbrott');
const S = categoryIndex('Skadegörelsebrott');
const in2024 = dayNumber(2024, 3, 1);
const in2023 = dayNumber(2023, 3, 1);
const points: [number, number, number, number][] = [
  [10, 50, in2024, V],
  [60, 50, in2024, V],
  [90, 50, in2024, S],
  [100, 50, in2024, V], // on the shared border: counted in the first stadsdel in file order
  [160, 50, in2023, V],
  [500, 50, in2024, V], // outside every area
];

const offences = {
  count: points.length,
  e: Float64Array.from(points.map((p) => p[0])),
  n: Float64Array.from(points.map((p) => p[1])),
  day: Int32Array.from(points.map((p) => p[2])),
  category: Uint8Array.from(points.map((p) => p[3])),
  minute: new Int16Array(points.length).fill(12 * 60),
};

const query = (scope: DashboardQuery['scope']): DashboardQuery => ({
  periods: weeksAgainstPreviousYear(2024, 1, 43),
  filter: {
    categorySlots: Array.from({ length: COUNT_SLOTS }, (_, s) => s < CATEGORIES.length),
    weekdays: ALL_WEEKDAYS,
    hourFrom: 0,
    hourTo: 23,
  },
  scope,
});

const membership = computeMembership(offences, stadsdelar, ods);
const run = (scope: DashboardQuery['scope']) =>
  computeDashboard(offences, stadsdelar, ods, membership, query(scope));

describe('dashboard', () => {
  it('counts each offence in one stadsdel, a border point in the first in file order', () => {
    expect(run({ kind: 'district', name: 'Distrikt' }).stadsdelar.map((r) => r.count)).toEqual([
      4, 0,
    ]);
  });

  it('gives per-hectare rates from true area', () => {
    expect(run({ kind: 'district', name: 'Distrikt' }).stadsdelar[0].perHectare).toBeCloseTo(4, 9);
  });

  it('sums stadsdelar into their stadsdelsområde', () => {
    const d = run({ kind: 'district', name: 'Distrikt' }).districts[0];
    expect([d.name, d.count, d.hectares]).toEqual(['Distrikt', 4, 2]);
  });

  it('counts overlapping ÖDS extents each on its own and names them by year', () => {
    const rows = run({ kind: 'district', name: 'Distrikt' }).ods;
    expect(rows.map((r) => [r.name, r.count])).toEqual([
      ['ÖDS 2021', 3],
      ['ÖDS 2023', 2],
    ]);
  });

  it('compares the chosen ÖDS extent across the two periods', () => {
    const rows = run({ kind: 'ods', id: 'ÖDS' }).comparison.rows;
    const vald = rows.find((r) => r.label === 'Våldsbrott');
    expect([vald?.current, vald?.previous]).toEqual([2, 0]);
  });

  it('compares every offence inside any area when the scope is all areas', () => {
    const r = run({ kind: 'all' }).comparison;
    const vald = r.rows.find((x) => x.label === 'Våldsbrott');
    expect([r.scopeLabel, vald?.current, vald?.previous]).toEqual(['Alla områden', 3, 1]);
  });
});
