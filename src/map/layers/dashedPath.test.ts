import { describe, expect, it } from 'vitest';
import { dashedPath } from './dashedPath';
import { toPixels, type LonLat } from './webMercator';

const ZOOM = 15;
const lengthPx = (path: LonLat[]) => {
  let sum = 0;
  for (let i = 1; i < path.length; i++) {
    const [ax, ay] = toPixels(path[i - 1], ZOOM);
    const [bx, by] = toPixels(path[i], ZOOM);
    sum += Math.hypot(bx - ax, by - ay);
  }
  return sum;
};
/** An L-shaped route of about 600 + 400 pixels at zoom 15. */
const route: LonLat[] = [
  [18.02, 59.33],
  [18.0325, 59.33],
  [18.0325, 59.3342],
];

describe('dashed path', () => {
  it('cuts a route into dashes of the given length in screen pixels', () => {
    const dashes = dashedPath(route, ZOOM, 12, 8);
    const lengths = dashes.map(lengthPx);
    expect(Math.max(...lengths)).toBeCloseTo(12, 3);
    expect(lengths.slice(0, -1).every((l) => Math.abs(l - 12) < 1e-3)).toBe(true);
  });

  it('leaves gaps so that 12 of every 20 pixels are drawn', () => {
    const drawn = dashedPath(route, ZOOM, 12, 8)
      .map(lengthPx)
      .reduce((a, b) => a + b, 0);
    expect(drawn / lengthPx(route)).toBeCloseTo(12 / 20, 1);
  });

  it('keeps a dash whole round a corner', () => {
    const dashes = dashedPath(route, ZOOM, 12, 8);
    expect(dashes.some((d) => d.length === 3)).toBe(true);
  });

  it('gives nothing for a single point', () => {
    expect(dashedPath([[18, 59]], ZOOM, 12, 8)).toEqual([]);
  });
});
