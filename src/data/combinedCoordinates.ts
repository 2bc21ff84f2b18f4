import { coordinateNameKind } from './detectColumns';

/** "POINT (674768 6582462)" as QGIS writes a geometry column, with an optional Z/M and SRID prefix. */
const WKT_POINT =
  /^\s*(?:SRID=\d+;\s*)?POINT\s*[ZM]{0,2}\s*\(\s*(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)(?:\s+-?\d+(?:\.\d+)?)*\s*\)\s*$/i;
/** "59.33, 18.06", "59,33, 18,06" or "59.33 18.06": two numbers in one cell, as copied from a map. */
const PAIR = /^\s*(-?\d+(?:[.,]\d+)?)\s*(?:[,;]\s*|\s+)(-?\d+(?:[.,]\d+)?)\s*$/;

/** Latitude or longitude in Sweden, or a Swedish grid value: a lone decimal comma ("6580120,5") is no pair. */
const plausible = (a: string, b: string) => {
  const [x, y] = [Number(a.replace(',', '.')), Number(b.replace(',', '.'))];
  const isNorth = (v: number) => (v >= 55 && v <= 70) || (v >= 6_100_000 && v <= 7_700_000);
  const isEast = (v: number) => (v >= 10 && v <= 25) || (v >= 50_000 && v <= 1_900_000);
  return (isNorth(x) && isEast(y)) || (isEast(x) && isNorth(y));
};

const matches = (re: RegExp, v: string) => {
  const m = re.exec(v);
  return m !== null && plausible(m[1], m[2]);
};

export interface CombinedCoordinates {
  column: number;
  kind: 'wkt' | 'pair';
  /** Names of the two columns added at the end of the header. */
  names: [string, string];
}

/**
 * A column that holds both coordinates, used when the header has no pair of
 * coordinate columns: a WKT POINT column (x = east, y = north) or a cell
 * with two numbers. It is read as two more columns at the end of each row,
 * so detection, value ranges and row messages work as for any file.
 */
export function findCombinedCoordinates(
  header: string[],
  sample: string[][],
): CombinedCoordinates | null {
  if (header.filter((h) => coordinateNameKind(h) !== null).length >= 2) return null;
  for (let column = 0; column < header.length; column++) {
    const values = sample.map((r) => (r[column] ?? '').trim()).filter((v) => v !== '');
    if (values.length === 0) continue;
    const share = (re: RegExp) => values.filter((v) => matches(re, v)).length / values.length;
    const name = header[column] || `kolumn ${column + 1}`;
    if (share(WKT_POINT) >= 0.8)
      return { column, kind: 'wkt', names: [`Öst (${name})`, `Nord (${name})`] };
    if (share(PAIR) >= 0.8)
      return { column, kind: 'pair', names: [`${name}, första talet`, `${name}, andra talet`] };
  }
  return null;
}

/** The record with the two coordinates of the combined column appended (empty when it holds none). */
export function withSplitCoordinates(fields: string[], c: CombinedCoordinates): string[] {
  const m = (c.kind === 'wkt' ? WKT_POINT : PAIR).exec(fields[c.column] ?? '');
  return [...fields, m?.[1] ?? '', m?.[2] ?? ''];
}
