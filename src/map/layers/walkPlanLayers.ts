import type { RGBA } from './colorScale';
import type { LayerSpec } from './layerSpec';
import { ACTION_STATUS_COLORS, type ActionStatusName } from './meetingLayers';
import { LABEL_FONT } from './textStyle';
import type { LonLat } from './webMercator';

/** The walk being planned or walked, drawn above everything else, bold enough for a tablet outdoors. */
export const PLAN_ROUTE_COLOR: RGBA = [84, 39, 143, 255];
/**
 * Observations in black and white, which no ÖDS year, choropleth class, density or action
 * status uses (the red they had read as ÖDS 2023): negative a black dot in a white ring,
 * positive a white dot in a black ring. Black keeps 21:1 against the light map, and the
 * white ring sets a dot off on the darkest classes.
 */
export const NEGATIVE_COLOR: RGBA = [0, 0, 0, 255];
export const POSITIVE_COLOR: RGBA = [255, 255, 255, 255];
const observationRing = (positive: boolean): RGBA => (positive ? NEGATIVE_COLOR : POSITIVE_COLOR);
export const SUGGESTION_COLOR: RGBA = [230, 120, 0, 255];
export const YOU_COLOR: RGBA = [0, 95, 204, 255];

/** Actions are the meeting's documents: the same status colours as on the EST view's map. */
export { ACTION_STATUS_COLORS, type ActionStatusName };

export interface PlanStop {
  number: number;
  name: string;
  position: LonLat;
}

export interface PlanObservation {
  id: string;
  position: LonLat;
  positive: boolean;
}

export interface PlanAction {
  id: string;
  title: string;
  position: LonLat;
  status: ActionStatusName;
}

export interface WalkDrawing {
  /** Null while the route is being drawn or edited on the map itself (terra-draw shows it). */
  route: LonLat[] | null;
  stops: PlanStop[];
  meetingPoint: LonLat | null;
  observations: PlanObservation[];
  actions: PlanAction[];
  suggestions: { label: string; position: LonLat }[];
  /** The device's position and its accuracy in metres. */
  you: { position: LonLat; accuracy: number } | null;
}

export function walkPlanLayers(d: WalkDrawing): LayerSpec[] {
  const layers: LayerSpec[] = [];
  if (d.route && d.route.length > 1) {
    const base = {
      data: [{ path: d.route }],
      getPath: (r: { path: LonLat[] }) => r.path,
      widthUnits: 'pixels' as const,
      capRounded: true,
      jointRounded: true,
    };
    layers.push(
      {
        type: 'PathLayer',
        props: {
          ...base,
          id: 'walk-plan-route-casing',
          getColor: [255, 255, 255, 235],
          getWidth: 10,
        },
      },
      {
        type: 'PathLayer',
        props: { ...base, id: 'walk-plan-route', getColor: PLAN_ROUTE_COLOR, getWidth: 6 },
      },
    );
  }
  if (d.suggestions.length > 0) {
    layers.push({
      type: 'ScatterplotLayer',
      props: {
        id: 'walk-plan-suggestions',
        data: d.suggestions,
        getPosition: (s: { position: LonLat }) => s.position,
        getFillColor: [255, 255, 255, 0],
        getLineColor: SUGGESTION_COLOR,
        // 20 m: suggestions are at least 50 m apart, so the rings stay apart when zoomed in.
        getRadius: 20,
        radiusUnits: 'meters',
        radiusMinPixels: 6,
        radiusMaxPixels: 14,
        stroked: true,
        filled: true,
        lineWidthUnits: 'pixels',
        getLineWidth: 3,
      },
    });
  }
  if (d.actions.length > 0) {
    layers.push({
      type: 'ScatterplotLayer',
      props: {
        id: 'walk-actions',
        data: d.actions,
        getPosition: (a: PlanAction) => a.position,
        getFillColor: (a: PlanAction) => ACTION_STATUS_COLORS[a.status],
        getLineColor: [255, 255, 255, 255],
        getRadius: 9,
        radiusUnits: 'pixels',
        stroked: true,
        lineWidthUnits: 'pixels',
        getLineWidth: 2,
        pickable: true,
      },
    });
  }
  if (d.observations.length > 0) {
    layers.push({
      type: 'ScatterplotLayer',
      props: {
        id: 'walk-observations',
        data: d.observations,
        getPosition: (o: PlanObservation) => o.position,
        getFillColor: (o: PlanObservation) => (o.positive ? POSITIVE_COLOR : NEGATIVE_COLOR),
        getLineColor: (o: PlanObservation) => observationRing(o.positive),
        // Seen at a glance outdoors at dusk, over the darkest surface class (7 px was lost there).
        getRadius: 11,
        radiusUnits: 'pixels',
        stroked: true,
        lineWidthUnits: 'pixels',
        getLineWidth: 4,
      },
    });
  }
  const markers: PlanStop[] = [
    ...(d.meetingPoint ? [{ number: 0, name: 'Mötesplats', position: d.meetingPoint }] : []),
    ...d.stops,
  ];
  if (markers.length > 0) {
    layers.push(
      {
        type: 'ScatterplotLayer',
        props: {
          id: 'walk-plan-stops',
          data: markers,
          getPosition: (s: PlanStop) => s.position,
          getFillColor: (s: PlanStop) => (s.number === 0 ? PLAN_ROUTE_COLOR : [255, 255, 255, 255]),
          getLineColor: PLAN_ROUTE_COLOR,
          getRadius: 13,
          radiusUnits: 'pixels',
          stroked: true,
          lineWidthUnits: 'pixels',
          getLineWidth: 3,
        },
      },
      {
        type: 'TextLayer',
        props: {
          id: 'walk-plan-stop-numbers',
          data: markers,
          getPosition: (s: PlanStop) => s.position,
          getText: (s: PlanStop) => (s.number === 0 ? 'M' : String(s.number)),
          getSize: 15,
          getColor: (s: PlanStop) => (s.number === 0 ? [255, 255, 255, 255] : PLAN_ROUTE_COLOR),
          ...LABEL_FONT,
          outlineWidth: 0,
          fontWeight: 700,
        },
      },
    );
  }
  if (d.you) {
    layers.push(
      {
        type: 'ScatterplotLayer',
        props: {
          id: 'walk-you-accuracy',
          data: [d.you],
          getPosition: (y: { position: LonLat }) => y.position,
          getRadius: (y: { accuracy: number }) => y.accuracy,
          radiusUnits: 'meters',
          getFillColor: [0, 95, 204, 40],
        },
      },
      {
        type: 'ScatterplotLayer',
        props: {
          id: 'walk-you',
          data: [d.you],
          getPosition: (y: { position: LonLat }) => y.position,
          getFillColor: YOU_COLOR,
          getLineColor: [255, 255, 255, 255],
          getRadius: 9,
          radiusUnits: 'pixels',
          stroked: true,
          lineWidthUnits: 'pixels',
          getLineWidth: 3,
        },
      },
    );
  }
  return layers;
}
