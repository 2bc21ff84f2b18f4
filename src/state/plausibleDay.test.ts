import { describe, expect, it } from 'vitest';
import { dayProblem } from './plausibleDay';

describe('a day typed in a date field', () => {
  it('accepts a day in this century, and no day at all', () => {
    expect(dayProblem('2026-12-15')).toBeNull();
    expect(dayProblem('')).toBeNull();
  });

  it('names a five-digit year as wrong, with the range to use', () => {
    expect(dayProblem('70131-02-02')).toBe(
      'Datumet 70131-02-02 ser fel ut: skriv ett datum mellan 2000-01-01 och 2099-12-31, t.ex. 2026-12-15.',
    );
  });

  it('names a year before 2000 as wrong', () => {
    expect(dayProblem('0202-03-01')).toMatch(/^Datumet 0202-03-01 ser fel ut/);
  });

  it('names a day that is not in the calendar as wrong', () => {
    expect(dayProblem('2026-13-45')).toMatch(/^Datumet 2026-13-45 ser fel ut/);
  });
});
