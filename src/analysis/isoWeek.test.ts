import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  formatDay,
  isoWeekOf,
  isoWeekRange,
  isoWeeksInYear,
  parseIsoDate,
} from './isoWeek';

describe('ISO weeks', () => {
  it('starts week 1 of 2023 on Monday 2 January (1 January belongs to 2022 week 52)', () => {
    expect(formatDay(isoWeekRange(2023, 1, 1).first)).toBe('2023-01-02');
    expect(isoWeekOf(dayNumber(2023, 1, 1))).toEqual({ isoYear: 2022, week: 52 });
  });

  it('ends weeks 1–43 of 2024 on Sunday 27 October', () => {
    const r = isoWeekRange(2024, 1, 43);
    expect([formatDay(r.first), formatDay(r.last)]).toEqual(['2024-01-01', '2024-10-27']);
  });

  it('knows that 2020 had 53 weeks', () => {
    expect(isoWeeksInYear(2020)).toBe(53);
    expect(isoWeekOf(dayNumber(2020, 12, 31))).toEqual({ isoYear: 2020, week: 53 });
  });

  it('rejects dates that do not exist', () => {
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('2024-13-01')).toBeNull();
    expect(parseIsoDate('2024-02-29')).toBe(dayNumber(2024, 2, 29));
  });
});
