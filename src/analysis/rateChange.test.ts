import { describe, expect, it } from 'vitest';
import { certaintyText, rateChangeCertainty } from './rateChange';

describe('rateChangeCertainty', () => {
  it('gives the 95 % interval of the rate ratio, here the demo Fridhemsplan violence (160 → 377)', () => {
    // RR = (377 / 48.52) / (160 / 27.63) = 1.342; ln RR ± 1.96 · √(1/160 + 1/377) = ± 0.1849: 1.115 to 1.614.
    const c = rateChangeCertainty({ count: 160, exposure: 27.63 }, { count: 377, exposure: 48.52 });
    expect(c).toEqual({
      kind: 'interval',
      low: expect.any(Number),
      high: expect.any(Number),
      chance: false,
    });
    if (c?.kind !== 'interval') throw new Error('no interval');
    expect(c.low).toBeCloseTo(11.5, 1);
    expect(c.high).toBeCloseTo(61.4, 1);
  });

  it('spans no change when the counts are too close to tell apart', () => {
    // RR = 2, ln 2 ± 1.96 · √(1/10 + 1/20) = 0.693 ± 0.759: 0.936 to 4.273.
    const c = rateChangeCertainty({ count: 10, exposure: 1 }, { count: 20, exposure: 1 });
    if (c?.kind !== 'interval') throw new Error('no interval');
    expect(c.low).toBeCloseTo(-6.4, 1);
    expect(c.high).toBeCloseTo(327.3, 1);
    expect(c.chance).toBe(true);
  });

  it('takes the hectares into account: 100 in 10 ha against 150 in 20 ha is a fall', () => {
    const c = rateChangeCertainty({ count: 100, exposure: 10 }, { count: 150, exposure: 20 });
    if (c?.kind !== 'interval') throw new Error('no interval');
    expect(c.low).toBeCloseTo(-41.8, 1);
    expect(c.high).toBeCloseTo(-3.4, 1);
    expect(c.chance).toBe(false);
  });

  it('says "too few" below ten offences in either period, and nothing without a rate in A', () => {
    expect(rateChangeCertainty({ count: 9, exposure: 5 }, { count: 40, exposure: 5 })).toEqual({
      kind: 'too-few',
    });
    expect(rateChangeCertainty({ count: 40, exposure: 5 }, { count: 9, exposure: 5 })).toEqual({
      kind: 'too-few',
    });
    expect(rateChangeCertainty({ count: 0, exposure: 5 }, { count: 40, exposure: 5 })).toBeNull();
    expect(rateChangeCertainty({ count: 40, exposure: 0 }, { count: 40, exposure: 5 })).toBeNull();
  });
});

describe('certaintyText', () => {
  it('says the interval in Swedish and whether it could be chance', () => {
    expect(certaintyText({ kind: 'interval', low: 11.52, high: 61.46, chance: false })).toBe(
      'Slumpens spann (95 %): +11,5 % till +61,5 %, så förändringen är större än slumpen.',
    );
    expect(certaintyText({ kind: 'interval', low: -6.4, high: 327.3, chance: true })).toBe(
      'Slumpens spann (95 %): −6,4 % till +327,3 %, så förändringen kan vara slumpen.',
    );
    expect(certaintyText({ kind: 'too-few' })).toBe(
      'För få brott (färre än 10 under en av perioderna) för att säga säkert.',
    );
  });
});
