import { effect, useSignal, type Signal } from '@preact/signals';
import type { MultiPolygon, Polygon } from 'geojson';
import { createPortal } from 'preact/compat';
import { useEffect, useRef } from 'preact/hooks';
import type { RGBA } from '../../map/layers/colorScale';
import {
  differenceLayers,
  partsBounds,
  swipeLayers,
  yearExtentLayers,
} from '../../map/layers/compareLayers';
import type { MapController } from '../../map/MapController';
import type { AppState } from '../../state/appState';
import { periodsOf } from '../../state/periodChoice';
import { SCENES_IN_VIEW, type Comparison } from '../../worker/protocol';
import type { MapSlots } from '../mapSlots';
import type { EditTarget } from './ExtentEditor';
import { legendItems } from './legendItems';
import { SIDE_CLASS, SideBySideMap } from './SideBySideMap';
import { SIDE_A_ID } from './sideLayers';
import { SwipeDivider } from './SwipeDivider';
import { dividerAtScene } from './swipeStart';

const EDITING_CLASS = 'compare-editing-map';

const css = (c: RGBA) => `rgb(${c[0]}, ${c[1]}, ${c[2]})`;

/** The meridian under the divider; it moves with the divider and with every pan and zoom. */
function useDividerLon(controller: MapController | null, fraction: Signal<number>) {
  const lon = useSignal<number | null>(null);
  useEffect(() => {
    if (!controller) return;
    const map = controller.map;
    const update = () => {
      const box = map.getContainer();
      lon.value = map.unproject([fraction.peek() * box.clientWidth, box.clientHeight / 2]).lng;
    };
    map.on('move', update);
    const stop = effect(() => {
      void fraction.value;
      update();
    });
    return () => {
      map.off('move', update);
      stop();
    };
  }, [controller, fraction, lon]);
  return lon;
}

/**
 * The compare view on the map: its layers in the view slot (the dashboard's
 * layers stay underneath), the legend, the swipe divider and the second map
 * of the side-by-side pair. Everything is removed when the view closes.
 */
