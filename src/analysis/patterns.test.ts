import { describe, expect, it } from 'vitest';
import { categoryIndex } from './categories';
import { dayNumber } from './isoWeek';
import {
  monthTrend,
  topCellShare,
  topStreets,
  weekdayHourMatrix,
  type PatternOffences,
} from './patterns';

const V = categoryIndex('Våldsbrott');
const N = categoryIndex('Narkotikabrott');

function offences(
  rows: { day: number; minute: number; cat: number; street: number; e: number }[],
): PatternOffences {
  return {
    count: rows.length,
    day: Int32Array.from(rows.map((r) => r.day)),
    minute: Int16Array.from(rows.map((r) => r.minute)),
    category: Uint8Array.from(rows.map((r) => r.cat)),
    streetIndex: Uint32Array.from(rows.map((r) => r.street)),
    streets: ['Sankt Eriksgatan 32', 'Sankt Eriksgatan 40', 'Fleminggatan 5'],
    e: Float64Array.from(rows.map((r) => r.e)),
    n: new Float64Array(rows.length).fill(6_580_000),
  };
}

const monday = dayNumber(2024, 3, 4);
const o = offences([
  { day: monday, minute: 21 * 60 + 5, cat: V, street: 0, e: 672_010 },
  { day: monday, minute: 21 * 60 + 50, cat: V, street: 1, e: 672_020 },
  { day: monday + 6, minute: 2 * 60, cat: V, street: 2, e: 672_030 },
  { day: dayNumber(2024, 5, 2), minute: -1, cat: N, street: 2, e: 675_000 },
]);
const all = new Uint8Array(o.count).fill(1);

describe('time and place patterns', () => {
  it('counts per weekday and hour, Monday first, leaving out rows without a time', () => {
    const m = weekdayHourMatrix(o, all);
    expect([m[0 * 24 + 21], m[6 * 24 + 2], m.reduce((s, v) => s + v, 0)]).toEqual([2, 1, 3]);
  });

  it('lists every month between the first and the last offence', () => {
    const t = monthTrend(o, all);
    expect(t.months).toEqual(['2024-03', '2024-04', '2024-05']);
    expect(t.byCategory[N]).toEqual([0, 0, 1]);
  });

  it('counts a street once whatever the house number', () => {
    expect(topStreets(o, all)[V]).toEqual([
      { street: 'Sankt Eriksgatan', count: 2 },
      { street: 'Fleminggatan', count: 1 },
    ]);
  });

  it('gives the share of offences in the busiest 5 % of cells', () => {
    expect(topCellShare(o, all, 100)).toBeCloseTo(3 / 4, 9);
  });
});
