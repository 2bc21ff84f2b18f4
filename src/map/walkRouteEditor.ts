import type { Map as MaplibreMap } from 'maplibre-gl';
import {
  TerraDraw,
  TerraDrawLineStringMode,
  TerraDrawSelectMode,
  type GeoJSONStoreFeatures,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';

type LonLat = [number, number];

const ROUTE = '#54278f';
const WHITE = '#ffffff';

/**
 * Draws and edits a walk's route on the map by finger with terra-draw: each tap adds a
 * vertex, "Klar" (or a tap on the last vertex) ends the line, and then every vertex can be
 * dragged, a midpoint dragged to add one, or a vertex removed. Big handles: it is used on
 * a tablet outdoors.
 */
export class WalkRouteEditor {
  private readonly draw: TerraDraw;
  private readonly line: TerraDrawLineStringMode;
  private started = false;

  constructor(
    map: MaplibreMap,
    /** `drawn`: a new line was just finished (not a vertex dragged). */
    private readonly onRoute: (route: LonLat[], drawn: boolean) => void,
    /** Vertices tapped so far while drawing; null once the line is finished. */
    private readonly onDrawing: (vertices: number | null) => void = () => {},
  ) {
    this.line = new TerraDrawLineStringMode({
      styles: {
        lineStringColor: ROUTE,
        lineStringWidth: 6,
        // terra-draw draws lines half transparent by default: on the district colours they vanished.
        lineStringOpacity: 1,
        closingPointColor: WHITE,
        closingPointWidth: 12,
        closingPointOutlineColor: ROUTE,
        closingPointOutlineWidth: 3,
      },
    });
    const select = new TerraDrawSelectMode({
      flags: {
        linestring: {
          feature: { coordinates: { midpoints: true, draggable: true, deletable: true } },
        },
      },
      styles: {
        selectedLineStringColor: ROUTE,
        selectedLineStringWidth: 6,
        selectedLineStringOpacity: 1,
        selectionPointWidth: 12,
        selectionPointColor: WHITE,
        selectionPointOutlineColor: ROUTE,
        selectionPointOutlineWidth: 3,
        midPointWidth: 8,
        midPointColor: ROUTE,
        midPointOutlineColor: WHITE,
        midPointOutlineWidth: 2,
      },
      // Deselecting by a tap beside the line would leave the route uneditable.
      keyEvents: { deselect: null, delete: null, rotate: null, scale: null },
    });
    this.draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map, coordinatePrecision: 7 }),
      modes: [this.line, select],
    });
    this.draw.on('finish', (id, context) => {
      if (context.mode === 'linestring') {
        this.onDrawing(null);
        this.emit(true);
        this.selectRoute(id);
      } else if (context.mode === 'select') this.emit(false);
    });
    this.draw.on('change', (_ids, type) => {
      if (this.draw.getMode() === 'linestring' && type !== 'styling') {
        this.onDrawing(Math.max(0, (this.drawingLine()?.length ?? 1) - 1));
      }
    });
    this.draw.on('deselect', () => {
      const id = this.routeFeature()?.id;
      if (id !== undefined) this.draw.selectFeature(id);
    });
  }

  /** Starts a new route: the old one is removed, each tap adds a vertex. */
  startDrawing(): void {
    this.ensureStarted();
    this.draw.clear();
    this.draw.setMode('linestring');
    this.onDrawing(0);
  }

  /** Ends the line being drawn, as Enter would (the trailing vertex under the pointer is dropped). */
  finishDrawing(): void {
    if (this.draw.getMode() !== 'linestring') return;
    if ((this.drawingLine()?.length ?? 0) < 3) {
      // One tap makes a line of two equal vertices: nothing to keep yet.
      return;
    }
    this.line.onKeyUp({ key: 'Enter', heldKeys: [], preventDefault: () => {} });
  }

  /** Shows `route` with its vertices as handles to drag. */
  edit(route: LonLat[]): void {
    this.ensureStarted();
    this.draw.clear();
    this.draw.setMode('select');
    if (route.length < 2) return;
    const [result] = this.draw.addFeatures([
      {
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: route },
        properties: { mode: 'linestring' },
      },
    ]);
    if (result?.valid && result.id !== undefined) this.draw.selectFeature(result.id);
  }

  isDrawing(): boolean {
    return this.started && this.draw.getMode() === 'linestring';
  }

  destroy(): void {
    if (this.started) {
      this.draw.clear();
      this.draw.stop();
    }
  }

  private ensureStarted(): void {
    if (this.started) return;
    this.draw.start();
    this.started = true;
  }

  private selectRoute(id: string | number): void {
    this.draw.setMode('select');
    this.draw.selectFeature(id);
  }

  private routeFeature(): GeoJSONStoreFeatures | undefined {
    return this.draw
      .getSnapshot()
      .find((f) => f.geometry.type === 'LineString' && f.properties.mode === 'linestring');
  }

  private drawingLine(): LonLat[] | undefined {
    const f = this.routeFeature();
    return f?.geometry.type === 'LineString' ? (f.geometry.coordinates as LonLat[]) : undefined;
  }

  private emit(drawn: boolean): void {
    const f = this.routeFeature();
    if (f?.geometry.type === 'LineString') {
      this.onRoute(
        (f.geometry.coordinates as LonLat[]).map(([x, y]) => [x, y]),
        drawn,
      );
    }
  }
}