export function CompareMap({
  state,
  slots,
  secondMap,
  editing,
}: {
  state: AppState;
  slots: MapSlots;
  secondMap: Signal<MapController | null>;
  /** While an extent is edited the compare layers step aside and the rest of the map dims. */
  editing: Signal<EditTarget | null>;
}) {
  const c = state.compare;
  const controller = slots.controller.value;
  const dividerLon = useDividerLon(controller, c.divider);

  useEffect(() => {
    const stop = effect(() => {
      const cmp = c.result.value?.comparison;
      const ods = state.ods.value;
      if (!cmp) {
        slots.layers.value = [];
        slots.odsYears.value = null;
        return;
      }
      const mode = c.mode.value;
      if (editing.value) {
        slots.odsYears.value = [];
        slots.layers.value = [];
      } else if (mode === 'difference') {
        slots.odsYears.value = [cmp.yearA, cmp.yearB];
        slots.layers.value = differenceLayers(cmp.diff);
      } else if (mode === 'swipe') {
        const lon = dividerLon.value;
        slots.odsYears.value = [];
        slots.layers.value = lon === null ? [] : swipeLayers(ods, cmp.yearA, cmp.yearB, lon);
      } else {
        slots.odsYears.value = [];
        slots.layers.value = yearExtentLayers(ods, cmp.yearA, SIDE_A_ID);
      }
    });
    return () => {
      stop();
      slots.layers.value = [];
      slots.odsYears.value = null;
    };
  }, [state, slots, c, dividerLon, editing]);

  useEffect(() => {
    const frame = controller?.map.getContainer().parentElement;
    if (!frame) return;
    const stop = effect(() => {
      frame.classList.toggle(EDITING_CLASS, editing.value !== null);
    });
    return () => {
      stop();
      frame.classList.remove(EDITING_CLASS);
    };
  }, [controller, editing]);

  // A new scene brings the map to it; a link that carries a camera keeps it for the first scene.
  const keepLinkCamera = useRef(state.camera.peek() !== null);
  const fitted = useRef<string | null>(null);
  useEffect(() => {
    if (!controller) return;
    const map = controller.map;
    const halved = () => map.getContainer().parentElement?.classList.contains(SIDE_CLASS) ?? false;
    /** Whether the map was halved for side by side when the scene was last fitted (or left as linked). */
    let fittedHalved: boolean | null = null;
    const fit = (cmp: Comparison) => {
      fittedHalved = halved();
      // The scenes in view are chosen by the map: moving it would choose others.
      if (cmp.scene === SCENES_IN_VIEW) return;
      const bounds = partsBounds(cmp.diff);
      if (bounds) map.fitBounds(bounds, { padding: 60, maxZoom: 15, duration: 0 });
    };
    const stop = effect(() => {
      const cmp = c.result.value?.comparison;
      if (!cmp) return;
      const key = `${cmp.yearA}-${cmp.yearB}-${cmp.scene}`;
      if (fitted.current === key) return;
      const first = fitted.current === null;
      fitted.current = key;
      if (first && keepLinkCamera.current) {
        // The linked camera was written for the layout the link asks for.
        fittedHalved = c.mode.peek() === 'side';
        return;
      }
      fit(cmp);
    });
    // Halving the map for side by side (or making it whole again) keeps its centre and zoom, which
    // clips the scene: fit it again once resized. A window resize alone does not move the map.
    const refit = () => {
      const cmp = c.result.peek()?.comparison;
      if (cmp && fittedHalved !== null && halved() !== fittedHalved) fit(cmp);
    };
    map.on('resize', refit);
    return () => {
      stop();
      map.off('resize', refit);
    };
  }, [controller, c]);

  // The swipe starts with the divider through the scene, wherever the user has panned to: when it
  // is turned on, opened from a link, or shows another scene or pair of years.
  useEffect(() => {
    if (!controller) return;
    let placedFor: string | null = null;
    return effect(() => {
      const cmp = c.result.value?.comparison;
      if (c.mode.value !== 'swipe') {
        placedFor = null;
        return;
      }
      const key = cmp ? `${cmp.yearA}-${cmp.yearB}-${cmp.scene}` : null;
      if (!cmp || cmp.diff.length === 0 || key === placedFor) return;
      placedFor = key;
      // All scenes have no sides: then the divider goes through the middle of all of them.
      const all = partsBounds(cmp.diff);
      const side = (g: Polygon | MultiPolygon | null) =>
        g ? partsBounds([{ geometry: g }]) : null;
      const [a, b] = cmp.sides ? [side(cmp.sides.a), side(cmp.sides.b)] : [all, all];
      const map = controller.map;
      // After this frame, so a new scene's fit (above) has moved the map first.
      requestAnimationFrame(() => {
        c.divider.value = dividerAtScene(
          a,
          b,
          (lonLat) => map.project(lonLat).x,
          map.getContainer().clientWidth,
        );
      });
    });
  }, [controller, c]);

  const comparison = c.result.value?.comparison;
  const frame = controller?.map.getContainer().parentElement;
  if (!controller || !frame || !comparison) return null;
  const mode = c.mode.value;
  if (editing.value) return null;
  const items = legendItems(mode, comparison, state.ods.value);
  return createPortal(
    <>
      <div class="compare-legend" data-testid="compare-legend">
        <strong>
          {mode === 'difference'
            ? `Skillnad ${comparison.yearA} → ${comparison.yearB}`
            : `${comparison.yearA} mot ${comparison.yearB}`}
        </strong>
        <ul>
          {items.map((item) => (
            <li key={item.label}>
              <span
                class={item.outline ? 'swatch outline' : 'swatch'}
                style={
                  item.outline ? { borderColor: css(item.color) } : { background: css(item.color) }
                }
              />
              {item.label}
            </li>
          ))}
        </ul>
        {mode === 'side' && (
          <p class="caption" data-testid="compare-side-period">
            Färgerna på båda kartorna: {periodsOf(state.period.value).current.label}, inte åren A
            och B.
          </p>
        )}
      </div>
      {mode === 'swipe' && (
        <SwipeDivider fraction={c.divider} yearA={comparison.yearA} yearB={comparison.yearB} />
      )}
      {mode === 'side' && (
        <>
          <span class="side-year a">A {comparison.yearA}</span>
          <span class="side-year b">B {comparison.yearB}</span>
          <SideBySideMap
            state={state}
            main={controller}
            yearB={comparison.yearB}
            onReady={(m) => (secondMap.value = m)}
          />
        </>
      )}
    </>,
    frame,
  );
}
