import { signal, type Signal } from '@preact/signals';
import type { LayerSpec } from '../map/layers/layerSpec';
import type { LegendSymbol } from '../map/layers/walkPlanLegend';
import type { MapController } from '../map/MapController';

/**
 * What a view adds to the shared map: layers drawn above the dashboard's, and
 * the map controller for views that need the map itself (drawing, swipe,
 * export). One per App.
 */
export interface MapSlots {
  layers: Signal<LayerSpec[]>;
  controller: Signal<MapController | null>;
  /** The ÖDS mapping years a view draws (and the legend lists) instead of the user's choice; null: the user's. */
  odsYears: Signal<number[] | null>;
  /** How much larger map names are drawn (the projector view sets 2). */
  labelScale: Signal<number>;
  /**
   * False where a tap on the map places something (the walk): on touch there is no hover, so a
   * tooltip a tap opens would stay over the map until the next tap.
   */
  touchTooltips: Signal<boolean>;
  /** True while a tap on the map places something (a route point, a stop): it selects nothing then. */
  tapsPlace: Signal<boolean>;
  /**
   * How many polygon editors are open on the map (an extent, a meeting place): while any is,
   * a tap or click selects nothing and no tooltip covers the shape, by finger or by mouse.
   */
  drawing: Signal<number>;
  /** What a view's own layers mean, listed first in the legend under `title`; null: nothing. */
  legend: Signal<{ title: string; items: LegendSymbol[] } | null>;
}

export function createMapSlots(): MapSlots {
  return {
    layers: signal([]),
    controller: signal(null),
    odsYears: signal(null),
    labelScale: signal(1),
    touchTooltips: signal(true),
    tapsPlace: signal(false),
    drawing: signal(0),
    legend: signal(null),
  };
}
