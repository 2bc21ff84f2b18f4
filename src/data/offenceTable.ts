/**
 * Offences are kept column-wise in typed arrays: a city over several years is
 * about a million rows, and every filter change walks all of them.
 */
export const UNKNOWN_CATEGORY = 255;
export const UNKNOWN_MINUTE = -1;

export interface OffenceTable {
  count: number;
  /** SWEREF 99 TM easting and northing, metres. */
  e: Float64Array;
  n: Float64Array;
  lon: Float64Array;
  lat: Float64Array;
  /** Days since 1970-01-01. */
  day: Int32Array;
  /** Minutes after midnight, or UNKNOWN_MINUTE. */
  minute: Int16Array;
  /** Index into CATEGORIES, or UNKNOWN_CATEGORY. */
  category: Uint8Array;
  typeIndex: Uint16Array;
  types: string[];
  streetIndex: Uint32Array;
  streets: string[];
}

export function allocateOffenceTable(capacity: number): OffenceTable {
  return {
    count: 0,
    e: new Float64Array(capacity),
    n: new Float64Array(capacity),
    lon: new Float64Array(capacity),
    lat: new Float64Array(capacity),
    day: new Int32Array(capacity),
    minute: new Int16Array(capacity),
    category: new Uint8Array(capacity),
    typeIndex: new Uint16Array(capacity),
    types: [],
    streetIndex: new Uint32Array(capacity),
    streets: [],
  };
}

/** Copies into arrays of exactly `count` rows so no spare capacity is kept or transferred. */
export function trimOffenceTable(t: OffenceTable): OffenceTable {
  const c = t.count;
  return {
    ...t,
    e: t.e.slice(0, c),
    n: t.n.slice(0, c),
    lon: t.lon.slice(0, c),
    lat: t.lat.slice(0, c),
    day: t.day.slice(0, c),
    minute: t.minute.slice(0, c),
    category: t.category.slice(0, c),
    typeIndex: t.typeIndex.slice(0, c),
    streetIndex: t.streetIndex.slice(0, c),
  };
}

/** Interns repeated strings (offence types, streets) as small integer codes. */
export class StringInterner {
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();

  code(value: string): number {
    let c = this.codes.get(value);
    if (c === undefined) {
      c = this.values.length;
      this.values.push(value);
      this.codes.set(value, c);
    }
    return c;
  }
}
