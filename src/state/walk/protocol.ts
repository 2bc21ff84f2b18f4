import { nearestStop, type PlanarPoint } from '../../analysis/walkRoute';
import { projector } from '../../data/crs';
import type { ObservationDocument, WalkDocument } from '../../persistence/documents';

/** An observation this far from every stop is "along the way" rather than at a stop. */
export const STOP_RADIUS_METRES = 75;

export interface ProtocolGroup {
  /** Index into the walk's stops, or null for observations between the stops. */
  stop: number | null;
  label: string;
  categories: { category: string; observations: ObservationDocument[] }[];
}

const PRIORITY = { hög: 0, medel: 1, låg: 2 } as const;

/**
 * The protocol's order: stops in walking order (then the observations between stops),
 * categories by the order they were first noted, observations by priority then time.
 * Drafts are left out: they are still being written.
 */
export function groupProtocol(
  walk: WalkDocument,
  observations: ObservationDocument[],
): ProtocolGroup[] {
  const toTm = projector('EPSG:4326', 'EPSG:3006');
  const stops: PlanarPoint[] = walk.stops.map((s) => toTm.forward(s.position));
  const byStop = new Map<number | null, ObservationDocument[]>();
  const done = observations.filter((o) => !o.draft).sort((a, b) => a.time.localeCompare(b.time));
  for (const o of done) {
    const stop = o.position
      ? nearestStop(stops, toTm.forward(o.position), STOP_RADIUS_METRES)
      : null;
    byStop.set(stop, [...(byStop.get(stop) ?? []), o]);
  }
  const keys = [...byStop.keys()].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
  return keys.map((stop) => {
    const list = byStop.get(stop) ?? [];
    const categories = [...new Set(list.map((o) => o.category))].map((category) => ({
      category,
      observations: list
        .filter((o) => o.category === category)
        .sort(
          (a, b) => PRIORITY[a.priority] - PRIORITY[b.priority] || a.time.localeCompare(b.time),
        ),
    }));
    return {
      stop,
      label: stop === null ? 'Längs vägen' : `${stop + 1}. ${walk.stops[stop].name}`,
      categories,
    };
  });
}

/** What an observation is, in the protocol's words: priority belongs to problems only. */
export function observationKind(o: Pick<ObservationDocument, 'positive' | 'priority'>): string {
  return o.positive ? 'Bra' : `Brist, prioritet ${o.priority}`;
}

/** Degrees with four decimals (about 10 m), in Swedish: 59,3322 N. */
function degrees(value: number, positive: string, negative: string): string {
  const text = Math.abs(value).toLocaleString('sv-SE', {
    minimumFractionDigits: 4,
    maximumFractionDigits: 4,
  });
  return `${text} ${value < 0 ? negative : positive}`;
}

/**
 * Where the walk gathers, for the printed sheets: its name, else the place set on the map (a
 * meeting point is often only tapped there), else null.
 */
export function meetingPlaceText(meetingPoint: WalkDocument['meetingPoint']): string | null {
  const name = meetingPoint.name.trim();
  if (name) return name;
  if (!meetingPoint.position) return null;
  const [lon, lat] = meetingPoint.position;
  return `markerad på kartan (${degrees(lat, 'N', 'S')}, ${degrees(lon, 'E', 'W')})`;
}

function when(walk: Pick<WalkDocument, 'date' | 'startTime'>): string {
  return `${walk.date || 'Datum ej satt'}${walk.startTime ? ` kl. ${walk.startTime}` : ''}`;
}

/** The line under the route card's title: when, and where to gather (asked for even if unset). */
export function routeCardLine(
  walk: Pick<WalkDocument, 'date' | 'startTime' | 'meetingPoint'>,
): string {
  return `${when(walk)} · Samling: ${meetingPlaceText(walk.meetingPoint) ?? 'ej satt'}`;
}

/** The line under the protocol's title; parts that are not set are left out, never shown empty. */
export function protocolLine(
  walk: Pick<WalkDocument, 'date' | 'startTime' | 'meetingPoint' | 'organisers'>,
  observations: number,
): string {
  const meeting = meetingPlaceText(walk.meetingPoint);
  return [
    when(walk),
    meeting && `Samling: ${meeting}`,
    walk.organisers.join(', '),
    `${observations} ${observations === 1 ? 'observation' : 'observationer'}`,
  ]
    .filter((part) => part)
    .join(' · ');
}
