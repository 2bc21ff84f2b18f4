import type { PlanarPolygon } from '../analysis/planar';
import type { ExtentInput } from '../analysis/sceneYears';
import { mappingYearOf, YEAR_PROPERTIES } from './mappingYear';
import { normalizeName } from './normalizeName';

/** Properties that name a scene, in order of preference; matched without regard to case. */
export const SCENE_PROPERTIES = ['namn', 'name', 'id'] as const;
const STATUS_PROPERTIES = ['status'];
const SOURCE_PROPERTIES = ['kalla', 'källa', 'source'];

function firstText(props: Record<string, unknown>, keys: readonly string[]): string {
  const byLowerKey = new Map(Object.entries(props).map(([k, v]) => [k.toLowerCase(), v]));
  for (const key of keys) {
    const v = byLowerKey.get(key);
    if ((typeof v === 'string' && v.trim() !== '') || typeof v === 'number') {
      return String(v).trim();
    }
  }
  return '';
}

export type ExtentInputResult = { ok: true; input: ExtentInput } | { ok: false; message: string };

/**
 * One polygon feature of an extents file as the lineage engine needs it:
 * scene identity and name from namn/name/id, the year from ar/år/year, the
 * status, and the source (a kalla/källa/source property, else the file).
 * `index` counts features from 0. A feature without a year cannot be placed
 * and is reported with a Swedish message.
 */
export function extentInput(
  properties: Record<string, unknown>,
  planar: PlanarPolygon,
  index: number,
  fileName: string,
): ExtentInputResult {
  const scene = firstText(properties, SCENE_PROPERTIES);
  const name = scene || `Yta ${index + 1}`;
  const year = mappingYearOf(properties);
  if (year === undefined) {
    return {
      ok: false,
      message: `objekt ${index + 1} (${name}) saknar kartläggningsår; ange året i egenskapen ${YEAR_PROPERTIES.slice(0, 3).join(', ')}. Ytan hoppas över.`,
    };
  }
  return {
    ok: true,
    input: {
      key: scene ? normalizeName(scene) || scene : null,
      name,
      year,
      status: firstText(properties, STATUS_PROPERTIES),
      source: firstText(properties, SOURCE_PROPERTIES) || fileName,
      label: `${fileName}: "${name}" ${year} (objekt ${index + 1})`,
      planar,
    },
  };
}
