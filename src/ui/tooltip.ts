import type { PickingInfo } from '@deck.gl/core';
import type { AreaRow } from '../analysis/areaTable';
import type { AreaSummary } from '../data/areaLayers';
import type { SiteFeature } from '../data/parseOverlays';
import type { WalkDash } from '../map/layers/overlayLayers';
import { categoryLabel, type RawPoint } from '../map/layers/rawPointsLayer';
import { formatHectares } from './format';
import { countText, rateText } from './privacyFormat';

/** Plain-text tooltips for whatever is under the pointer or finger. */
export function tooltipText(info: PickingInfo, rows: AreaRow[], threshold: number): string | null {
  const layer = info.layer?.id ?? '';
  const obj = info.object as unknown;
  if (!obj) return null;
  if (layer === 'stadsdelar-choropleth') {
    const id = (obj as { properties: { id: string } }).properties.id;
    const r = rows.find((x) => x.id === id);
    return r
      ? `${r.name}\n${countText(r.count, threshold)} brott, ${formatHectares(r.hectares)} ha\n${rateText(r, threshold)} brott per hektar`
      : null;
  }
  if (/^ods-\d+$/.test(layer)) {
    const a = (obj as { properties: AreaSummary }).properties;
    return `ÖDS ${a.name}, kartläggning ${a.year ?? ''}\n${formatHectares(a.hectares)} ha${a.status ? `\n${a.status}` : ''}`;
  }
  if (layer === 'hexagons')
    return `${countText((obj as { count: number }).count, threshold)} brott i hexagonen`;
  if (layer === 'hotspots')
    return (obj as { sign: number }).sign > 0
      ? 'Fler brott än slumpen ger (Gi*)'
      : 'Färre brott än slumpen ger (Gi*)';
  if (layer === 'raw-points') return categoryLabel((obj as RawPoint).category);
  if (layer === 'sites') {
    const s = obj as SiteFeature;
    return `Platssamverkan: ${s.name}\n${s.cadence}\nAnsvarig: ${s.responsible}${s.since ? `\nSedan ${s.since}` : ''}`;
  }
  if (layer === 'walks') {
    const w = (obj as WalkDash).walk;
    return `Trygghetsvandring: ${w.name}\n${w.date} kl. ${w.startTime}, samling ${w.meetingPoint}\n${w.organiser}`;
  }
  return null;
}
