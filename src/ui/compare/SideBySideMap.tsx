import { effect } from '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import { basemapAttribution } from '../../map/basemaps';
import { yearExtentLayers } from '../../map/layers/compareLayers';
import { MapController } from '../../map/MapController';
import { districtBounds } from '../../map/viewBounds';
import type { AppState } from '../../state/appState';
import { landOf } from '../MapView';
import { sideBLayers } from './sideLayers';

/** The class on the map's frame that halves the main map, so the second one fits beside it. */
export const SIDE_CLASS = 'compare-side';

/**
 * Year B's map to the right of the main map (which shows A): the same basemap
 * and layers (sideBLayers) with B's extents, following every pan and zoom of
 * the main map and leading it in turn.
 */
export function SideBySideMap({
  state,
  main,
  yearB,
  onReady,
}: {
  state: AppState;
  main: MapController;
  yearB: number;
  /** The second map while it exists (null when it goes), e.g. for the PNG. */
  onReady: (map: MapController | null) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const [second, setSecond] = useState<MapController | null>(null);
  useEffect(() => {
    const el = container.current;
    const frame = main.map.getContainer().parentElement;
    if (!el || !frame) return;
    frame.classList.add(SIDE_CLASS);
    main.map.resize();
    const areas = state.stadsdelar.peek();
    const second = new MapController({
      container: el,
      land: landOf(areas),
      landAttribution: basemapAttribution('offline', state.demoRoles.peek().includes('areas')),
      bounds: districtBounds(areas, 'Kungsholmen'),
      camera: main.camera(),
      onBasemapFallback: () => {},
      onClick: () => {},
      getTooltip: () => null,
      onViewChange: (bounds) => (el.dataset.bounds = bounds.join(',')), // read by the browser tests
      onReady: () => (el.dataset.mapReady = 'true'),
    });
    let following = false;
    const follow = (from: MapController, to: MapController) => () => {
      if (following) return;
      following = true;
      to.jumpTo(from.camera());
      following = false;
    };
    const toSecond = follow(main, second);
    const toMain = follow(second, main);
    main.map.on('move', toSecond);
    second.map.on('move', toMain);
    const stopBasemap = effect(() =>
      second.setBasemap(state.basemap.value, state.lantmaterietKey.value),
    );
    setSecond(second);
    onReady(second);
    return () => {
      onReady(null);
      main.map.off('move', toSecond);
      stopBasemap();
      setSecond(null);
      second.destroy();
      frame.classList.remove(SIDE_CLASS);
      main.map.resize();
    };
  }, [state, main]);
  useEffect(() => {
    if (!second) return;
    // The main map's layers follow its zoom, so B's half lays its names out the same.
    return effect(() =>
      second.setLayers(
        sideBLayers(
          main.drawnLayers.value,
          yearExtentLayers(state.ods.value, yearB, 'compare-side-b'),
        ),
      ),
    );
  }, [state, main, second, yearB]);
  return <div ref={container} class="compare-second-map" data-testid="compare-map-b" />;
}
