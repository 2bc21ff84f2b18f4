import { bbox, distance, feature, pointToPolygonDistance } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { parseIsoDate } from '../../analysis/isoWeek';
import type { AreaSummary } from '../../data/areaLayers';
import type { WalkFeature } from '../../data/parseOverlays';
import type {
  ActionDocument,
  LonLat,
  ObservationDocument,
  PlaceDocument,
  WalkDocument,
} from '../../persistence/documents';
import type { PlaceTarget } from '../../worker/protocol';

/** Offences are counted this far around a place that is a point (a platssamverkan site). */
export const DEFAULT_RADIUS_M = 200;
/** A walk passing this close to a place is that place's walk. */
const WALK_NEAR_M = 400;
/** Observations from walks this long before the period's end are "recent". */
const RECENT_OBSERVATION_DAYS = 180;

export type Bounds = [number, number, number, number];

/** One place on the meeting's agenda: a slide in the presentation. */
export interface AgendaItem {
  /** `place:…` (a place document's id) or `ods:<extent id>`. */
  key: string;
  title: string;
  kindLabel: string;
  district: string;
  target: PlaceTarget;
  /** Said on the slide: what "here" means for the numbers. */
  countLabel: string;
  centre: LonLat;
  bounds: Bounds;
  /** The outline drawn on the slide, or null for a point with its radius. */
  outline: Polygon | MultiPolygon | null;
  radius: number | null;
  place: PlaceDocument | null;
}

const KIND_LABELS: Record<PlaceDocument['kind'], string> = {
  platssamverkan: 'Platssamverkan',
  ods: 'Öppen drogscen',
  annat: 'Sparat område',
};

/** A square of `3 × radius` around a point, in degrees: the slide shows the circle with room around it. */
function pointBounds([lon, lat]: LonLat, radius: number): Bounds {
  const dLat = (radius * 3) / 111_320;
  const dLon = dLat / Math.cos((lat * Math.PI) / 180);
  return [lon - dLon, lat - dLat, lon + dLon, lat + dLat];
}

function placeItem(place: PlaceDocument): AgendaItem | null {
  const g = place.geometry;
  const base = {
    key: place._id,
    title: place.name,
    kindLabel: place.temporary
      ? `${KIND_LABELS[place.kind]} (tillfällig)`
      : KIND_LABELS[place.kind],
    district: place.district ?? '',
    place,
  };
  if (g.type === 'Point') {
    const centre = g.coordinates as LonLat;
    const radius = place.radius ?? DEFAULT_RADIUS_M;
    return {
      ...base,
      target: { key: place._id, kind: 'point', position: centre, radius },
      countLabel: `Brott inom ${radius} m från platsen`,
      centre,
      bounds: pointBounds(centre, radius),
      outline: null,
      radius,
    };
  }
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
    const bounds = bbox(g) as Bounds;
    return {
      ...base,
      target: { key: place._id, kind: 'polygon', geometry: g },
      countLabel: 'Brott inom områdets gräns',
      centre: [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2],
      bounds,
      outline: g,
      radius: null,
    };
  }
  return null;
}

function odsItem(key: string, area: AreaSummary): AgendaItem {
  const bounds = bbox(area.geometry) as Bounds;
  return {
    key,
    title: `ÖDS ${area.name}`,
    kindLabel: `Öppen drogscen, utbredning ${area.year ?? ''}`.trim(),
    district: area.district,
    target: { key, kind: 'ods', odsId: area.id },
    countLabel: `Brott inom utbredningen ${area.year ?? ''}`.trim(),
    centre: area.labelPosition,
    bounds,
    outline: area.geometry,
    radius: null,
    place: null,
  };
}

/** The agenda's keys as items, in order; keys whose place or extent is gone are left out. */
export function agendaItems(
  keys: readonly string[],
  places: PlaceDocument[],
  ods: AreaSummary[],
): AgendaItem[] {
  return keys.flatMap((key) => {
    if (key.startsWith('ods:')) {
      const area = ods.find((a) => a.id === key.slice(4));
      return area ? [odsItem(key, area)] : [];
    }
    const place = places.find((p) => p._id === key);
    const item = place && placeItem(place);
    return item ? [item] : [];
  });
}

/** Whether a position is "here": inside the outline or within the radius, widened by `extraMetres`. */
export function isNear(item: AgendaItem, position: LonLat, extraMetres = 0): boolean {
  if (item.outline) {
    // Negative inside the outline, the distance to its edge outside.
    return (
      pointToPolygonDistance(position, feature(item.outline), { units: 'meters' }) <= extraMetres
    );
  }
  return distance(position, item.centre, { units: 'meters' }) <= (item.radius ?? 0) + extraMetres;
}

const OPEN: ActionDocument['status'][] = ['planerad', 'pågår'];

/** What a slide lists beside the numbers. */
export interface SlideDetails {
  /** Planned and ongoing actions, soonest deadline first. */
  openActions: ActionDocument[];
  /** Actions decided since the last meeting (any status). */
  newActions: ActionDocument[];
  observations: ObservationDocument[];
  nextWalk: { name: string; date: string } | null;
}

export interface DetailSources {
  actions: ActionDocument[];
  observations: ObservationDocument[];
  walks: WalkFeature[];
  walkDocs: WalkDocument[];
  /** Day numbers, as the offences' dates. */
  today: number;
  lastMeeting: number | null;
}

const dayOfIso = (iso: string) => parseIsoDate(iso.slice(0, 10));

export function slideDetails(item: AgendaItem, s: DetailSources): SlideDetails {
  const mine = s.actions.filter((a) => a.placeId === item.key);
  const byDeadline = (a: ActionDocument, b: ActionDocument) =>
    (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999');
  const since = s.lastMeeting;
  const observations = s.observations
    .filter((o) => {
      const day = dayOfIso(o.time);
      return (
        o.position !== null &&
        day !== null &&
        day <= s.today &&
        day > s.today - RECENT_OBSERVATION_DAYS &&
        isNear(item, o.position, 100)
      );
    })
    .sort((a, b) => b.time.localeCompare(a.time))
    .slice(0, 5);
  const walks = [
    ...s.walks.map((w) => ({ name: w.name, date: w.date, path: w.path })),
    ...s.walkDocs.map((w) => ({ name: w.name, date: w.date, path: w.route })),
  ]
    .filter((w) => {
      const day = parseIsoDate(w.date);
      return day !== null && day >= s.today && w.path.some((p) => isNear(item, p, WALK_NEAR_M));
    })
    .sort((a, b) => a.date.localeCompare(b.date));
  return {
    openActions: mine.filter((a) => OPEN.includes(a.status)).sort(byDeadline),
    newActions:
      since === null ? [] : mine.filter((a) => (dayOfIso(a.createdAt) ?? -Infinity) >= since),
    observations,
    nextWalk: walks[0] ? { name: walks[0].name, date: walks[0].date } : null,
  };
}
