import { slotOf } from './countCategories';
import { filterMask, type FilterableOffences, type OffenceFilter } from './filter';
import { hexbin, type HexBin } from './hexbin';
import type { DayRange } from './isoWeek';
import { kernelDensity, type DensityGrid } from './kde';
import type { BBox } from './planar';

export type DensityKind = 'kde' | 'hexagon';

export interface DensityParams {
  kind: DensityKind;
  /** KDE bandwidth and cell size, metres. */
  bandwidth: number;
  cellSize: number;
  /** Hexagon side length, metres. */
  hexSize: number;
}

export interface PlanarPoints extends FilterableOffences {
  e: Float64Array;
  n: Float64Array;
}

/** The offences in the period that pass every filter, categories included. */
export function selectionMask(
  offences: PlanarPoints,
  filter: OffenceFilter,
  period: DayRange,
): Uint8Array {
  const mask = filterMask(offences, filter, false, slotOf);
  const { day } = offences;
  for (let i = 0; i < offences.count; i++)
    if (day[i] < period.first || day[i] > period.last) mask[i] = 0;
  return mask;
}

export type PlanarDensity =
  { kind: 'kde'; grid: DensityGrid } | { kind: 'hexagon'; size: number; bins: HexBin[] };

export function computeDensity(
  offences: PlanarPoints,
  filter: OffenceFilter,
  period: DayRange,
  extent: BBox,
  params: DensityParams,
): PlanarDensity {
  const mask = selectionMask(offences, filter, period);
  const e = offences.e.subarray(0, offences.count);
  const n = offences.n.subarray(0, offences.count);
  if (params.kind === 'kde') {
    return {
      kind: 'kde',
      grid: kernelDensity(e, n, mask, extent, params.cellSize, params.bandwidth),
    };
  }
  return { kind: 'hexagon', size: params.hexSize, bins: hexbin(e, n, mask, params.hexSize) };
}
