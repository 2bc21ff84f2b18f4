import type { PlanarDensity } from '../analysis/density';
import { hexCorners } from '../analysis/hexbin';
import type { Position2 } from '../data/crs';
import { swerefTmPointToWgs84 } from '../data/swerefTmInverse';

/** The direct SWEREF 99 TM inverse (within a micrometre of proj4), so the page needs no proj4. */
const fromSweref = ([east, north]: Position2): Position2 => swerefTmPointToWgs84(east, north);

/** What the map draws: the KDE raster with its four corners, or hexagon outlines, in WGS84. */
export type DrawableDensity =
  | {
      kind: 'kde';
      cols: number;
      rows: number;
      cellSize: number;
      values: Float32Array;
      /** Bottom-left, top-left, top-right, bottom-right: the TM grid is rotated against lon/lat. */
      corners: [Position2, Position2, Position2, Position2];
    }
  | { kind: 'hexagon'; size: number; hexagons: { count: number; polygon: Position2[] }[] }
  | {
      kind: 'hotspot';
      cellSize: number;
      cells: { sign: 1 | -1; z: number; polygon: Position2[] }[];
    };

const drawn = new WeakMap<PlanarDensity, DrawableDensity>();

/**
 * The worker computes densities in SWEREF 99 TM; the map draws WGS84. Converted
 * once per surface (the same object comes back from the worker's memo on a pan).
 */
export function densityToWgs84(d: PlanarDensity): DrawableDensity {
  let out = drawn.get(d);
  if (!out) {
    out = convert(d);
    drawn.set(d, out);
  }
  return out;
}

function convert(d: PlanarDensity): DrawableDensity {
  if (d.kind === 'kde') {
    const g = d.grid;
    const right = g.minX + g.cols * g.cellSize;
    const top = g.minY + g.rows * g.cellSize;
    return {
      kind: 'kde',
      cols: g.cols,
      rows: g.rows,
      cellSize: g.cellSize,
      values: g.values,
      corners: [
        fromSweref([g.minX, g.minY]),
        fromSweref([g.minX, top]),
        fromSweref([right, top]),
        fromSweref([right, g.minY]),
      ],
    };
  }
  if (d.kind === 'hotspot') {
    const h = d.hotspots;
    return {
      kind: 'hotspot',
      cellSize: h.cellSize,
      cells: h.cells.map(({ index, sign, z }) => {
        const x = h.minX + (index % h.cols) * h.cellSize;
        const y = h.minY + Math.floor(index / h.cols) * h.cellSize;
        const s = h.cellSize;
        return {
          sign,
          z,
          polygon: [
            fromSweref([x, y]),
            fromSweref([x + s, y]),
            fromSweref([x + s, y + s]),
            fromSweref([x, y + s]),
          ],
        };
      }),
    };
  }
  return {
    kind: 'hexagon',
    size: d.size,
    hexagons: d.bins.map((b) => ({
      count: b.count,
      polygon: hexCorners(b.q, b.r, d.size).map(fromSweref),
    })),
  };
}
