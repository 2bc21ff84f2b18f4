import type { MultiPolygon, Polygon } from 'geojson';
import type { RGBA } from './colorScale';
import type { LayerSpec } from './layerSpec';
import type { LonLat } from './webMercator';

export type ActionStatusName = 'planerad' | 'pågår' | 'klar' | 'avböjd';

/**
 * Okabe–Ito colours, told apart with every common colour-vision deficiency:
 * blue for planned, orange for ongoing, bluish green for done, grey for declined.
 */
export const ACTION_STATUS_COLORS: Record<ActionStatusName, RGBA> = {
  planerad: [0, 114, 178, 255],
  pågår: [230, 159, 0, 255],
  klar: [0, 158, 115, 255],
  avböjd: [118, 118, 118, 255],
};

/** An action as drawn: at its place. */
export interface MapAction {
  id: string;
  title: string;
  status: ActionStatusName;
  responsible: string;
  deadline: string | null;
  position: LonLat;
}

const ACTION_RADIUS_PX = 9;
/** Several actions at one place sit on a small ring around it instead of on top of each other. */
const SPREAD_M = 30;

/** Positions spread around their shared place, in a stable order (by id). */
export function spreadActions(actions: MapAction[]): MapAction[] {
  const groups = new Map<string, MapAction[]>();
  for (const a of actions) {
    const key = a.position.join(',');
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  return [...groups.values()].flatMap((group) => {
    if (group.length === 1) return group;
    return [...group]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((a, i) => {
        const angle = (2 * Math.PI * i) / group.length;
        const [lon, lat] = a.position;
        const dLat = (SPREAD_M * Math.cos(angle)) / 111_320;
        const dLon = (SPREAD_M * Math.sin(angle)) / (111_320 * Math.cos((lat * Math.PI) / 180));
        return { ...a, position: [lon + dLon, lat + dLat] as LonLat };
      });
  });
}

/** The meeting's actions on the map, coloured by status, each with a dark ring so it reads on any surface. */
export function actionLayers(actions: MapAction[]): LayerSpec[] {
  const data = spreadActions(actions);
  return [
    {
      type: 'ScatterplotLayer',
      props: {
        id: 'meeting-actions',
        data,
        getPosition: (a: MapAction) => a.position,
        getFillColor: (a: MapAction) => ACTION_STATUS_COLORS[a.status],
        getLineColor: [20, 20, 20, 255],
        getRadius: ACTION_RADIUS_PX,
        radiusUnits: 'pixels',
        stroked: true,
        lineWidthUnits: 'pixels',
        getLineWidth: 2,
        pickable: true,
      },
    },
  ];
}

/** The slide's place: near-black on a white casing, unlike any ÖDS year or class colour. */
export const FOCUS_COLOR: RGBA = [17, 17, 17, 255];
const FOCUS_CASING: RGBA = [255, 255, 255, 230];

/**
 * The place on the current slide: the circle the offences are counted in
 * (a point with its radius in metres) or the outline, dark on a white casing.
 */
export function focusLayers(
  focus:
    | { kind: 'circle'; centre: LonLat; radius: number }
    | { kind: 'outline'; geometry: Polygon | MultiPolygon }
    | null,
): LayerSpec[] {
  if (!focus) return [];
  if (focus.kind === 'circle') {
    const ring = (id: string, color: RGBA, width: number): LayerSpec => ({
      type: 'ScatterplotLayer',
      props: {
        id,
        data: [focus],
        getPosition: () => focus.centre,
        getRadius: focus.radius,
        radiusUnits: 'meters',
        filled: false,
        stroked: true,
        getLineColor: color,
        lineWidthUnits: 'pixels',
        getLineWidth: width,
      },
    });
    return [ring('meeting-focus-casing', FOCUS_CASING, 7), ring('meeting-focus', FOCUS_COLOR, 3)];
  }
  const outline = (id: string, color: RGBA, width: number): LayerSpec => ({
    type: 'GeoJsonLayer',
    props: {
      id,
      data: { type: 'Feature', geometry: focus.geometry, properties: {} },
      filled: false,
      stroked: true,
      getLineColor: color,
      lineWidthUnits: 'pixels',
      getLineWidth: width,
    },
  });
  return [
    outline('meeting-focus-casing', FOCUS_CASING, 7),
    outline('meeting-focus', FOCUS_COLOR, 3),
  ];
}
