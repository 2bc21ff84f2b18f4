import { describe, expect, it } from 'vitest';
import { periodsOf, weeksChoice } from './periodChoice';

describe('weeks of an ISO year', () => {
  it('keeps "v. 1–53" within the 52 weeks of 2024', () => {
    expect(periodsOf(weeksChoice(2024, 1, 53)).current.label).toBe('v. 1–52 2024');
  });

  it('allows week 53 in 2020, which has one', () => {
    expect(weeksChoice(2020, 1, 53)).toEqual({
      kind: 'weeks',
      year: 2020,
      fromWeek: 1,
      toWeek: 53,
    });
  });

  it('moves the first week back when the last one is clamped below it', () => {
    expect(weeksChoice(2024, 53, 53)).toEqual({
      kind: 'weeks',
      year: 2024,
      fromWeek: 52,
      toWeek: 52,
    });
  });
});
