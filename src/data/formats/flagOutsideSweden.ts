import { bbox } from '@turf/turf';
import { CRS_LABELS } from '../crs';
import type { ImportedFeatures } from '../import/importTypes';
import { ImportError, ProblemLog } from '../importProblem';
import { isInSweden } from '../swedenBounds';

/**
 * Features that land outside Sweden after reprojection are almost surely in
 * the wrong coordinate system: they are listed, not silently drawn in the sea.
 */
export function flagOutsideSweden(imported: ImportedFeatures): ImportedFeatures {
  const log = new ProblemLog(imported.fileName);
  const kept = imported.features.filter((f, i) => {
    if (!f.geometry) return true;
    const [w, s, e, n] = bbox(f);
    if (isInSweden((w + e) / 2, (s + n) / 2)) return true;
    log.add(
      i + 1,
      `objekt ${i + 1} hamnar utanför Sverige (${((w + e) / 2).toFixed(3)}, ${((s + n) / 2).toFixed(3)}) i ${CRS_LABELS[imported.crs]}. Fel koordinatsystem? Välj ett annat koordinatsystem för filen.`,
    );
    return false;
  });
  if (log.total === 0) return imported;
  if (kept.length === 0) {
    throw new ImportError(
      imported.fileName,
      `alla ${log.total} objekt hamnar utanför Sverige i ${CRS_LABELS[imported.crs]}. Kontrollera filens koordinatsystem (.prj eller "crs") och läs in den igen.`,
    );
  }
  return {
    ...imported,
    features: kept,
    problems: [...imported.problems, ...log.items],
    problemCount: imported.problemCount + log.total,
  };
}
