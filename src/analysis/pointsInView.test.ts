import { describe, expect, it } from 'vitest';
import { pointsInView } from './pointsInView';

const o = {
  count: 3,
  day: new Int32Array(3),
  category: Uint8Array.from([0, 8, 9]),
  lon: Float64Array.from([18.03, 18.04, 18.2]),
  lat: Float64Array.from([59.33, 59.331, 59.4]),
};
const all = Uint8Array.from([1, 1, 1]);

describe('points in view', () => {
  it('returns the positions of the selected offences inside the view', () => {
    const v = pointsInView(o, all, [18.0, 59.3, 18.1, 59.35], 10);
    expect([v.total, Array.from(v.positions ?? []), Array.from(v.categories ?? [])]).toEqual([
      2,
      [18.03, 59.33, 18.04, 59.331],
      [0, 8],
    ]);
  });

  it('returns only the count when more than the limit are in view', () => {
    const v = pointsInView(o, all, [18.0, 59.3, 18.3, 59.5], 2);
    expect([v.total, v.positions]).toEqual([3, null]);
  });
});
