import { effect, type ReadonlySignal } from '@preact/signals';
import type { FeatureCollection } from 'geojson';
import { useEffect, useRef } from 'preact/hooks';
import type { AreaRow } from '../analysis/areaTable';
import { dashboardLayers } from '../map/layers/composeLayers';
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
    const el = container.current;
    if (!el) return;
    const land: FeatureCollection = {
      type: 'FeatureCollection',
      features: state.stadsdelar.value.map((a) => ({
        type: 'Feature',
        geometry: a.geometry,
        properties: {},
      })),
    };
    const home = districtBounds(state.stadsdelar.value, START_DISTRICT);
    const camera = cameraSync(state.camera);
    const controller = new MapController({
      container: el,
      land,
      bounds: home,
      camera: camera.initial,
      onBasemapFallback: (message) => {
        state.basemapNotice.value = message;
      },
      onClick: (info) => {
        const picked = pickSelection(info.layer?.id, info.object);
        if (picked) select(state, picked);
      },
      getTooltip: (info) => tooltipText(info, rows.value, state.privacyThreshold.value),
      onViewChange: (bounds, c) => {
        state.viewBounds.value = bounds;
        camera.moved(c);
        el.dataset.camera = `${c.lon},${c.lat},${c.zoom}`; // read by the browser tests
      },
      onReady: () => {
        document.body.dataset.mapReady = 'true';
      },
    });
    const stopCamera = camera.start({
      jumpTo: (c) => controller.jumpTo(c),
      fitHome: () => controller.fitBounds(home),
    });
    const stopLayers = effect(() => {
      const shown = state.layers.value;
      controller.setLayers(
        dashboardLayers({
          stadsdelar: state.stadsdelar.value,
          areaValues: areaValues.value,
          classes: classes.value,
          density: activeDensity(state),
          privacyThreshold: state.privacyThreshold.value,
          selectedId: selectedIdOf(state.selection.value, 'stadsdel'),
          ods: shown.ods ? state.ods.value : [],
          odsYears: state.odsYears.value,
          sites: shown.sites ? state.sites.value : [],
          walks: shown.walks ? state.walks.value : [],
          rawPoints:
            state.showRawPoints.value && state.pointsInView.value
              ? rawPoints(state.pointsInView.value)
              : [],
        }),
      );
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
      stopBasemap();
      controller.destroy();
    };
  }, [state, classes, rows, areaValues]);
  return <div ref={container} class="map" data-testid="map" />;
}
