import type { ComparisonRow } from '../../analysis/comparison';
import { formatDay, parseIsoDate } from '../../analysis/isoWeek';
import { isMasked } from '../../analysis/privacy';
import type { ActionStatusName } from '../../map/layers/meetingLayers';
import { formatChange, formatPercent } from '../format';

export const STATUS_LABELS: Record<ActionStatusName, string> = {
  planerad: 'Planerad',
  pågår: 'Pågår',
  klar: 'Klar',
  avböjd: 'Avböjd',
};

export const STATUSES = Object.keys(STATUS_LABELS) as ActionStatusName[];

/** "2025-10-14" as "tis 14 okt 2025", the way the group says its dates. */
export function longDate(day: number | string | null): string {
  if (day === null) return '–';
  const n = typeof day === 'string' ? parseIsoDate(day) : day;
  if (n === null) return String(day);
  return new Date(n * 86_400_000).toLocaleDateString('sv-SE', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export const periodText = (p: { first: number; last: number }) =>
  `${formatDay(p.first)} – ${formatDay(p.last)}`;

/** The change of a row as text, or "–" when a masked count would be revealed by it. */
export function changeText(r: ComparisonRow, threshold: number): string {
  if (isMasked(r.current, threshold) || isMasked(r.previous, threshold)) return '–';
  return r.changePercent === null
    ? formatChange(r.change)
    : `${formatChange(r.change)} (${formatPercent(r.changePercent)})`;
}

/** Rise and fall with an arrow as well as a colour, so the colour is never the only sign. */
export function trendOf(r: ComparisonRow, threshold: number): 'rise' | 'fall' | 'same' | 'masked' {
  if (isMasked(r.current, threshold) || isMasked(r.previous, threshold)) return 'masked';
  if (!r.notable) return 'same';
  return r.change > 0 ? 'rise' : r.change < 0 ? 'fall' : 'same';
}

export const TREND_ARROWS = { rise: '▲ ', fall: '▼ ', same: '', masked: '' } as const;
