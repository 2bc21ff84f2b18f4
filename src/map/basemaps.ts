import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import type { BasemapId } from '../state/settings';

export interface BasemapOption {
  id: BasemapId;
  label: string;
  attribution: string;
  needsKey: boolean;
}

export const BASEMAPS: BasemapOption[] = [
  {
    id: 'offline',
    label: 'Inbyggd (fungerar utan nät)',
    attribution: 'Demodata: förenklade stadsdelsgränser ritade för Lägeskartan',
    needsKey: false,
  },
  {
    id: 'osm',
    label: 'OpenStreetMap (kräver nät)',
    attribution: '© OpenStreetMap-bidragsgivare, © OpenFreeMap, © OpenMapTiles',
    needsKey: false,
  },
  {
    id: 'lantmateriet',
    label: 'Lantmäteriet topografisk webbkarta (kräver nät och API-nyckel)',
    attribution: '© Lantmäteriet (CC BY 4.0)',
    needsKey: true,
  },
];

export const OSM_STYLE_URL = 'https://tiles.openfreemap.org/styles/liberty';

/** Lantmäteriet's open topographic web map in Web Mercator tiles; the key is the user's own. */
export const lantmaterietTiles = (key: string) =>
  `https://api.lantmateriet.se/open/topowebb-ccby/v1/wmts/token/${encodeURIComponent(key)}/1.0.0/topowebb/default/3857/{z}/{y}/{x}.png`;

export const OFFLINE_COLORS = { background: '#dfe6ea', land: '#f6f4ef', border: '#9aa5ad' };

/**
 * The built-in basemap is drawn from the areas in use, so its attribution
 * says "Demodata" only while those are the demo's hand-drawn ones.
 */
export function basemapAttribution(id: BasemapId, areasAreDemo: boolean): string {
  if (id === 'offline' && !areasAreDemo) return 'Bakgrund ritad ur dina egna områden';
  return basemapOption(id).attribution;
}

/** A style from our own data only: no tiles, no glyphs, nothing fetched. */
export function offlineStyle(land: FeatureCollection, attribution: string): StyleSpecification {
  return {
    version: 8,
    sources: {
      land: { type: 'geojson', data: land, attribution },
    },
    layers: [
      {
        id: 'background',
        type: 'background',
        paint: { 'background-color': OFFLINE_COLORS.background },
      },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': OFFLINE_COLORS.land } },
      {
        id: 'land-outline',
        type: 'line',
        source: 'land',
        paint: { 'line-color': OFFLINE_COLORS.border, 'line-width': 0.6 },
      },
    ],
  };
}

export function rasterStyle(tiles: string, attribution: string): StyleSpecification {
  return {
    version: 8,
    sources: {
      raster: { type: 'raster', tiles: [tiles], tileSize: 256, attribution, maxzoom: 17 },
    },
    layers: [{ id: 'raster', type: 'raster', source: 'raster' }],
  };
}

export function basemapOption(id: BasemapId): BasemapOption {
  return BASEMAPS.find((b) => b.id === id) ?? BASEMAPS[0];
}
