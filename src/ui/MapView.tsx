import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { FeatureCollection } from 'geojson';
import { useEffect, useRef } from 'preact/hooks';
import type { AreaRow } from '../analysis/areaTable';
import type { AreaSummary } from '../data/areaLayers';
import { basemapAttribution } from '../map/basemaps';
import { surfaceLayers, zoomLayers } from '../map/layers/composeLayers';
import type { ColorClasses } from '../map/layers/colorScale';
import { rawPoints } from '../map/layers/rawPointsLayer';
import { cameraSync } from '../map/cameraSync';
import { MapController } from '../map/MapController';
import { districtBounds } from '../map/viewBounds';
import type { AppState } from '../state/appState';
import { activeDensity } from './activeDensity';
import { select } from '../state/select';
import { selectedIdOf } from '../state/selection';
import { pickSelection } from '../map/pickSelection';
import type { MapSlots } from './mapSlots';
import { localToday } from './today';
import { tooltipText } from './tooltip';

interface Props {
  state: AppState;
  classes: ReadonlySignal<ColorClasses>;
  rows: ReadonlySignal<AreaRow[]>;
  areaValues: ReadonlySignal<Map<string, number>>;
  slots: MapSlots;
}

/** The built-in basemap's land: the areas in use. */
export const landOf = (areas: AreaSummary[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: areas.map((a) => ({ type: 'Feature', geometry: a.geometry, properties: {} })),
});

/** Every change of files sends the areas anew; the basemap is redrawn only when they differ. */
const landKey = (areas: AreaSummary[], attribution: string) =>
  `${attribution}|${areas.map((a) => `${a.id}:${a.hectares}`).join('|')}`;

/** The first screen shows Kungsholmen, the stadsdelsområde of the demo lägesbild. */
const START_DISTRICT = 'Kungsholmen';

export function MapView({ state, classes, rows, areaValues, slots }: Props) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const areasAttribution = () =>
      basemapAttribution('offline', state.demoRoles.value.includes('areas'));
    let drawnFrom = landKey(state.stadsdelar.value, areasAttribution());
    const home = districtBounds(state.stadsdelar.value, START_DISTRICT);
    const camera = cameraSync(state.camera);
    const controller = new MapController({
      container: el,
      land: landOf(state.stadsdelar.value),
      landAttribution: areasAttribution(),
      bounds: home,
      camera: camera.initial,
      onBasemapFallback: (message) => {
        state.basemapNotice.value = message;
      },
      onClick: (info) => {
        if (slots.tapsPlace.peek() || slots.drawing.peek() > 0) return;
        const picked = pickSelection(info.layer?.id, info.object);
        if (picked) select(state, picked);
      },
      getTooltip: (info, pointer) =>
        slots.drawing.peek() > 0 || (pointer === 'touch' && !slots.touchTooltips.value)
          ? null
          : tooltipText(info, rows.value, state.privacyThreshold.value, localToday()),
      onViewChange: (bounds, c) => {
        state.viewBounds.value = bounds;
        camera.moved(c);
        el.dataset.camera = `${c.lon},${c.lat},${c.zoom}`; // read by the browser tests
        el.dataset.bounds = bounds.join(',');
      },
      onReady: () => {
        document.body.dataset.mapReady = 'true';
      },
    });
    const stopCamera = camera.start({
      jumpTo: (c) => controller.jumpTo(c),
      fitHome: () => controller.fitBounds(home),
    });
    // Labels and dashes are laid out per zoom; the surface is not rebuilt when only the zoom changes.
    const zoom = signal(controller.map.getZoom());
    controller.map.on('zoomend', () => (zoom.value = controller.map.getZoom()));
    const surface = computed(() =>
      surfaceLayers({
        stadsdelar: state.stadsdelar.value,
        areaValues: areaValues.value,
        classes: classes.value,
        density: activeDensity(state),
        privacyThreshold: state.privacyThreshold.value,
        selectedId: selectedIdOf(state.selection.value, 'stadsdel'),
        ods: state.layers.value.ods ? state.ods.value : [],
        odsYears: slots.odsYears.value ?? state.odsYears.value,
        faded: slots.drawing.value > 0 || slots.tapsPlace.value,
      }),
    );
    const overlays = computed(() =>
      zoomLayers({
        stadsdelar: state.stadsdelar.value,
        sites: state.layers.value.sites ? state.sites.value : [],
        walks: state.layers.value.walks ? state.walks.value : [],
        today: localToday(),
        rawPoints:
          state.showRawPoints.value && state.pointsInView.value
            ? rawPoints(state.pointsInView.value)
            : [],
        zoom: zoom.value,
        labelScale: slots.labelScale.value,
      }),
    );
    const stopLayers = effect(() =>
      controller.setLayers([...surface.value, ...overlays.value, ...slots.layers.value]),
    );
    slots.controller.value = controller;
    const stopLand = effect(() => {
      const areas = state.stadsdelar.value;
      const attribution = areasAttribution();
      const key = landKey(areas, attribution);
      if (key === drawnFrom || areas.length === 0) return;
      drawnFrom = key;
      controller.setLand(landOf(areas), attribution);
    });
    const stopBasemap = effect(() => {
      const id = state.basemap.value;
      const key = state.lantmaterietKey.value;
      state.basemapNotice.value = null;
      controller.setBasemap(id, key);
    });
    return () => {
      stopCamera();
      stopLayers();
      stopLand();
      stopBasemap();
      slots.controller.value = null;
      controller.destroy();
    };
  }, [state, classes, rows, areaValues, slots]);
  return <div ref={container} class="map" data-testid="map" />;
}
