import { signal } from '@preact/signals';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer, PickingInfo } from '@deck.gl/core';
import {
  BitmapLayer,
  GeoJsonLayer,
  PathLayer,
  PolygonLayer,
  ScatterplotLayer,
  TextLayer,
} from '@deck.gl/layers';
import type { FeatureCollection } from 'geojson';
import {
  AttributionControl,
  Map as MaplibreMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
  type PaddingOptions,
  type StyleSpecification,
} from 'maplibre-gl';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import {
  basemapOption,
  lantmaterietTiles,
  offlineStyle,
  OSM_STYLE_URL,
  rasterStyle,
} from './basemaps';
import type { BasemapId } from '../state/settings';
import type { Camera } from '../state/camera';
import { basemapErrorMessage, type MapLoadError } from './basemapError';
import { ignoreStillPointer } from './ignoreStillPointer';
import type { LayerSpec, RgbaImage } from './layers/layerSpec';
import { MAPLIBRE_SWEDISH } from './maplibreLocale';
import { snapshotMap } from './mapSnapshot';
import { packTransformRequest, registerPackProtocol } from './areaPack';

setWorkerUrl(maplibreWorkerUrl);

/** Around the start view; Back to an address without a camera fits it the same way. */
const FIT_PADDING = 20;

/** How long an online basemap may take before we fall back to the offline one. */
const ONLINE_STYLE_TIMEOUT_MS = 8000;

export interface MapControllerOptions {
  container: HTMLElement;
  land: FeatureCollection;
  /** Whose areas the built-in basemap is drawn from (`basemapAttribution`). */
  landAttribution: string;
  /** Initial view: west, south, east, north in WGS84. */
  bounds: [number, number, number, number];
  /** Opens here instead of fitting `bounds` (a shared link). */
  camera?: Camera;
  onBasemapFallback: (message: string) => void;
  onClick: (info: PickingInfo) => void;
  /** `pointer` is the kind of the last pointer pressed or moved over the map ('mouse', 'touch', 'pen'). */
  getTooltip: (info: PickingInfo, pointer: string) => string | null;
  /** [west, south, east, north] and the camera after every pan or zoom, and once at load. */
  onViewChange: (bounds: [number, number, number, number], camera: Camera) => void;
  /** Called once, when the map is idle and the first data layers have been drawn. */
  onReady: () => void;
}

/** One ImageData per raster, so re-setting layers (e.g. a selection) does not re-upload the texture. */
const imageCache = new WeakMap<RgbaImage, ImageData>();

function imageDataOf(image: RgbaImage): ImageData {
  let data = imageCache.get(image);
  if (!data) {
    data = new ImageData(new Uint8ClampedArray(image.data), image.width, image.height);
    imageCache.set(image, data);
  }
  return data;
}

function instantiate(spec: LayerSpec): Layer {
  switch (spec.type) {
    case 'GeoJsonLayer':
      return new GeoJsonLayer(spec.props);
    case 'PathLayer':
      return new PathLayer(spec.props);
    case 'ScatterplotLayer':
      return new ScatterplotLayer(spec.props);
    case 'TextLayer':
      return new TextLayer(spec.props);
    case 'PolygonLayer':
      return new PolygonLayer(spec.props);
    case 'BitmapLayer':
      return new BitmapLayer({ ...spec.props, image: imageDataOf(spec.image) });
  }
}

/** Owns the maplibre map and the deck.gl overlay; the UI talks to the map only through this. */
export class MapController {
  readonly map: MaplibreMap;
  private readonly overlay: MapLibreOverlay;
  private land: FeatureCollection;
  private landAttribution: string;
  private basemap: BasemapId = 'offline';
  private fallbackTimer: ReturnType<typeof setTimeout> | null = null;
  private readyReported = false;
  private readonly stopIgnoring: () => void;
  private pointerType = 'mouse';
  private readonly notePointer = (e: PointerEvent) => {
    this.pointerType = e.pointerType;
  };

