import { effect } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import type { MapMouseEvent } from 'maplibre-gl';
import {
  walkPlanLayers,
  type ActionStatusName,
  type WalkDrawing,
} from '../../map/layers/walkPlanLayers';
import { walkPlanLegend } from '../../map/layers/walkPlanLegend';
import { WalkRouteEditor } from '../../map/walkRouteEditor';
import { downloadBlob } from '../../state/download';
import { walkViewFor, type WalkTab, type WalkView } from '../../state/walk/walkView';
import { stopsAlongRoute, withTappedStop } from '../../state/walk/stopList';
import { OPEN_STATUSES } from '../../state/walk/walkStore';
import type { ViewPanelProps } from '../views';
import { AfterSection } from './AfterSection';
import { FieldSection } from './FieldSection';
import { PlanSection } from './PlanSection';
import { PrintSheets } from './PrintSheets';
import { WalkChooser } from './WalkChooser';
import { drawingVertices, routeEditor } from './editorSignals';
import { fitPadding, loadedWithCamera, walkBounds } from './walkFit';
import type { MapController } from '../../map/MapController';
import type { WalkDocument } from '../../state/walk/walkStore';
import './walk.css';

const TABS: { id: WalkTab; label: string }[] = [
  { id: 'plan', label: 'Planera' },
  { id: 'field', label: 'I fält' },
  { id: 'after', label: 'Efteråt' },
];

/** The address the page was loaded with (history changes since then do not count). */
function loadedUrl(): string {
  const entry = performance.getEntriesByType('navigation')[0];
  return entry?.name ?? location.href;
}

/** Walks and stops can be close together: a fit never zooms in past a street block. */
const FIT_MAX_ZOOM = 17;

function fitWalk(controller: MapController, walk: WalkDocument) {
  const bounds = walkBounds(walk);
  if (!bounds) return;
  const map = controller.map.getContainer().getBoundingClientRect();
  const legend = document.querySelector('[data-testid="legend"]')?.getBoundingClientRect() ?? null;
  controller.fitBounds(bounds, fitPadding(map, legend), FIT_MAX_ZOOM);
}

/** Draws the walk on the shared map and turns taps into stops, a meeting point or observations. */
function useWalkMap(view: WalkView, slots: ViewPanelProps['slots']) {
  // Taps here place route points, stops and observations: no tooltips by finger, no selection.
  useEffect(() => {
    slots.touchTooltips.value = false;
    // In the plan the route editor takes every tap; elsewhere a button asks for the next one.
    const stopPlacing = effect(() => {
      slots.tapsPlace.value = view.tab.value === 'plan' || view.tap.value !== null;
    });
    return () => {
      stopPlacing();
      slots.touchTooltips.value = true;
      slots.tapsPlace.value = false;
    };
  }, [view, slots]);
  useEffect(() => {
    const { store } = view;
    const stopLayers = effect(() => {
      const walk = store.current.value;
      const editing = view.tab.value === 'plan';
      const earlier = new Set(store.followUpActions.value.map((a) => a._id));
      const drawing: WalkDrawing = {
        route: walk && !editing ? walk.route : null,
        stops: (walk?.stops ?? []).map((s, i) => ({ number: i + 1, ...s })),
        meetingPoint: walk?.meetingPoint.position ?? null,
        observations: store.currentObservations.value.flatMap((o) =>
          o.position ? [{ id: o._id, position: o.position, positive: o.positive }] : [],
        ),
        // Open actions everywhere, and on a follow-up walk the checked ones too.
        actions: store.actions.value.flatMap((a) =>
          a.position && (OPEN_STATUSES.includes(a.status) || earlier.has(a._id))
            ? [
                {
                  id: a._id,
                  title: a.title,
                  position: a.position,
                  status: a.status as ActionStatusName,
                },
              ]
            : [],
        ),
        suggestions: editing ? view.shownSuggestions.value : [],
        you: view.fix.value,
      };
      slots.layers.value = walkPlanLayers(drawing);
      slots.legend.value = { title: 'Trygghetsvandringen', items: walkPlanLegend(drawing) };
    });
    return () => {
      stopLayers();
      slots.layers.value = [];
      slots.legend.value = null;
    };
  }, [view, slots]);

  // A walk chosen, reopened or its route just drawn is brought into view (dragging a vertex is not).
  useEffect(() => {
    let seen: string | null = null;
    return effect(() => {
      const controller = slots.controller.value;
      const walk = view.store.current.value;
      if (!controller || !walk || walk._id === seen) return;
      const first = seen === null;
      seen = walk._id;
      // A reload or link with a camera keeps it.
      if (first && loadedWithCamera(loadedUrl(), walk._id)) return;
      fitWalk(controller, walk);
    });
  }, [view, slots]);

  // The route editor lives while the plan tab is shown on a map.
  useEffect(
    () =>
      effect(() => {
        const controller = slots.controller.value;
        const walkId = view.store.currentId.value;
        if (!controller || view.tab.value !== 'plan' || !walkId) return;
        const map = controller.map;
        // A changed route re-sorts the stops (see stopList); a tap that changed nothing keeps
        // a hand order.
        const stopsFor = (route: WalkDocument['route']) => {
          const walk = view.store.walks.peek().find((w) => w._id === walkId);
          if (!walk) return [];
          return JSON.stringify(walk.route) === JSON.stringify(route)
            ? walk.stops
            : stopsAlongRoute(walk.stops, route);
        };
        let editor: WalkRouteEditor | null = null;
        const start = () => {
          editor = new WalkRouteEditor(
            map,
            (route, drawn) =>
              void view.store.updateWalk(walkId, { route, stops: stopsFor(route) }).then(() => {
                const walk = view.store.current.peek();
                if (drawn && walk) fitWalk(controller, walk);
              }),
            (vertices) => (drawingVertices.value = vertices),
          );
          routeEditor.value = editor;
          const walk = view.store.walks.peek().find((w) => w._id === walkId);
          if (walk && walk.route.length > 1) editor.edit(walk.route);
        };
        if (map.isStyleLoaded()) start();
        else map.once('load', start);
        return () => {
          map.off('load', start);
          editor?.destroy();
          routeEditor.value = null;
          drawingVertices.value = null;
        };
      }),
    [view, slots],
  );

  // A tap on the map, when a button asked for one.
  useEffect(
    () =>
      effect(() => {
        const controller = slots.controller.value;
        const tap = view.tap.value;
        if (!controller || !tap) return;
        const map = controller.map;
        map.getCanvas().style.cursor = 'crosshair';
        const onClick = (e: MapMouseEvent) => {
          const position: [number, number] = [e.lngLat.lng, e.lngLat.lat];
          view.tap.value = null;
          void placeTap(view, tap, position);
        };
        map.once('click', onClick);
        return () => {
          map.off('click', onClick);
          map.getCanvas().style.cursor = '';
        };
      }),
    [view, slots],
  );
}

