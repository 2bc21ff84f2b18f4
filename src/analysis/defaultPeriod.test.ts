import { describe, expect, it } from 'vitest';
import { defaultWeeks, latestFullWeek } from './defaultPeriod';
import { dayNumber } from './isoWeek';

const day = (text: string) =>
  dayNumber(...(text.split('-').map(Number) as [number, number, number]));

describe('the default period', () => {
  it('opens the demo on the lägesbild: weeks 1–43 of 2024', () => {
    expect(defaultWeeks({ lastDay: day('2025-10-26'), demo: true })).toEqual({
      year: 2024,
      fromWeek: 1,
      toWeek: 43,
    });
  });

  it("opens a user's offences on week 1 to the week their last Sunday closes", () => {
    expect(defaultWeeks({ lastDay: day('2025-10-26'), demo: false })).toEqual({
      year: 2025,
      fromWeek: 1,
      toWeek: 43,
    });
  });

  it('leaves out a week the data ends in the middle of', () => {
    expect(defaultWeeks({ lastDay: day('2025-10-29'), demo: false }).toWeek).toBe(43);
  });

  it('falls back to the previous ISO year when the data ends in its first, unfinished week', () => {
    expect(defaultWeeks({ lastDay: day('2026-01-03'), demo: false })).toEqual({
      year: 2025,
      fromWeek: 1,
      toWeek: 52,
    });
  });

  it('takes week 53 when the data closes it', () => {
    expect(latestFullWeek(day('2021-01-03'))).toEqual({ isoYear: 2020, week: 53 });
  });
});
