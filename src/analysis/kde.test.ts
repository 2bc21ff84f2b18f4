import { describe, expect, it } from 'vitest';
import { kernelDensity } from './kde';

const one = (x: number, y: number) => ({
  xs: Float64Array.from([x]),
  ys: Float64Array.from([y]),
  mask: Uint8Array.from([1]),
});

describe('kernel density', () => {
  it('keeps the total: density × cell area sums to the number of offences', () => {
    const xs = Float64Array.from([1000, 1010, 1400]);
    const ys = Float64Array.from([2000, 2030, 2100]);
    const g = kernelDensity(
      xs,
      ys,
      Uint8Array.from([1, 1, 1]),
      { minX: 900, minY: 1900, maxX: 1500, maxY: 2200 },
      25,
      150,
    );
    const total = g.values.reduce((s, v) => s + v, 0) * ((25 * 25) / 10_000);
    expect(total).toBeCloseTo(3, 4);
  });

  it('peaks at the offence and is zero beyond the bandwidth', () => {
    const p = one(1012.5, 2012.5);
    const g = kernelDensity(
      p.xs,
      p.ys,
      p.mask,
      { minX: 1000, minY: 2000, maxX: 1025, maxY: 2025 },
      25,
      100,
    );
    const at = (x: number, y: number) =>
      g.values[Math.floor((y - g.minY) / 25) * g.cols + Math.floor((x - g.minX) / 25)];
    expect(at(1012.5, 2012.5)).toBe(Math.max(...g.values));
    expect(at(1012.5 + 125, 2012.5)).toBe(0);
  });

  it('ignores masked offences', () => {
    const g = kernelDensity(
      Float64Array.from([1000]),
      Float64Array.from([2000]),
      Uint8Array.from([0]),
      { minX: 900, minY: 1900, maxX: 1100, maxY: 2100 },
      25,
      100,
    );
    expect(Math.max(...g.values)).toBe(0);
  });
});
