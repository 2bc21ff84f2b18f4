import { computed, effect } from '@preact/signals';
import { bbox } from '@turf/turf';
import { actionLayers, focusLayers, type MapAction } from '../../map/layers/meetingLayers';
import { slideFocusLegend, type SlideFocus } from '../../map/layers/meetingLegend';
import type { LonLat } from '../../map/layers/webMercator';
import type { AppState } from '../../state/appState';
import type { AgendaItem } from '../../state/meeting/agenda';
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

/** What the slide outlines, for the legend: an ÖDS extent says its mapping year. */
function focusOf(state: AppState, item: AgendaItem): SlideFocus {
  const { target } = item;
  if (target.kind === 'ods')
    return { kind: 'ods', year: state.ods.value.find((o) => o.id === target.odsId)?.year ?? null };
  return item.outline ? { kind: 'area' } : { kind: 'circle', radius: item.radius ?? 0 };
}

/**
 * The meeting's layers on the shared map: every action at its place, coloured
 * by status, and the place of the current slide, which the legend lists first.
 * Returns a function that takes them off again.
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
    const symbols = slideFocusLegend(item && focusOf(state, item));
    // No heading of its own: the line names itself, and the projector's legend stays short.
    slots.legend.value = symbols.length > 0 ? { title: '', items: symbols } : null;
  });
  return () => {
    stop();
    slots.layers.value = [];
    slots.legend.value = null;
  };
}
