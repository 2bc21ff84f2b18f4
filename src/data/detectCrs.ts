import type { CrsCode } from './crs';

/**
 * Which of two numeric columns is east/north, and in which system. Swedish
 * geodesy calls northing X and easting Y, so names cannot be trusted: the
 * value ranges decide.
 */
export interface CoordinateGuess {
  crs: CrsCode;
  /** Column index (0 = coordA, 1 = coordB) that holds easting/longitude. */
  eastColumn: 0 | 1;
  explanation: string;
}

interface Range {
  min: number;
  max: number;
}

const inRange = (r: Range, lo: number, hi: number) => r.min >= lo && r.max <= hi;

function range(values: number[]): Range | null {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return null;
  return { min: Math.min(...finite), max: Math.max(...finite) };
}

function classify(east: Range, north: Range): CrsCode | null {
  if (inRange(east, 10, 25) && inRange(north, 55, 70)) return 'EPSG:4326';
  if (!inRange(north, 6_100_000, 7_700_000)) return null;
  if (inRange(east, 250_000, 930_000)) return 'EPSG:3006';
  if (inRange(east, 50_000, 260_000)) return 'EPSG:3011';
  return null;
}

export function guessCoordinates(a: number[], b: number[]): CoordinateGuess | null {
  const ra = range(a);
  const rb = range(b);
  if (!ra || !rb) return null;
  const asIs = classify(ra, rb);
  if (asIs) return describe(asIs, 0);
  const swapped = classify(rb, ra);
  if (swapped) return describe(swapped, 1);
  return null;
}

function describe(crs: CrsCode, eastColumn: 0 | 1): CoordinateGuess {
  const which = eastColumn === 0 ? 'första' : 'andra';
  const explanation =
    crs === 'EPSG:4326'
      ? `longitud i den ${which} koordinatkolumnen (WGS 84)`
      : `östlig koordinat (Y i svensk geodesi) i den ${which} koordinatkolumnen`;
  return { crs, eastColumn, explanation };
}
