import type { FilterableOffences } from './filter';
import { getisOrdStar } from './getisOrd';
import { hexbin, type HexBin } from './hexbin';
import { binToGrid, kernelDensity, type DensityGrid } from './kde';
import { planarBBox, type BBox, type PlanarPolygon } from './planar';
import { assignToFirstPolygon, buildPolygonIndex } from './polygonIndex';

export type DensityKind = 'kde' | 'hexagon' | 'hotspot';

export interface DensityParams {
  kind: DensityKind;
  /** KDE bandwidth and cell size, metres. */
  bandwidth: number;
  cellSize: number;
  /** Hexagon side length, metres. */
  hexSize: number;
}

/** Gi* cells of 100 m with neighbours within two cells (a 500 m square window). */
export const HOTSPOT_CELL = 100;
export const HOTSPOT_RADIUS_CELLS = 2;

export interface PlanarPoints extends FilterableOffences {
  e: Float64Array;
  n: Float64Array;
}

export interface HotSpotCells {
  minX: number;
  minY: number;
  cellSize: number;
  cols: number;
  /** Cells significant after the FDR correction: grid index, +1 hot / −1 cold, and z. */
  cells: { index: number; sign: 1 | -1; z: number }[];
}

export type PlanarDensity =
  | { kind: 'kde'; grid: DensityGrid }
  | { kind: 'hexagon'; size: number; bins: HexBin[] }
  | { kind: 'hotspot'; hotspots: HotSpotCells };

function extentOf(areas: PlanarPolygon[]): BBox {
  const boxes = areas.map(planarBBox);
  return {
    minX: Math.min(...boxes.map((b) => b.minX)),
    minY: Math.min(...boxes.map((b) => b.minY)),
    maxX: Math.max(...boxes.map((b) => b.maxX)),
    maxY: Math.max(...boxes.map((b) => b.maxY)),
  };
}

/** Gi* on counts per cell, over the cells whose centre lies in one of the areas (water is not study area). */
function hotSpots(
  e: Float64Array,
  n: Float64Array,
  mask: Uint8Array,
  areas: PlanarPolygon[],
): HotSpotCells {
  const ext = extentOf(areas);
  const cellSize = HOTSPOT_CELL;
  const minX = Math.floor(ext.minX / cellSize) * cellSize;
  const minY = Math.floor(ext.minY / cellSize) * cellSize;
  const cols = Math.ceil((ext.maxX - minX) / cellSize);
  const rows = Math.ceil((ext.maxY - minY) / cellSize);
  const counts = binToGrid(e, n, mask, { minX, minY, cellSize, cols, rows });
  const cx = new Float64Array(cols * rows);
  const cy = new Float64Array(cols * rows);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      cx[r * cols + c] = minX + (c + 0.5) * cellSize;
      cy[r * cols + c] = minY + (r + 0.5) * cellSize;
    }
  }
  const inArea = assignToFirstPolygon(buildPolygonIndex(areas), cx, cy);
  const study = Uint8Array.from(inArea, (a) => (a >= 0 ? 1 : 0));
  const res = getisOrdStar({ cols, rows, counts, study, radius: HOTSPOT_RADIUS_CELLS });
  const cells: HotSpotCells['cells'] = [];
  res.significant.forEach((sign, index) => {
    if (sign !== 0) cells.push({ index, sign: sign as 1 | -1, z: res.z[index] });
  });
  return { minX, minY, cellSize, cols, cells };
}

/** `mask` is the selection (see `selectionMask`), computed once per filter change by the caller. */
export function computeDensity(
  offences: PlanarPoints,
  mask: Uint8Array,
  areas: PlanarPolygon[],
  params: DensityParams,
): PlanarDensity {
  const e = offences.e.subarray(0, offences.count);
  const n = offences.n.subarray(0, offences.count);
  switch (params.kind) {
    case 'kde':
      return {
        kind: 'kde',
        grid: kernelDensity(e, n, mask, extentOf(areas), params.cellSize, params.bandwidth),
      };
    case 'hexagon':
      return { kind: 'hexagon', size: params.hexSize, bins: hexbin(e, n, mask, params.hexSize) };
    case 'hotspot':
      return { kind: 'hotspot', hotspots: hotSpots(e, n, mask, areas) };
  }
}
