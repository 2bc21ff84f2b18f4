import { describe, expect, it } from 'vitest';
import { testChange } from './significance';

describe('change test', () => {
  it('calls 6 against 3 in equal periods chance (p ≈ 0.51)', () => {
    const t = testChange(6, 3, 301, 301);
    expect(t.pValue).toBeCloseTo(0.5078, 3);
    expect(t.notable).toBe(false);
  });

  it('calls 121 against 82 in equal periods notable', () => {
    expect(testChange(121, 82, 301, 301).notable).toBe(true);
  });

  it('accounts for periods of different length', () => {
    expect(testChange(20, 10, 28, 14).notable).toBe(false);
  });

  it('uses the normal approximation above 2 000 offences (1 100 against 1 000: p ≈ 0.031)', () => {
    expect(testChange(1100, 1000, 1, 1).pValue).toBeCloseTo(0.031, 2);
  });
});
