import { isMasked } from './privacy';
import { streetName } from './streetName';
import type { PlanarPoint } from './walkRoute';

export interface OffencesWithPlaces {
  count: number;
  e: Float64Array;
  n: Float64Array;
  /** Index into `streets`: the offences' "Plats" column, interned. */
  streetIndex: Uint32Array;
  streets: string[];
}

/** What those standing at a place have around them, as far as it can be shown. */
export interface PlaceTally {
  /** Offences within `radius` metres; null when below the privacy threshold at every radius. */
  count: number | null;
  radius: number;
  /**
   * The most common street among the offences counted; null when no street is named by at
   * least the privacy threshold of them (a rare street would point at a single offence).
   */
  street: string | null;
}

/**
 * Offences of the period and filter around each point, counted within the first of `radii`
 * (ascending, metres) that holds enough to be shown: a Gi* cell can be significant with few
 * offences of its own when its neighbours have many, and then the wider count still says why.
 */
export function offencesAroundPlaces(
  offences: OffencesWithPlaces,
  mask: Uint8Array | null,
  points: readonly PlanarPoint[],
  radii: readonly number[],
  threshold: number,
): PlaceTally[] {
  const names = offences.streets.map(streetName);
  const squared = radii.map((r) => r * r);
  const widest = squared[squared.length - 1] ?? 0;
  const counts = points.map(() => radii.map(() => 0));
  const streets = points.map(() => radii.map(() => new Map<string, number>()));
  for (let i = 0; i < offences.count; i++) {
    if (mask && !mask[i]) continue;
    const e = offences.e[i];
    const n = offences.n[i];
    for (let k = 0; k < points.length; k++) {
      const dx = e - points[k][0];
      const dy = n - points[k][1];
      const d2 = dx * dx + dy * dy;
      if (d2 > widest) continue;
      const name = names[offences.streetIndex[i]];
      for (let r = 0; r < radii.length; r++) {
        if (d2 > squared[r]) continue;
        counts[k][r]++;
        if (name) streets[k][r].set(name, (streets[k][r].get(name) ?? 0) + 1);
      }
    }
  }
  return points.map((_, k) => {
    const r = counts[k].findIndex((c) => c > 0 && !isMasked(c, threshold));
    if (r < 0) return { count: null, radius: radii[0], street: null };
    const top = [...streets[k][r]].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'sv'))[0];
    const street = top && !isMasked(top[1], threshold) ? top[0] : null;
    return { count: counts[k][r], radius: radii[r], street };
  });
}
