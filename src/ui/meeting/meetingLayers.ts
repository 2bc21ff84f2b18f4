import { computed, effect } from '@preact/signals';
import { bbox } from '@turf/turf';
import { actionLayers, focusLayers, type MapAction } from '../../map/layers/meetingLayers';
import type { LonLat } from '../../map/layers/webMercator';
import type { AppState } from '../../state/appState';
import type { MeetingState } from '../../state/meeting/meetingState';
import type { MapSlots } from '../mapSlots';

/** Where an action is drawn: at its place's point, the middle of its area, or its ÖDS label. */
function positionsOf(state: AppState, meeting: MeetingState): Map<string, LonLat> {
  const out = new Map<string, LonLat>();
  for (const p of meeting.docs.lists.place.value) {
    const g = p.geometry;
    if (g.type === 'Point') out.set(p._id, g.coordinates as LonLat);
    else {
      const [w, s, e, n] = bbox(g);
      out.set(p._id, [(w + e) / 2, (s + n) / 2]);
    }
  }
  for (const o of state.ods.value) out.set(`ods:${o.id}`, o.labelPosition);
  return out;
}

/**
 * The meeting's layers on the shared map: every action at its place, coloured
 * by status, and the place of the current slide. Returns a function that
 * takes them off again.
 */
export function bindMeetingLayers(state: AppState, meeting: MeetingState, slots: MapSlots) {
  const actions = computed<MapAction[]>(() => {
    const at = positionsOf(state, meeting);
    return meeting.docs.lists.action.value.flatMap((a) => {
      const position = a.placeId ? at.get(a.placeId) : undefined;
      return position
        ? [
            {
              id: a._id,
              title: a.title,
              status: a.status,
              responsible: a.responsible,
              deadline: a.deadline,
              position,
            },
          ]
        : [];
    });
  });
  const stop = effect(() => {
    const slide = meeting.current.value?.slide;
    const item = slide?.kind === 'agenda' ? slide.item : null;
    slots.layers.value = [
      ...focusLayers(
        item
          ? item.outline
            ? { kind: 'outline', geometry: item.outline }
            : { kind: 'circle', centre: item.centre, radius: item.radius ?? 0 }
          : null,
      ),
      ...actionLayers(actions.value),
    ];
  });
  return () => {
    stop();
    slots.layers.value = [];
  };
}
