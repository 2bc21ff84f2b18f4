import { describe, expect, it } from 'vitest';
import { pointsNear } from './pointsNear';

describe('pointsNear', () => {
  it('keeps the points within the radius, the border included', () => {
    const e = Float64Array.from([0, 200, 141, 142, -50, 0]);
    const n = Float64Array.from([0, 0, 141, 142, 0, 201]);
    expect([...pointsNear(e, n, 6, [0, 0], 200)]).toEqual([0, 1, 2, 4]);
  });

  it('counts only the first `count` points (columns may be longer)', () => {
    const e = Float64Array.from([0, 0, 0]);
    const n = Float64Array.from([0, 0, 0]);
    expect([...pointsNear(e, n, 2, [0, 0], 10)]).toEqual([0, 1]);
  });
});
