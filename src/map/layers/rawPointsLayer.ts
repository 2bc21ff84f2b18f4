import { CATEGORIES } from '../../analysis/categories';
import type { PointsInView } from '../../analysis/pointsInView';
import type { RGBA } from './colorScale';
import type { LayerSpec } from './layerSpec';

/** One colour per lägesbild category (ColorBrewer Paired, 10 classes); unmapped rows grey. */
export const CATEGORY_COLORS: RGBA[] = [
  [227, 26, 28, 230],
  [31, 120, 180, 230],
  [251, 154, 153, 230],
  [51, 160, 44, 230],
  [178, 223, 138, 230],
  [255, 127, 0, 230],
  [202, 178, 214, 230],
  [106, 61, 154, 230],
  [166, 206, 227, 230],
  [177, 89, 40, 230],
];
const UNMAPPED: RGBA = [120, 120, 120, 230];

export interface RawPoint {
  position: [number, number];
  category: number;
}

export function rawPoints(view: PointsInView): RawPoint[] {
  const { positions, categories } = view;
  if (!positions || !categories) return [];
  return Array.from(categories, (category, k) => ({
    position: [positions[2 * k], positions[2 * k + 1]] as [number, number],
    category,
  }));
}

export function categoryLabel(category: number): string {
  return CATEGORIES[category] ?? 'Ej mappad';
}

/** Individual offences, drawn only when few are in view. */
export function rawPointsLayer(points: RawPoint[]): LayerSpec {
  return {
    type: 'ScatterplotLayer',
    props: {
      id: 'raw-points',
      data: points,
      getPosition: (p: RawPoint) => p.position,
      getFillColor: (p: RawPoint) => CATEGORY_COLORS[p.category] ?? UNMAPPED,
      getLineColor: [255, 255, 255, 255],
      stroked: true,
      lineWidthUnits: 'pixels',
      getLineWidth: 1,
      getRadius: 5,
      radiusUnits: 'pixels',
      pickable: true,
    },
  };
}
