import { categoryLookup, lookupCategory } from './categoryMapping';
import { normalizeName } from './normalizeName';
import { UNKNOWN_CATEGORY } from './offenceTable';
import { parseDateTime } from './parseDateTime';
import { parseLocaleNumber } from './parseNumber';

export type OffenceField =
  'id' | 'date' | 'time' | 'category' | 'type' | 'street' | 'coordA' | 'coordB';

export type ColumnMapping = Partial<Record<OffenceField, number>>;

type NamedField = Exclude<OffenceField, 'coordA' | 'coordB'>;

/**
 * Header names seen in Swedish police exports and English tables, normalised
 * (see normalizeName), in order of preference: "Brottsdatum" beats
 * "Anmälningsdatum" when a file has both.
 */
const HEADER_NAMES: Record<NamedField, string[]> = {
  id: [
    'arendenummer',
    'arendenr',
    'arende',
    'diarienummer',
    'anmalningsnummer',
    'k nummer',
    'id',
    'case id',
    'case number',
    'incident id',
  ],
  date: [
    'brottsdatum',
    'datum',
    'handelsedatum',
    'brottsdag',
    'date',
    'offence date',
    'offense date',
    'crime date',
    'incident date',
    'anmalningsdatum',
  ],
  time: ['klockslag', 'tid', 'kl', 'klocka', 'brottstid', 'time', 'time of day'],
  category: [
    'brottskategori',
    'kategori',
    'brottsgrupp',
    'category',
    'offence category',
    'offense category',
    'crime category',
  ],
  type: [
    'brottstyp',
    'brottskod',
    'brottsbenamning',
    'rubricering',
    'typ',
    'brott',
    'offence type',
    'offense type',
    'crime type',
    'type',
  ],
  street: [
    'plats',
    'gatuadress',
    'adress',
    'gata',
    'gatunamn',
    'brottsplats',
    'street',
    'address',
    'location',
  ],
};

/** A single column holding date and time, used for the date (and the time when there is no time column). */
const DATE_TIME_NAMES = [
  'tidpunkt',
  'brottstidpunkt',
  'handelsetidpunkt',
  'datum och tid',
  'datum tid',
  'datum och klockslag',
  'datetime',
  'date time',
  'date and time',
  'timestamp',
  'occurred at',
];

/** What a coordinate header says, in its own words: X is northing in Swedish geodesy, easting in English use. */
export type CoordinateNameKind = 'x' | 'y' | 'north' | 'east' | 'lat' | 'lon';

const COORD_WORDS: Record<string, CoordinateNameKind> = {
  x: 'x',
  xkoord: 'x',
  xkoordinat: 'x',
  y: 'y',
  ykoord: 'y',
  ykoordinat: 'y',
  n: 'north',
  nord: 'north',
  north: 'north',
  northing: 'north',
  nordlig: 'north',
  nordkoordinat: 'north',
  e: 'east',
  o: 'east',
  ost: 'east',
  east: 'east',
  easting: 'east',
  ostlig: 'east',
  ostkoordinat: 'east',
  lat: 'lat',
  latitude: 'lat',
  latitud: 'lat',
  breddgrad: 'lat',
  lon: 'lon',
  lng: 'lon',
  long: 'lon',
  longitude: 'lon',
  longitud: 'lon',
  langdgrad: 'lon',
};

/** Words around the axis name that only say which system or unit: "X-koordinat (SWEREF 99 TM)". */
const QUALIFIERS = new Set([
  'koordinat',
  'koord',
  'coord',
  'coordinate',
  'sweref',
  'sweref99',
  'sweref99tm',
  '99',
  'tm',
  'wgs',
  'wgs84',
  '84',
  'rt',
  'rt90',
  '90',
  'epsg',
  '3006',
  '3011',
  '4326',
  'grader',
  'deg',
  'degrees',
  'dd',
  'm',
  'meter',
  'wkt',
  'geometri',
  'geometry',
  'geom',
  'the geom',
  'wkt geom',
]);

export function coordinateNameKind(name: string): CoordinateNameKind | null {
  const words = normalizeName(name)
    .split(' ')
    .filter((w) => w !== '' && !QUALIFIERS.has(w));
  return words.length === 1 ? (COORD_WORDS[words[0]] ?? null) : null;
}

const IS_GEOGRAPHIC = (k: CoordinateNameKind) => k === 'lat' || k === 'lon';
const IS_NORTHISH = (k: CoordinateNameKind) => k === 'x' || k === 'north' || k === 'lat';

export interface ColumnDetection {
  mapping: ColumnMapping;
  /** Swedish notes for the user: columns found by their values, duplicate names, fallbacks. */
  notes: string[];
  /** How the coordinate columns were found. */
  coordinatesFrom: 'names' | 'values' | null;
}

/** Header names only; kept for callers that have no rows yet (the CLI's --col-* options). */
export function detectColumns(header: string[], sample: string[][] = []): ColumnMapping {
  return detectColumnsExplained(header, sample).mapping;
}

/**
 * Finds the columns by header name and, where a name is missing, by the values
 * in the first rows: a column of dates, a column of known categories, two
 * columns of numbers in Swedish coordinate ranges.
 */
