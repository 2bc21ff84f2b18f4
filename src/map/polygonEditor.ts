import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Polygon } from 'geojson';
import { TerraDraw, TerraDrawPolygonMode, TerraDrawSelectMode } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';

/** Vertices large enough for a finger on a tablet (≥ 44 px across with their outline). */
const HANDLE_STYLES = {
  selectionPointWidth: 12,
  selectionPointOutlineWidth: 3,
  midPointWidth: 8,
  selectionPointColor: '#ffffff',
  selectionPointOutlineColor: '#1b1f24',
  selectedPolygonColor: '#0072b2',
  selectedPolygonOutlineColor: '#0072b2',
  selectedPolygonFillOpacity: 0.25,
} as const;

/**
 * Draws a polygon by finger with terra-draw (a tap per corner, a tap on the
 * first corner closes it) or edits given polygons (drag a corner, a midpoint
 * adds one). Used for ÖDS extents in Jämför ÖDS and for areas in the meeting.
 */
export class PolygonEditor {
  private readonly draw: TerraDraw;
  /** Why a given polygon could not be edited, in Swedish; null when all could. */
  readonly problem: string | null = null;

  /** `polygons` to edit, or none to draw a new one. */
  constructor(map: MaplibreMap, polygons: Polygon[] = []) {
    this.draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map }),
      modes: [
        new TerraDrawSelectMode({
          flags: {
            polygon: {
              feature: {
                draggable: false,
                coordinates: { midpoints: true, draggable: true, deletable: true },
              },
            },
          },
          styles: HANDLE_STYLES,
        }),
        new TerraDrawPolygonMode(),
      ],
    });
    this.draw.start();
    if (polygons.length === 0) {
      this.draw.setMode('polygon');
      return;
    }
    this.draw.setMode('select');
    const results = this.draw.addFeatures(
      polygons.map((g) => ({ type: 'Feature', geometry: g, properties: { mode: 'polygon' } })),
    );
    const bad = results.find((r) => !r.valid);
    if (bad) this.problem = `Ytan kan inte redigeras här (${bad.reason ?? 'ogiltig yta'}).`;
    const first = results.find((r) => r.valid);
    if (first) this.draw.selectFeature(first.id as string);
  }

  /** The closed polygons on the map now. */
  polygons(): Polygon[] {
    return this.draw
      .getSnapshot()
      .filter((f) => f.geometry.type === 'Polygon')
      .map((f) => f.geometry as Polygon);
  }

  stop(): void {
    this.draw.stop();
  }
}
