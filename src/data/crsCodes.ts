// The coordinate systems by code and Swedish name, without proj4: the page's first view shows the
// names (file list, CRS choice) and must not download proj4 for that.
/** SWEREF 99 local zone: Transverse Mercator, scale 1, false easting 150 km, on GRS80. */
const swerefZone = (lon0: number) =>
  `+proj=tmerc +lat_0=0 +lon_0=${lon0} +k=1 +x_0=150000 +y_0=0 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs`;

/**
 * Coordinate systems Swedish data arrives in. Definitions follow EPSG; the
 * SWEREF 99 systems are on GRS80 with a null datum shift to WGS84 (the
 * difference is below a metre and irrelevant at city scale). RT 90 is on
 * Bessel 1841 with the EPSG 7-parameter shift to WGS84 (about 1 m accuracy).
 */
export const CRS_DEFS = {
  'EPSG:4326': '+proj=longlat +datum=WGS84 +no_defs',
  'EPSG:3006': '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  'EPSG:3007': swerefZone(12),
  'EPSG:3008': swerefZone(13.5),
  'EPSG:3009': swerefZone(15),
  'EPSG:3010': swerefZone(16.5),
  'EPSG:3011': swerefZone(18),
  'EPSG:3012': swerefZone(14.25),
  'EPSG:3013': swerefZone(15.75),
  'EPSG:3014': swerefZone(17.25),
  'EPSG:3015': swerefZone(18.75),
  'EPSG:3016': swerefZone(20.25),
  'EPSG:3017': swerefZone(21.75),
  'EPSG:3018': swerefZone(23.25),
  // Web Mercator, as web map tools export: metres on a sphere, only for reading such files.
  'EPSG:3857':
    '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs',
  'EPSG:3021':
    '+proj=tmerc +lat_0=0 +lon_0=15.80827777777778 +k=1 +x_0=1500000 +y_0=0 +ellps=bessel +towgs84=414.1,41.3,603.1,-0.855,2.141,-7.023,0 +units=m +no_defs',
} as const;

export type CrsCode = keyof typeof CRS_DEFS;

export const CRS_CODES = Object.keys(CRS_DEFS) as CrsCode[];

export const CRS_LABELS: Record<CrsCode, string> = {
  'EPSG:4326': 'WGS 84 (lon/lat)',
  'EPSG:3006': 'SWEREF 99 TM',
  'EPSG:3007': 'SWEREF 99 12 00',
  'EPSG:3008': 'SWEREF 99 13 30',
  'EPSG:3009': 'SWEREF 99 15 00',
  'EPSG:3010': 'SWEREF 99 16 30',
  'EPSG:3011': 'SWEREF 99 18 00 (Stockholm)',
  'EPSG:3012': 'SWEREF 99 14 15',
  'EPSG:3013': 'SWEREF 99 15 45',
  'EPSG:3014': 'SWEREF 99 17 15',
  'EPSG:3015': 'SWEREF 99 18 45',
  'EPSG:3016': 'SWEREF 99 20 15',
  'EPSG:3017': 'SWEREF 99 21 45',
  'EPSG:3018': 'SWEREF 99 23 15',
  'EPSG:3021': 'RT 90 2,5 gon V',
  'EPSG:3857': 'Web Mercator (webbkartor)',
};

export function isCrsCode(code: string): code is CrsCode {
  return Object.hasOwn(CRS_DEFS, code);
}
