import { CRS_CODES, projector, type CrsCode } from '../crs';
import { isInSweden } from '../swedenBounds';
import type { Extent } from './guessCrsFromExtent';

/**
 * The coordinate systems to offer for a file whose own system is unknown or
 * unsupported: those in which the file's extent lands in Sweden first (the
 * Swedish grids before WGS 84 and Web Mercator), then the rest. `fitting` is
 * how many of the first ones fit.
 */
export function fittingCrs(extent: Extent): { choices: CrsCode[]; fitting: number } {
  const fits = PREFERENCE.filter((crs) => extentInSweden(extent, crs));
  const rest = CRS_CODES.filter((crs) => !fits.includes(crs));
  return { choices: [...fits, ...rest], fitting: fits.length };
}

/** Swedish grids first, Stockholm's zone before the other local zones; then WGS 84 and Web Mercator. */
const PREFERENCE: CrsCode[] = [
  'EPSG:3006',
  'EPSG:3011',
  ...CRS_CODES.filter((c) => /^EPSG:30(0[7-9]|1\d)$/.test(c) && c !== 'EPSG:3011'),
  'EPSG:3021',
  'EPSG:4326',
  'EPSG:3857',
];

function extentInSweden(e: Extent, crs: CrsCode): boolean {
  if (!(e.minEast <= e.maxEast)) return false;
  const toWgs = crs === 'EPSG:4326' ? null : projector(crs, 'EPSG:4326');
  const corners: [number, number][] = [
    [e.minEast, e.minNorth],
    [e.maxEast, e.maxNorth],
    [(e.minEast + e.maxEast) / 2, (e.minNorth + e.maxNorth) / 2],
  ];
  return corners.every((p) => {
    try {
      const [lon, lat] = toWgs ? toWgs.forward(p) : p;
      return isInSweden(lon, lat);
    } catch {
      return false; // a value outside the projection's domain fits nowhere
    }
  });
}
