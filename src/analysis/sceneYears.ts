import { cleanExtent } from './extentDiff';
import { planarArea, squareMetresToHectares, type PlanarPolygon } from './planar';

/**
 * One polygon feature of an extents file (ÖDS or any polygons with a year),
 * as src/data reads it. `key` is the scene identity from the file (its name
 * or id, normalised so that case and diacritics do not matter), null when the
 * feature has neither; then lineage comes from overlap alone.
 */
export interface ExtentInput {
  key: string | null;
  name: string;
  year: number;
  status: string;
  source: string;
  /** Swedish, for messages: which feature of which file. */
  label: string;
  planar: PlanarPolygon;
}

/** A scene in one mapping year: all its pieces in that year, repaired and united. */
export interface SceneYear {
  /** `${year}:${key}`, stable across runs, used by lineage corrections. */
  id: string;
  key: string | null;
  name: string;
  year: number;
  statuses: string[];
  sources: string[];
  polygon: PlanarPolygon;
  hectares: number;
  pieces: number;
}

const unique = (values: string[]) => [...new Set(values.filter((v) => v !== ''))];

/**
 * Groups the features by scene identity and year and unites each group, in
 * file order of each group's first feature. Features without an identity are
 * each their own scene. Throws ExtentGeometryError naming the extent when a
 * group has no area or cannot be repaired.
 */
export function buildSceneYears(inputs: ExtentInput[]): SceneYear[] {
  const groups = new Map<string, ExtentInput[]>();
  inputs.forEach((input, i) => {
    const id = `${input.year}:${input.key ?? `#${i + 1}`}`;
    const group = groups.get(id);
    if (group) group.push(input);
    else groups.set(id, [input]);
  });
  return [...groups].map(([id, group]) => {
    const first = group[0];
    const label =
      group.length === 1 ? first.label : `${first.name} ${first.year} (${group.length} ytor)`;
    const polygon = cleanExtent(
      group.map((g) => g.planar),
      label,
    );
    return {
      id,
      key: first.key,
      name: first.name,
      year: first.year,
      statuses: unique(group.map((g) => g.status)),
      sources: unique(group.map((g) => g.source)),
      polygon,
      hectares: squareMetresToHectares(planarArea(polygon)),
      pieces: group.length,
    };
  });
}
