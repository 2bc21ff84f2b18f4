import proj4 from 'proj4';

/**
 * Coordinate systems Swedish data arrives in. Definitions follow EPSG; the
 * SWEREF 99 zones are Transverse Mercator on GRS80 with a null datum shift
 * to WGS84 (the difference is below a metre and irrelevant at city scale).
 */
export const CRS_DEFS = {
  'EPSG:4326': '+proj=longlat +datum=WGS84 +no_defs',
  'EPSG:3006': '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  'EPSG:3011':
    '+proj=tmerc +lat_0=0 +lon_0=18 +k=1 +x_0=150000 +y_0=0 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
} as const;

export type CrsCode = keyof typeof CRS_DEFS;

export const CRS_LABELS: Record<CrsCode, string> = {
  'EPSG:4326': 'WGS 84 (lon/lat)',
  'EPSG:3006': 'SWEREF 99 TM',
  'EPSG:3011': 'SWEREF 99 18 00 (Stockholm)',
};

for (const [code, def] of Object.entries(CRS_DEFS)) proj4.defs(code, def);

export type Position2 = [number, number];

export interface Projector {
  forward(p: Position2): Position2;
  inverse(p: Position2): Position2;
}

const cache = new Map<string, Projector>();

/** A converter from `from` to `to`, with [easting, northing] / [lon, lat] order. */
export function projector(from: CrsCode, to: CrsCode): Projector {
  const key = `${from}>${to}`;
  let p = cache.get(key);
  if (!p) {
    const conv = proj4(from, to);
    p = {
      forward: (xy) => conv.forward(xy) as Position2,
      inverse: (xy) => conv.inverse(xy) as Position2,
    };
    cache.set(key, p);
  }
  return p;
}

/** SWEREF 99 TM is the working plane for areas, counts and grids. */
export const toSweref = (lonLat: Position2): Position2 =>
  projector('EPSG:4326', 'EPSG:3006').forward(lonLat);
export const fromSweref = (en: Position2): Position2 =>
  projector('EPSG:4326', 'EPSG:3006').inverse(en);
