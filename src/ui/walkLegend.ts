import { walkStatus, type WalkStatus } from '../analysis/walkStatus';
import type { WalkFeature } from '../data/parseOverlays';
import type { RGBA } from '../map/layers/colorScale';
import { DONE_WALK_COLOR, WALK_COLOR } from '../map/layers/overlayLayers';

export interface WalkLegendItem {
  color: RGBA;
  label: string;
}

const ITEMS: Record<WalkStatus | 'undated', WalkLegendItem> = {
  planned: { color: WALK_COLOR, label: 'Planerad trygghetsvandring' },
  today: { color: WALK_COLOR, label: 'Trygghetsvandring i dag' },
  done: { color: DONE_WALK_COLOR, label: 'Genomförd trygghetsvandring' },
  undated: { color: WALK_COLOR, label: 'Trygghetsvandring utan datum' },
};

/** One legend line per status the loaded walks have, from their dates and today's. */
export function walkLegendItems(walks: WalkFeature[], today: number): WalkLegendItem[] {
  const present = new Set(walks.map((w) => walkStatus(w.date, today) ?? 'undated'));
  return (['planned', 'today', 'done', 'undated'] as const)
    .filter((s) => present.has(s))
    .map((s) => ITEMS[s]);
}
