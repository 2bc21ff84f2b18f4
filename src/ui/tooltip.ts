import type { PickingInfo } from '@deck.gl/core';
import type { AreaRow } from '../analysis/areaTable';
import { WALK_STATUS_LABELS, walkStatus } from '../analysis/walkStatus';
import type { AreaSummary } from '../data/areaLayers';
import type { SiteFeature, WalkFeature } from '../data/parseOverlays';
import type { DrawnStop, WalkDash } from '../map/layers/overlayLayers';
import { categoryLabel, type RawPoint } from '../map/layers/rawPointsLayer';
import { formatHectares } from './format';
import { countText, rateText } from './privacyFormat';

/**
 * A walk in lines, leaving out what its file does not say: a phone's GPX has
 * a name and a time, but no meeting point or organiser.
 */
export function walkText(w: WalkFeature, today: number): string {
  const status = walkStatus(w.date, today);
  const when = [
    status && WALK_STATUS_LABELS[status],
    w.date,
    w.startTime && `kl. ${w.startTime}`,
  ].filter(Boolean);
  const stops = w.stops.map((s) => `${s.number}. ${s.name}`).join(', ');
  return [
    `Trygghetsvandring: ${w.name}`,
    when.join(' '),
    w.meetingPoint && `Samling: ${w.meetingPoint}`,
    w.organiser,
    stops && `Stopp: ${stops}`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** Plain-text tooltips for whatever is under the pointer or finger. */
export function tooltipText(
  info: PickingInfo,
  rows: AreaRow[],
  threshold: number,
  today: number,
): string | null {
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
  if (layer === 'walks') return walkText((obj as WalkDash).walk, today);
  if (layer === 'walk-stops') {
    const s = obj as DrawnStop;
    return `Stopp ${s.number}: ${s.name}\n${s.walkName}`;
  }
  return null;
}
