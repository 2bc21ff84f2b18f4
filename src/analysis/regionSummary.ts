import { cleanExtent } from './extentDiff';
import { LINEAGE_KINDS, type Lineage, type LineageKind } from './lineage';
import { planarArea, squareMetresToHectares } from './planar';
import type { SceneYear } from './sceneYears';

export interface YearSummary {
  year: number;
  scenes: number;
  /** Area covered by at least one scene, so overlapping scenes are not counted twice. */
  hectares: number;
}

/** Per mapping year: the number of scenes and the hectares they cover together. */
export function yearSummary(sceneYears: SceneYear[], year: number): YearSummary {
  const inYear = sceneYears.filter((s) => s.year === year);
  const hectares =
    inYear.length > 0
      ? squareMetresToHectares(
          planarArea(
            cleanExtent(
              inYear.map((s) => s.polygon),
              `alla utbredningar ${year}`,
            ),
          ),
        )
      : 0;
  return { year, scenes: inYear.length, hectares };
}

/** Between two years: how many scenes continued, started, ended, merged and split. */
export function lineageCounts(lineage: Lineage): Record<LineageKind, number> {
  const counts = Object.fromEntries(LINEAGE_KINDS.map((k) => [k, 0])) as Record<
    LineageKind,
    number
  >;
  for (const s of lineage.scenes) counts[s.kind]++;
  return counts;
}
