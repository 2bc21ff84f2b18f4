import { dayProblem } from '../state/plausibleDay';

/**
 * The day in a date field, or null when it is not plausible (a keyboard can type a year like
 * 70131): then the problem is said at the field, in Swedish, and nothing should be saved.
 */
export function checkedDay(field: HTMLInputElement): string | null {
  const problem = dayProblem(field.value);
  field.setCustomValidity(problem ?? '');
  if (!problem) return field.value;
  field.reportValidity();
  return null;
}
