import { parseIsoDate } from '../analysis/isoWeek';

/** The range a date field accepts: a deadline or a meeting is never before 2000 or after 2099. */
export const DAY_INPUT_RANGE = { min: '2000-01-01', max: '2099-12-31' } as const;

/**
 * Checks a day from a date field (yyyy-mm-dd, or '' for none). A browser's date field lets the
 * keyboard type years like 70131 (seen: a decision saved "senast 70131-02-02"); returns the
 * Swedish problem, or null when the day is fine.
 */
export function dayProblem(iso: string): string | null {
  if (iso === '') return null;
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(iso) && parseIsoDate(iso) !== null;
  if (valid && iso >= DAY_INPUT_RANGE.min && iso <= DAY_INPUT_RANGE.max) return null;
  return `Datumet ${iso} ser fel ut: skriv ett datum mellan ${DAY_INPUT_RANGE.min} och ${DAY_INPUT_RANGE.max}, t.ex. 2026-12-15.`;
}
