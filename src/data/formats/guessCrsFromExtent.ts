import type { CrsCode } from '../crs';

export interface Extent {
  minEast: number;
  maxEast: number;
  minNorth: number;
  maxNorth: number;
}

export interface CrsGuess {
  crs: CrsCode;
  /** Swedish, for the user: which system the values look like and how sure that is. */
  text: string;
}

export function emptyExtent(): Extent {
  return { minEast: Infinity, maxEast: -Infinity, minNorth: Infinity, maxNorth: -Infinity };
}

export function extendExtent(extent: Extent, east: number, north: number): void {
  if (east < extent.minEast) extent.minEast = east;
  if (east > extent.maxEast) extent.maxEast = east;
  if (north < extent.minNorth) extent.minNorth = north;
  if (north > extent.maxNorth) extent.maxNorth = north;
}

const within = (min: number, max: number, lo: number, hi: number) => min >= lo && max <= hi;

/**
 * Guesses the system from the size of the numbers, for files that do not say
 * (GeoJSON without `crs`, a Shapefile without .prj). Same ranges as the
 * offence-table detection: northings of 6.1–7.7 million metres are Swedish
 * grids, and the easting tells which. The twelve SWEREF 99 local zones share
 * one easting range, so a local-zone guess is 18 00 (Stockholm) and says so.
 */
export function guessCrsFromExtent(e: Extent): CrsGuess | null {
  if (!(e.minEast <= e.maxEast)) return null;
  if (within(e.minEast, e.maxEast, -180, 180) && within(e.minNorth, e.maxNorth, -90, 90)) {
    return { crs: 'EPSG:4326', text: 'WGS 84 (longitud/latitud), enligt koordinaternas storlek' };
  }
  if (!within(e.minNorth, e.maxNorth, 6_100_000, 7_700_000)) return null;
  if (within(e.minEast, e.maxEast, 250_000, 930_000)) {
    return { crs: 'EPSG:3006', text: 'SWEREF 99 TM, enligt koordinaternas storlek' };
  }
  if (within(e.minEast, e.maxEast, 50_000, 260_000)) {
    return {
      crs: 'EPSG:3011',
      text:
        'en lokal SWEREF 99-zon enligt koordinaternas storlek; antagen SWEREF 99 18 00 (Stockholm). ' +
        'Välj rätt zon om kartan hamnar fel',
    };
  }
  if (within(e.minEast, e.maxEast, 1_200_000, 1_900_000)) {
    return { crs: 'EPSG:3021', text: 'RT 90 2,5 gon V, enligt koordinaternas storlek' };
  }
  return null;
}
