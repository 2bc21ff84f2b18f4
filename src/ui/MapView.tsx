import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { FeatureCollection } from 'geojson';
import { useEffect, useRef } from 'preact/hooks';
import type { AreaRow } from '../analysis/areaTable';
import { surfaceLayers, zoomLayers } from '../map/layers/composeLayers';
import type { ColorClasses } from '../map/layers/colorScale';
import { rawPoints } from '../map/layers/rawPointsLayer';
import { MapController } from '../map/MapController';
import { districtBounds } from '../map/viewBounds';
import { activeDensity, type AppState } from '../state/appState';
import { selectedIdOf } from '../state/selection';
import { tooltipText } from './tooltip';

interface Props {
  state: AppState;
  classes: ReadonlySignal<ColorClasses>;
  rows: ReadonlySignal<AreaRow[]>;
  areaValues: ReadonlySignal<Map<string, number>>;
}

/** The first screen shows Kungsholmen, the stadsdelsområde of the demo lägesbild. */
const START_DISTRICT = 'Kungsholmen';

export function MapView({ state, classes, rows, areaValues }: Props) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    const land: FeatureCollection = {
      type: 'FeatureCollection',
      features: state.stadsdelar.value.map((a) => ({
        type: 'Feature',
        geometry: a.geometry,
        properties: {},
      })),
    };
    const controller = new MapController({
      container: container.current,
      land,
      bounds: districtBounds(state.stadsdelar.value, START_DISTRICT),
      onBasemapFallback: (message) => {
        state.basemapNotice.value = message;
      },
      onClick: (info) => {
        if (info.layer?.id !== 'stadsdelar-choropleth' || !info.object) return;
        const id = (info.object as { properties: { id: string } }).properties.id;
        state.selection.value = { kind: 'stadsdel', id };
        state.scope.value = { kind: 'stadsdel', id };
      },
      getTooltip: (info) => tooltipText(info, rows.value, state.privacyThreshold.value),
      onViewChange: (bounds) => {
        state.viewBounds.value = bounds;
      },
      onReady: () => {
        document.body.dataset.mapReady = 'true';
      },
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
        ods: state.ods.value,
        odsYears: state.odsYears.value,
      }),
    );
    const overlays = computed(() =>
      zoomLayers({
        stadsdelar: state.stadsdelar.value,
        sites: state.sites.value,
        walks: state.walks.value,
        rawPoints:
          state.showRawPoints.value && state.pointsInView.value
            ? rawPoints(state.pointsInView.value)
            : [],
        zoom: zoom.value,
      }),
    );
    const stopLayers = effect(() => controller.setLayers([...surface.value, ...overlays.value]));
    const stopBasemap = effect(() => {
      const id = state.basemap.value;
      const key = state.lantmaterietKey.value;
      state.basemapNotice.value = null;
      controller.setBasemap(id, key);
    });
    return () => {
      stopLayers();
      stopBasemap();
      controller.destroy();
    };
  }, [state, classes, rows, areaValues]);
  return <div ref={container} class="map" data-testid="map" />;
}
