import type { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Map as MaplibreMap } from 'maplibre-gl';

const noop = () => {};

/**
 * The map as drawn (basemap, then the deck.gl layers) on one 2D canvas, for a
 * PNG. Neither WebGL canvas keeps its drawing buffer (that would slow every
 * frame), so each is copied right after it has drawn: the basemap in
 * maplibre's 'render' event, the layers in deck.gl's onAfterRender of a frame
 * forced with `_animate`.
 */
export function snapshotMap(
  map: MaplibreMap,
  overlay: MapLibreOverlay,
): Promise<HTMLCanvasElement> {
  return new Promise((resolve, reject) => {
    const base = map.getCanvas();
    const out = document.createElement('canvas');
    out.width = base.width;
    out.height = base.height;
    const ctx = out.getContext('2d');
    if (!ctx) {
      reject(
        new Error('Webbläsaren kan inte rita bilden (ingen 2D-yta). Försök i en annan webbläsare.'),
      );
      return;
    }
    map.once('render', () => {
      ctx.drawImage(base, 0, 0);
      overlay.setProps({
        _animate: true,
        onAfterRender: () => {
          overlay.setProps({ _animate: false, onAfterRender: noop });
          const layers = overlay.getCanvas();
          if (layers) ctx.drawImage(layers, 0, 0, out.width, out.height);
          resolve(out);
        },
      });
    });
    map.triggerRepaint();
  });
}
