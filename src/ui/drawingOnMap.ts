import { PolygonEditor } from '../map/polygonEditor';
import type { MapController } from '../map/MapController';
import type { MapSlots } from './mapSlots';
import type { Polygon } from 'geojson';

/**
 * Opens a polygon editor on the shared map and holds the map for it: until
 * `stop`, a tap or click only draws (it selects no stadsdel) and no tooltip
 * covers the shape. Every view that draws goes through here.
 */
export function startDrawing(
  slots: MapSlots,
  controller: MapController,
  polygons: Polygon[] = [],
): { editor: PolygonEditor; stop: () => void } {
  const editor = new PolygonEditor(controller.map, polygons);
  slots.drawing.value++;
  return {
    editor,
    stop: () => {
      editor.stop();
      slots.drawing.value--;
    },
  };
}
