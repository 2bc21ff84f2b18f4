/** The two lower-level readers of shpjs 6 that we use; it ships no types of its own. */
declare module 'shpjs' {
  import type { Geometry } from 'geojson';

  /** Geometries in file order; null for null shapes. Without `prj` coordinates are left as stored. */
  export function parseShp(
    shp: ArrayBufferView | ArrayBuffer,
    prj?: string | false,
  ): (Geometry | null)[];

  /** Records in file order; `encoding` is a TextDecoder label (the .cpg content). */
  export function parseDbf(
    dbf: ArrayBufferView | ArrayBuffer,
    encoding?: string,
  ): Record<string, string | number | boolean | Date>[];
}
