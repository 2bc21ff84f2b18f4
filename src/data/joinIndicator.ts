import { normalizeName } from './normalizeName';
import { parseLocaleNumber } from './parseNumber';

export interface IndicatorJoin {
  nameColumn: number;
  valueColumn: number;
  /** Per area (same order as the area names given), the value or null when no row matched. */
  values: (number | null)[];
  /** Table rows whose name matched no area, as written in the file. */
  unmatchedRows: string[];
  /** Areas that no row named. */
  unmatchedAreas: string[];
}

/** "16 %", "0,16", "1 234" → numbers; anything else is not a value. */
function valueOf(text: string): number {
  return parseLocaleNumber(text.replace(/%$/, '').trim());
}

/** The column whose values name the most areas. */
export function guessNameColumn(header: string[], rows: string[][], areaNames: string[]): number {
  const keys = new Set(areaNames.map(normalizeName));
  let best = 0;
  let bestHits = -1;
  header.forEach((_, c) => {
    const hits = rows.filter((r) => keys.has(normalizeName(r[c] ?? ''))).length;
    if (hits > bestHits) {
      best = c;
      bestHits = hits;
    }
  });
  return best;
}

/** The first column, other than the name, where most values are numbers. */
export function guessValueColumn(header: string[], rows: string[][], nameColumn: number): number {
  const numeric = header.map(
    (_, c) => rows.filter((r) => Number.isFinite(valueOf(r[c] ?? ''))).length,
  );
  const c = numeric.findIndex((n, i) => i !== nameColumn && n >= rows.length / 2 && n > 0);
  return c >= 0 ? c : header.findIndex((_, i) => i !== nameColumn);
}

/** Joins table rows to areas by name, tolerant of case and diacritics, and reports what did not match. */
export function joinIndicator(
  header: string[],
  rows: string[][],
  areaNames: string[],
  nameColumn = guessNameColumn(header, rows, areaNames),
  valueColumn = guessValueColumn(header, rows, nameColumn),
): IndicatorJoin {
  const byKey = new Map<string, number>();
  const unmatchedRows: string[] = [];
  const keys = new Set(areaNames.map(normalizeName));
  for (const r of rows) {
    const name = (r[nameColumn] ?? '').trim();
    const key = normalizeName(name);
    const v = valueOf(r[valueColumn] ?? '');
    if (!keys.has(key)) {
      if (name) unmatchedRows.push(name);
      continue;
    }
    if (Number.isFinite(v)) byKey.set(key, v);
  }
  const values = areaNames.map((n) => byKey.get(normalizeName(n)) ?? null);
  return {
    nameColumn,
    valueColumn,
    values,
    unmatchedRows,
    unmatchedAreas: areaNames.filter((_, i) => values[i] === null),
  };
}
