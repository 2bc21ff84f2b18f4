import { describe, expect, it } from 'vitest';
import { duskTimes } from './sunTimes';

const minutes = (hhmm: string | null) => {
  const [h, m] = (hhmm ?? 'x').split(':').map(Number);
  return h * 60 + m;
};

describe('sunset and civil dusk in Stockholm', () => {
  it('gives the published solstice sunsets in local time (CET in winter, CEST in summer)', () => {
    expect(
      Math.abs(minutes(duskTimes('2024-12-21')!.sunset) - minutes('14:48')),
    ).toBeLessThanOrEqual(2);
    expect(
      Math.abs(minutes(duskTimes('2024-06-21')!.sunset) - minutes('22:08')),
    ).toBeLessThanOrEqual(2);
  });

  it('puts civil dusk 35–60 minutes after sunset in autumn and winter', () => {
    for (const date of ['2024-10-15', '2024-12-21']) {
      const t = duskTimes(date)!;
      const gap = minutes(t.civilDusk) - minutes(t.sunset);
      expect(gap).toBeGreaterThanOrEqual(35);
      expect(gap).toBeLessThanOrEqual(60);
    }
  });

  it('gives nothing for a date that is not YYYY-MM-DD', () => {
    expect(duskTimes('15/10/2024')).toBeNull();
    expect(duskTimes('')).toBeNull();
  });
});