async function placeTap(
  view: WalkView,
  tap: NonNullable<WalkView['tap']['value']>,
  position: [number, number],
) {
  const { store } = view;
  const walk = store.current.peek();
  if (!walk) return;
  if (tap === 'stop') {
    await store.updateWalk(walk._id, {
      stops: withTappedStop(walk.stops, walk.route, position),
    });
  } else if (tap === 'meeting') {
    await store.updateWalk(walk._id, { meetingPoint: { ...walk.meetingPoint, position } });
  } else {
    const list = view.checklists.peek()[0];
    const o = await store.addObservation({
      position,
      category: list.categories[0] ?? 'Övrigt',
      template: list.id,
    });
    view.openObservation.value = o._id;
  }
}

/** Trygghetsvandring: plan a walk from the data, walk it offline, then the protocol and actions. */
export function WalkPanel({ state, services, slots }: ViewPanelProps) {
  const view = useMemo(() => walkViewFor(state, services), [state, services]);
  useWalkMap(view, slots);
  const { store } = view;
  const walk = store.current.value;
  const save = (bytes: Uint8Array, type: string, name: string) =>
    downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), name);
  return (
    <div class="walk-panel" data-testid="walk-panel">
      {store.error.value && (
        <p class="walk-error" role="alert">
          {store.error.value}
        </p>
      )}
      <WalkChooser view={view} save={save} />
      {walk && (
        <>
          <nav class="walk-tabs" aria-label="Vandringens steg">
            {TABS.map((t) => (
              <button
                key={t.id}
                type="button"
                class={view.tab.value === t.id ? 'walk-tab current' : 'walk-tab'}
                aria-pressed={view.tab.value === t.id}
                data-testid={`walk-tab-${t.id}`}
                onClick={() => (view.tab.value = t.id)}
              >
                {t.label}
              </button>
            ))}
          </nav>
          {view.tab.value === 'plan' && (
            <PlanSection view={view} state={state} slots={slots} save={save} />
          )}
          {view.tab.value === 'field' && <FieldSection view={view} />}
          {view.tab.value === 'after' && <AfterSection view={view} save={save} />}
          <PrintSheets view={view} state={state} />
        </>
      )}
    </div>
  );
}
