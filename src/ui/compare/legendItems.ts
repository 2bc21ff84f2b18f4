import type { AreaSummary } from '../../data/areaLayers';
import { DIFF_COLORS, DIFF_LABELS, yearColor } from '../../map/layers/compareLayers';
import type { CompareMode } from '../../state/compare/compareState';
import type { Comparison } from '../../worker/protocol';
import { hectaresText } from './cardRows';
import type { PngLegendItem } from './comparePng';

/**
 * What the map's legend (and the PNG's) lists: in the difference view kept,
 * gained and lost (with their hectares for one scene) and the two years'
 * outlines; in the swipe and side by side the two years.
 */
export function legendItems(mode: CompareMode, c: Comparison, ods: AreaSummary[]): PngLegendItem[] {
  const years: PngLegendItem[] = [
    { color: yearColor(ods, c.yearA), label: `A: utbredning ${c.yearA}`, outline: true },
    { color: yearColor(ods, c.yearB), label: `B: utbredning ${c.yearB}`, outline: true },
  ];
  if (mode !== 'difference') return years;
  const card = c.cards.find((k) => k.sceneId === c.scene);
  const ha = (kind: keyof typeof DIFF_LABELS) => {
    if (!card) return '';
    const v =
      kind === 'kept'
        ? card.extent.keptHa
        : kind === 'gained'
          ? card.extent.gainedHa
          : card.extent.lostHa;
    return ` ${hectaresText(v)}`;
  };
  const kinds = ['kept', 'gained', 'lost'] as const;
  return [
    ...kinds.map((kind) => ({
      color: DIFF_COLORS[kind],
      label: `${DIFF_LABELS[kind]}${ha(kind)}`,
    })),
    ...years,
  ];
}
