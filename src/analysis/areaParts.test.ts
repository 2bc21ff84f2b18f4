import { describe, expect, it } from 'vitest';
import { roundedAreaParts } from './areaParts';

const sum = (x: number, y: number) => Math.round((x + y) * 100) / 100;

describe('roundedAreaParts', () => {
  it('makes kept + lost the A shown, where rounding each gave one hundredth less', () => {
    // Fridhemsplan 2021 → 2023 in the demo: 14,90 + 12,72 = 27,62 ≠ 27,63 when rounded alone.
    const r = roundedAreaParts({
      a: 27.6268,
      b: 48.5249,
      kept: 14.9049,
      lost: 12.7219,
      gained: 33.62,
    });
    expect(r.a).toBe(27.63);
    expect(sum(r.kept, r.lost)).toBe(27.63);
    expect(sum(r.kept, r.gained)).toBe(r.b);
    expect(r.lost).toBe(12.73);
  });

  it('keeps each part within a hundredth of its own rounding', () => {
    const p = { a: 10.004, b: 7.996, kept: 5.005, lost: 4.999, gained: 2.991 };
    const r = roundedAreaParts(p);
    for (const k of ['kept', 'lost', 'gained'] as const)
      expect(Math.abs(r[k] - Math.round(p[k] * 100) / 100)).toBeLessThanOrEqual(0.0100001);
    expect(sum(r.kept, r.lost)).toBe(r.a);
    expect(sum(r.kept, r.gained)).toBe(r.b);
  });

  it('never shows more kept than a total, nor a negative part', () => {
    const r = roundedAreaParts({ a: 3.004, b: 9, kept: 3.004, lost: 0, gained: 5.996 });
    expect(r.kept).toBe(3);
    expect(r.lost).toBe(0);
    expect(r.gained).toBe(6);
  });

  it('gives the whole year as lost or gained when the other year has no extent', () => {
    expect(roundedAreaParts({ a: 4.126, b: null, kept: 0, lost: 4.126, gained: 0 })).toEqual({
      a: 4.13,
      b: null,
      kept: 0,
      lost: 4.13,
      gained: 0,
    });
    expect(roundedAreaParts({ a: null, b: 2.5, kept: 0, lost: 0, gained: 2.5 }).gained).toBe(2.5);
  });
});
