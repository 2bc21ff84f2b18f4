import type { RGBA } from './colorScale';
import {
  ACTION_STATUS_COLORS,
  NEGATIVE_COLOR,
  PLAN_ROUTE_COLOR,
  POSITIVE_COLOR,
  SUGGESTION_COLOR,
  YOU_COLOR,
  type ActionStatusName,
  type WalkDrawing,
} from './walkPlanLayers';

/** A legend line as drawn: a line, a filled dot (fill, ring), a numbered stop, or a hollow ring. */
export interface LegendSymbol {
  shape: 'line' | 'dot' | 'stop' | 'ring';
  color: RGBA;
  /** The ring around a dot; white unless told. */
  ring?: RGBA;
  label: string;
}

const STATUS_ORDER: ActionStatusName[] = ['planerad', 'pågår', 'klar', 'avböjd'];

/**
 * The walk view's own legend, in the colours `walkPlanLayers` draws: the route, the stops and
 * both kinds of observation always (they are what the view is for), the rest when on the map.
 */
export function walkPlanLegend(d: WalkDrawing): LegendSymbol[] {
  const items: LegendSymbol[] = [
    { shape: 'line', color: PLAN_ROUTE_COLOR, label: 'Vandringens rutt' },
    { shape: 'stop', color: PLAN_ROUTE_COLOR, label: 'Stopp (numrerade i ordning)' },
  ];
  if (d.meetingPoint) items.push({ shape: 'dot', color: PLAN_ROUTE_COLOR, label: 'Mötesplats' });
  items.push(
    { shape: 'dot', color: NEGATIVE_COLOR, label: 'Observation: brist' },
    { shape: 'dot', color: POSITIVE_COLOR, ring: NEGATIVE_COLOR, label: 'Observation: positiv' },
  );
  if (d.suggestions.length > 0)
    items.push({ shape: 'ring', color: SUGGESTION_COLOR, label: 'Förslag på stopp' });
  const statuses = new Set(d.actions.map((a) => a.status));
  for (const s of STATUS_ORDER)
    if (statuses.has(s))
      items.push({ shape: 'dot', color: ACTION_STATUS_COLORS[s], label: `Åtgärd: ${s}` });
  if (d.you) items.push({ shape: 'dot', color: YOU_COLOR, label: 'Du är här' });
  return items;
}
