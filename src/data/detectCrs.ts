import { CRS_LABELS, type CrsCode } from './crs';
import { coordinateNameKind, type CoordinateNameKind } from './detectColumns';

/**
 * Which of two numeric columns is east/north, and in which system. Swedish
 * geodesy calls northing X and easting Y, English tables the other way round,
 * and exports label lat/lon wrongly often enough: names cannot be trusted,
 * the value ranges decide. Names only colour the explanation.
 *
 * Recognised, per point (east, north):
 * - WGS 84: longitude 10–25, latitude 55–70 (degrees);
 * - northing 6 100 000–7 700 000 m together with an easting of
 *   - 250 000–930 000: SWEREF 99 TM (EPSG:3006),
 *   - 50 000–260 000: a local SWEREF 99 zone; which one cannot be told from
 *     the numbers, so Stockholm's 18 00 (EPSG:3011) is assumed and said,
 *   - 1 200 000–1 900 000: RT 90 2,5 gon V (EPSG:3021).
 */
export interface CoordinateGuess {
  crs: CrsCode;
  /** Column index (0 = coordA, 1 = coordB) that holds easting/longitude. */
  eastColumn: 0 | 1;
  /** Swedish: what was detected, from which columns and value ranges. */
  explanation: string;
}

export interface AxisRange {
  min: number;
  max: number;
}

/** The local zone assumed when eastings are around 150 000: Stockholm's. */
export const DEFAULT_LOCAL_ZONE: CrsCode = 'EPSG:3011';
const RT90: CrsCode = 'EPSG:3021';

function classifyPoint(east: number, north: number): CrsCode | null {
  if (east >= 10 && east <= 25 && north >= 55 && north <= 70) return 'EPSG:4326';
  if (!(north >= 6_100_000 && north <= 7_700_000)) return null;
  if (east >= 250_000 && east <= 930_000) return 'EPSG:3006';
  if (east >= 50_000 && east < 250_000) return DEFAULT_LOCAL_ZONE;
  if (east >= 1_200_000 && east <= 1_900_000) return RT90;
  return null;
}

/**
 * Votes per row, so a few broken or swapped rows do not hide the system of
 * the rest (they are reported later as points outside Sweden). The winner
 * needs at least half of the rows.
 */
export function guessCoordinates(
  a: number[],
  b: number[],
  names: [string, string] = ['koordinat 1', 'koordinat 2'],
): CoordinateGuess | null {
  const votes = new Map<string, number>();
  for (let i = 0; i < a.length; i++) {
    for (const eastColumn of [0, 1] as const) {
      const crs = eastColumn === 0 ? classifyPoint(a[i], b[i]) : classifyPoint(b[i], a[i]);
      if (crs) votes.set(`${crs}|${eastColumn}`, (votes.get(`${crs}|${eastColumn}`) ?? 0) + 1);
    }
  }
  const [best, count] = [...votes].sort((p, q) => q[1] - p[1])[0] ?? ['', 0];
  if (count === 0 || count * 2 < a.length) return null;
  const [crs, column] = best.split('|');
  const eastColumn = column === '0' ? 0 : 1;
  const agreeing = a.flatMap((_, i) => {
    const [e, n] = eastColumn === 0 ? [a[i], b[i]] : [b[i], a[i]];
    return classifyPoint(e, n) === crs ? [[e, n] as const] : [];
  });
  const eastRange = rangeOf(agreeing.map((p) => p[0]));
  const northRange = rangeOf(agreeing.map((p) => p[1]));
  const [eastName, northName] = eastColumn === 0 ? names : [names[1], names[0]];
  return {
    crs: crs as CrsCode,
    eastColumn,
    explanation: explain(
      crs as CrsCode,
      eastName,
      eastRange,
      northName,
      northRange,
      count,
      a.length,
    ),
  };
}

function explain(
  crs: CrsCode,
  eastName: string,
  east: AxisRange,
  northName: string,
  north: AxisRange,
  agreeing: number,
  total: number,
): string {
  const geographic = crs === 'EPSG:4326';
  const [eastWord, northWord] = geographic
    ? ['longitud', 'latitud']
    : ['östlig (Y)', 'nordlig (X)'];
  const parts = [
    `"${northName}" är ${northWord} (${formatRange(north)}) och "${eastName}" ${eastWord} (${formatRange(east)})`,
  ];
  const conflict = nameConflict(eastName, northName, geographic);
  if (conflict) parts.push(conflict);
  if (crs === DEFAULT_LOCAL_ZONE) {
    parts.push(
      'östliga värden kring 150 000 betyder en lokal SWEREF 99-zon; Stockholms zon 18 00 antas. ' +
        'Välj en annan zon om punkterna hamnar fel',
    );
  }
  parts.push(
    `avgjort av värdenas storlek${agreeing < total ? ` i ${agreeing} av ${total} granskade rader` : ''}`,
  );
  return `${CRS_LABELS[crs]} (${crs}): ${parts.join('; ')}`;
}

/** When a header says the opposite of the values, say so: the user may have swapped them upstream. */
function nameConflict(eastName: string, northName: string, geographic: boolean): string | null {
  const eastKind = coordinateNameKind(eastName);
  const northKind = coordinateNameKind(northName);
  const saysNorth = (k: CoordinateNameKind | null) =>
    k === 'north' || k === 'lat' || (k === 'x' && !geographic);
  const saysEast = (k: CoordinateNameKind | null) =>
    k === 'east' || k === 'lon' || (k === 'y' && !geographic);
  if (saysNorth(eastKind) || saysEast(northKind)) {
    return `kolumnnamnen säger tvärtom ("${eastName}" låter som ${geographic ? 'latitud' : 'nordlig'}), men värdena avgör`;
  }
  if (eastKind === 'x' && !geographic) {
    return '"X" innehåller östliga värden (engelsk vana; i svensk geodesi är X nordlig), värdena avgör';
  }
  return null;
}

/** Why no system fits, with the value ranges, for the error message. */
export function describeUnrecognised(a: number[], b: number[], names: [string, string]): string {
  const ra = rangeOf(a);
  const rb = rangeOf(b);
  return (
    `värdena i "${names[0]}" (${formatRange(ra)}) och "${names[1]}" (${formatRange(rb)}) passar inget känt koordinatsystem ` +
    '(WGS 84: latitud 55–70 och longitud 10–25; SWEREF 99 TM: nordlig 6 100 000–7 700 000 och östlig 250 000–930 000; ' +
    'lokal SWEREF 99-zon: östlig 50 000–250 000; RT 90: östlig 1 200 000–1 900 000)'
  );
}

export function rangeOf(values: number[]): AxisRange {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

const NUMBER = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 4 });

function formatRange(r: AxisRange): string {
  if (!Number.isFinite(r.min)) return 'inga tal';
  const digits = Math.abs(r.max) >= 1000 ? 0 : 4;
  const f = (v: number) => NUMBER.format(Number(v.toFixed(digits)));
  return r.min === r.max ? f(r.min) : `${f(r.min)}–${f(r.max)}`;
}
