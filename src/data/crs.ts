import proj4 from 'proj4';
import { swerefTmPointToWgs84 } from './swerefTmInverse';
import { CRS_DEFS, type CrsCode } from './crsCodes';

export { CRS_CODES, CRS_DEFS, CRS_LABELS, isCrsCode, type CrsCode } from './crsCodes';

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

/** SWEREF 99 TM (the working plane for areas, counts and grids) back to WGS84 for drawing. */
export const fromSweref = (en: Position2): Position2 =>
  projector('EPSG:4326', 'EPSG:3006').inverse(en);

/**
 * To WGS84 for offence points: SWEREF 99 TM through the direct inverse (the
 * same arithmetic as the import's array form, so both import paths give the
 * same bits). Polygons keep proj4 both ways: their round trips must close.
 */
export function pointsToWgs84(from: CrsCode): Projector {
  if (from !== 'EPSG:3006') return projector(from, 'EPSG:4326');
  return {
    forward: (xy) => swerefTmPointToWgs84(xy[0], xy[1]),
    inverse: (xy) => projector(from, 'EPSG:4326').inverse(xy),
  };
}
