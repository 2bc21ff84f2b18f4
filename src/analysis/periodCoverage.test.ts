import { describe, expect, it } from 'vitest';
import { dayNumber, formatDay } from './isoWeek';
import { incompletePeriod, sameDateYearBefore } from './periodCoverage';
import { lastFortnight, weeksAgainstPreviousYear, yearAgainstPreviousYear } from './periods';

/** The demo offences: 2020-01-01 to Sunday 2025-10-26. */
const DEMO_DATA = { first: dayNumber(2020, 1, 1), last: dayNumber(2025, 10, 26) };
const days = (r: { first: number; last: number }) => [formatDay(r.first), formatDay(r.last)];

describe('a period that reaches past the data', () => {
  it('warns that a whole year with data only to October is compared with a complete year', () => {
    const r = incompletePeriod(yearAgainstPreviousYear(2025), DEMO_DATA);
    expect(r?.message).toBe(
      'Data finns bara till 2025-10-26: perioden 2025 är ofullständig men jämförs med hela 2024, så förändringarna stämmer inte.',
    );
  });

  it('offers the dates that have data against the same dates a year earlier', () => {
    const offer = incompletePeriod(yearAgainstPreviousYear(2025), DEMO_DATA)?.sameDatesYearBefore;
    expect(offer && [days(offer.current), days(offer.previous)]).toEqual([
      ['2025-01-01', '2025-10-26'],
      ['2024-01-01', '2024-10-26'],
    ]);
  });

  it('says nothing when both periods lie within the data', () => {
    expect(incompletePeriod(weeksAgainstPreviousYear(2024, 1, 43), DEMO_DATA)).toBeNull();
  });

  it('warns when the comparison year starts before the data, and offers nothing', () => {
    const r = incompletePeriod(yearAgainstPreviousYear(2020), DEMO_DATA);
    expect(r?.message).toBe(
      'Data finns först från 2020-01-01: perioden 2019 är ofullständig, så förändringarna stämmer inte.',
    );
    expect(r?.sameDatesYearBefore).toBeNull();
  });

  it('says a period after the last day has no data at all', () => {
    const r = incompletePeriod(lastFortnight(dayNumber(2025, 12, 31)), DEMO_DATA);
    expect(r?.message).toMatch(
      /^Data finns bara till 2025-10-26: perioden .+ har inga data alls\.$/,
    );
    expect(r?.sameDatesYearBefore).toBeNull();
  });
});

describe('the same date a year earlier', () => {
  it('keeps the calendar date', () => {
    expect(formatDay(sameDateYearBefore(dayNumber(2025, 10, 26)))).toBe('2024-10-26');
  });

  it('turns a leap day into 28 February', () => {
    expect(formatDay(sameDateYearBefore(dayNumber(2024, 2, 29)))).toBe('2023-02-28');
  });
});