export function detectColumnsExplained(header: string[], sample: string[][]): ColumnDetection {
  const keys = header.map(normalizeName);
  const mapping: ColumnMapping = {};
  const notes: string[] = [];
  const used = new Set<number>();
  const take = (field: OffenceField, i: number) => {
    mapping[field] = i;
    used.add(i);
  };
  const byName = (names: string[]) => {
    for (const name of names) {
      const i = keys.findIndex((k, j) => k === name && !used.has(j));
      if (i >= 0) return i;
    }
    return -1;
  };

  for (const field of Object.keys(HEADER_NAMES) as NamedField[]) {
    if (field === 'time') continue;
    const i = byName(HEADER_NAMES[field]);
    if (i >= 0) take(field, i);
  }
  if (mapping.date === undefined) {
    const i = byName(DATE_TIME_NAMES);
    if (i >= 0) take('date', i);
  }
  const time = byName([...HEADER_NAMES.time, ...DATE_TIME_NAMES]);
  if (time >= 0) take('time', time);

  const coordinatesFrom = findCoordinates(header, sample, used, take, notes);
  if (mapping.date === undefined) {
    const i = columnWhere(header, sample, used, (v) => parseDateTime(v).ok, 0.8);
    if (i >= 0) {
      take('date', i);
      notes.push(`datum hittades efter värdena i kolumnen "${header[i]}"`);
    }
  }
  if (mapping.category === undefined) {
    const lookup = categoryLookup();
    const i = columnWhere(
      header,
      sample,
      used,
      (v) => lookupCategory(lookup, v) !== UNKNOWN_CATEGORY,
      0.5,
    );
    if (i >= 0) {
      take('category', i);
      notes.push(`brottskategori hittades efter värdena i kolumnen "${header[i]}"`);
    }
  }
  notes.push(...duplicateNotes(header, keys, mapping));
  return { mapping, notes, coordinatesFrom };
}

function findCoordinates(
  header: string[],
  sample: string[][],
  used: Set<number>,
  take: (field: OffenceField, i: number) => void,
  notes: string[],
): 'names' | 'values' | null {
  const named = header
    .map((name, i) => ({ i, kind: coordinateNameKind(name) }))
    .filter((c): c is { i: number; kind: CoordinateNameKind } => c.kind !== null && !used.has(c.i));
  // Prefer a complete pair of one family (x/y or n/e, or lat/lon) when a file carries both.
  const families = [
    named.filter((c) => !IS_GEOGRAPHIC(c.kind)),
    named.filter((c) => IS_GEOGRAPHIC(c.kind)),
  ];
  const complete = families
    .filter((f) => f.some((c) => IS_NORTHISH(c.kind)) && f.some((c) => !IS_NORTHISH(c.kind)))
    .sort((p, q) => p[0].i - q[0].i)[0];
  const pair = complete ?? (named.length >= 2 ? named : null);
  if (pair) {
    const [a, b] = complete
      ? [pair.find((c) => IS_NORTHISH(c.kind))!, pair.find((c) => !IS_NORTHISH(c.kind))!].sort(
          (p, q) => p.i - q.i,
        )
      : pair;
    take('coordA', a.i);
    take('coordB', b.i);
    return 'names';
  }
  const north = columnWhere(header, sample, used, (v) => isNorthing(parseLocaleNumber(v)), 0.8);
  const east = columnWhere(header, sample, used, (v) => isEasting(parseLocaleNumber(v)), 0.8);
  if (north < 0 || east < 0) return null;
  const [a, b] = [north, east].sort((p, q) => p - q);
  take('coordA', a);
  take('coordB', b);
  notes.push(`koordinaterna hittades efter värdena i kolumnerna "${header[a]}" och "${header[b]}"`);
  return 'values';
}

/** Latitude in Sweden or a Swedish northing (SWEREF 99, RT 90), metres. */
const isNorthing = (v: number) => (v >= 55 && v <= 70) || (v >= 6_100_000 && v <= 7_700_000);
/** Longitude in Sweden or an easting of SWEREF 99 TM, a local zone or RT 90. */
const isEasting = (v: number) => (v >= 10 && v <= 25) || (v >= 50_000 && v <= 1_900_000);

/** The first unused column where at least `share` of the non-empty sample values pass `test`. */
function columnWhere(
  header: string[],
  sample: string[][],
  used: Set<number>,
  test: (value: string) => boolean,
  share: number,
): number {
  for (let i = 0; i < header.length; i++) {
    if (used.has(i)) continue;
    const values = sample.map((r) => (r[i] ?? '').trim()).filter((v) => v !== '');
    if (values.length > 0 && values.filter(test).length >= share * values.length) return i;
  }
  return -1;
}

function duplicateNotes(header: string[], keys: string[], mapping: ColumnMapping): string[] {
  const notes: string[] = [];
  for (const i of Object.values(mapping)) {
    const same = keys.flatMap((k, j) => (k === keys[i] && k !== '' ? [j + 1] : []));
    if (same.length > 1) {
      notes.push(
        `rubriken "${header[i]}" finns ${same.length} gånger (kolumn ${same.join(', ')}); kolumn ${i + 1} används. ` +
          'Byt namn på den andra om den ska användas i stället',
      );
    }
  }
  return notes;
}

export const FIELD_LABELS: Record<OffenceField, string> = {
  id: 'ärendenummer',
  date: 'datum',
  time: 'klockslag',
  category: 'brottskategori',
  type: 'brottstyp',
  street: 'plats/gata',
  coordA: 'koordinat 1',
  coordB: 'koordinat 2',
};

/** The fields in the order they are shown to the user (panel and CLI). */
export const OFFENCE_FIELDS: OffenceField[] = [
  'date',
  'time',
  'category',
  'type',
  'street',
  'coordA',
  'coordB',
  'id',
];
