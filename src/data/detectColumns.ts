import { normalizeName } from './normalizeName';

export type OffenceField =
  | 'id'
  | 'date'
  | 'time'
  | 'category'
  | 'type'
  | 'street'
  | 'coordA'
  | 'coordB';

export type ColumnMapping = Partial<Record<OffenceField, number>>;

/** Header names seen in Swedish police exports and English tables, normalised. */
const HEADER_NAMES: Record<Exclude<OffenceField, 'coordA' | 'coordB'>, string[]> = {
  id: ['arendenummer', 'arende', 'diarienummer', 'anmalningsnummer', 'id', 'case id'],
  date: ['brottsdatum', 'datum', 'handelsedatum', 'date', 'offence date', 'brottsdag'],
  time: ['klockslag', 'tid', 'tidpunkt', 'kl', 'time'],
  category: ['brottskategori', 'kategori', 'category', 'offence category'],
  type: ['brottstyp', 'brottskod', 'typ', 'offence type', 'type', 'brott'],
  street: ['plats', 'gatuadress', 'adress', 'gata', 'street', 'address', 'location'],
};

/** Coordinate headers: `x`/`y` in the Swedish sense, or n/e, lat/lon. */
const COORD_NAMES = [
  'x koordinat',
  'y koordinat',
  'x',
  'y',
  'n',
  'e',
  'nord',
  'ost',
  'northing',
  'easting',
  'lat',
  'lon',
  'lng',
  'latitude',
  'longitude',
  'x sweref99tm',
  'y sweref99tm',
];

export function detectColumns(header: string[]): ColumnMapping {
  const keys = header.map(normalizeName);
  const mapping: ColumnMapping = {};
  for (const [field, names] of Object.entries(HEADER_NAMES)) {
    const i = keys.findIndex((k) => names.includes(k));
    if (i >= 0) mapping[field as OffenceField] = i;
  }
  const coords = keys
    .map((k, i) => ({ k: k.replace(/ ?\(.*$/, ''), i }))
    .filter(({ k }) => COORD_NAMES.includes(k) || /^(x|y|n|e) (koord|sweref)/.test(k))
    .map(({ i }) => i);
  if (coords.length >= 2) {
    mapping.coordA = coords[0];
    mapping.coordB = coords[1];
  }
  return mapping;
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
