/**
 * The mapping year of an extent, from the first of these properties that
 * holds a year (a number, or text starting with four digits such as
 * "2023" or "2023-10-01"); matched without regard to case.
 */
export const YEAR_PROPERTIES = ['ar', 'år', 'year', 'artal', 'årtal'] as const;

function yearValue(v: unknown): number | undefined {
  const n =
    typeof v === 'number' ? v : typeof v === 'string' ? Number(/^\s*(\d{4})/.exec(v)?.[1]) : NaN;
  return Number.isInteger(n) && n > 1900 && n < 2200 ? n : undefined;
}

export function mappingYearOf(properties: Record<string, unknown>): number | undefined {
  const byLowerKey = new Map(Object.entries(properties).map(([k, v]) => [k.toLowerCase(), v]));
  for (const key of YEAR_PROPERTIES) {
    const year = yearValue(byLowerKey.get(key));
    if (year !== undefined) return year;
  }
  return undefined;
}