  constructor(private readonly options: MapControllerOptions) {
    this.land = options.land;
    this.landAttribution = options.landAttribution;
    registerPackProtocol();
    this.map = new MaplibreMap({
      container: options.container,
      style: offlineStyle(options.land, options.landAttribution),
      ...(options.camera
        ? { center: [options.camera.lon, options.camera.lat], zoom: options.camera.zoom }
        : { bounds: options.bounds, fitBoundsOptions: { padding: FIT_PADDING } }),
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      locale: MAPLIBRE_SWEDISH,
      // Kept after each frame so the map can be saved as PNG and printed (the meeting's exports).
      canvasContextAttributes: { preserveDrawingBuffer: true },
      // Online basemaps are answered from a saved area pack first (walks without network).
      transformRequest: packTransformRequest,
    });
    this.map.touchZoomRotate.disableRotation();
    this.stopIgnoring = ignoreStillPointer(this.map.getContainer());
    // A tap also sends emulated mouse events that deck.gl treats as a hover; the pointer's kind tells them apart.
    for (const type of ['pointerdown', 'pointermove'] as const)
      this.map.getContainer().addEventListener(type, this.notePointer, { capture: true });
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    // At least 100 px long: its label in the projector's 24 px type ("100 m") must fit inside it.
    this.map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 200 }), 'bottom-right');
    this.map.addControl(new AttributionControl({ compact: false }), 'bottom-right');
    this.overlay = new MapLibreOverlay({
      interleaved: false,
      deviceProps: { webgl: { preserveDrawingBuffer: true } },
      layers: [],
      // deck.gl's input handler makes its canvas a tab stop without a name or a focus ring; the
      // keyboard works the map through maplibre's canvas, so deck.gl's is taken out of Tab.
      onLoad: () => this.overlay.getCanvas()?.setAttribute('tabindex', '-1'),
      onClick: (info) => options.onClick(info),
      getTooltip: (info) => {
        const text = options.getTooltip(info, this.pointerType);
        // Plain text only: names come from user files and must never be parsed as HTML.
        return text ? { text } : null;
      },
    });
    // The overlay must be added after the style has loaded (measured: crashes otherwise).
    this.map.once('load', () => this.map.addControl(this.overlay));
    this.map.on('error', (e) => this.onMapError(e.error));
    const reportView = () => {
      const b = this.map.getBounds();
      options.onViewChange([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], this.camera());
    };
    this.map.on('moveend', reportView);
    this.map.once('load', reportView);
  }

  /** The layers drawn now, so a second map (Sida vid sida) can draw the same. */
  readonly drawnLayers = signal<LayerSpec[]>([]);

  setLayers(specs: LayerSpec[]): void {
    this.drawnLayers.value = specs;
    this.overlay.setProps({ layers: specs.map(instantiate) });
    if (!this.readyReported && specs.length > 0) this.reportReadyWhenIdle();
  }

  setBasemap(id: BasemapId, lantmaterietKey: string): void {
    if (id === 'offline' && this.basemap === 'offline') return;
    this.clearFallbackTimer();
    this.basemap = id;
    const option = basemapOption(id);
    if (id === 'offline') {
      this.map.setStyle(offlineStyle(this.land, this.landAttribution));
      return;
    }
    if (option.needsKey && !lantmaterietKey.trim()) {
      this.fallBack(
        `${option.label}: ange en API-nyckel under Inställningar. Visar den inbyggda kartan.`,
      );
      return;
    }
    const style: string | StyleSpecification =
      id === 'osm'
        ? OSM_STYLE_URL
        : rasterStyle(lantmaterietTiles(lantmaterietKey), option.attribution);
    this.map.setStyle(style);
    this.fallbackTimer = setTimeout(() => {
      if (!this.map.isStyleLoaded() || !this.map.areTilesLoaded()) {
        this.fallBack(`Bakgrundskartan svarar inte (${option.label}). Visar den inbyggda kartan.`);
      }
    }, ONLINE_STYLE_TIMEOUT_MS);
  }

  /** New areas in use: the built-in basemap is redrawn from them. */
  setLand(land: FeatureCollection, attribution: string): void {
    this.land = land;
    this.landAttribution = attribution;
    if (this.basemap === 'offline') this.map.setStyle(offlineStyle(land, attribution));
  }

  fitBounds(
    bounds: [number, number, number, number],
    padding: number | PaddingOptions = FIT_PADDING,
    maxZoom?: number,
  ): void {
    // An explicit `maxZoom: undefined` overrides maplibre's default and gives a NaN camera.
    this.map.fitBounds(bounds, {
      padding,
      duration: 0,
      ...(maxZoom === undefined ? {} : { maxZoom }),
    });
  }

  camera(): Camera {
    const { lng, lat } = this.map.getCenter();
    return { lon: lng, lat, zoom: this.map.getZoom() };
  }

  jumpTo(camera: Camera): void {
    this.map.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom });
  }

  /** The map as drawn now, basemap and layers, on one canvas (for a PNG). */
  snapshot(): Promise<HTMLCanvasElement> {
    return snapshotMap(this.map, this.overlay);
  }

  /** The deck.gl canvas above the map's, for drawing both into an export. */
  overlayCanvas(): HTMLCanvasElement | null {
    return this.overlay.getCanvas();
  }

  /** Renders both canvases at `ratio` device pixels per CSS pixel (an export); null is the screen's. */
  setRenderScale(ratio: number | null): void {
    this.map.setPixelRatio(ratio ?? window.devicePixelRatio);
    this.overlay.setProps({ useDevicePixels: ratio ?? true });
  }

  destroy(): void {
    this.clearFallbackTimer();
    this.stopIgnoring();
    for (const type of ['pointerdown', 'pointermove'] as const)
      this.map.getContainer().removeEventListener(type, this.notePointer, { capture: true });
    this.map.remove();
  }

  private onMapError(error: MapLoadError): void {
    if (this.basemap === 'offline') {
      console.error('Kartfel:', error);
      return;
    }
    // The raw error (with the server's address) is for whoever debugs; the notice says what to do.
    console.warn('Bakgrundskartan kunde inte hämtas:', error);
    this.fallBack(basemapErrorMessage(basemapOption(this.basemap).label, error));
  }

  private fallBack(message: string): void {
    this.clearFallbackTimer();
    this.basemap = 'offline';
    this.map.setStyle(offlineStyle(this.land, this.landAttribution));
    this.options.onBasemapFallback(message);
  }

  private clearFallbackTimer(): void {
    if (this.fallbackTimer) clearTimeout(this.fallbackTimer);
    this.fallbackTimer = null;
  }

  private reportReadyWhenIdle(): void {
    this.readyReported = true;
    const report = () =>
      // Two frames: deck.gl draws its canvas on the frame after maplibre's idle.
      requestAnimationFrame(() => requestAnimationFrame(() => this.options.onReady()));
    if (this.map.loaded() && this.map.isStyleLoaded()) this.map.once('idle', report);
    else this.map.once('load', () => this.map.once('idle', report));
    this.map.triggerRepaint();
  }
}
