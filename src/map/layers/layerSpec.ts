/* eslint-disable @typescript-eslint/no-explicit-any -- deck.gl props are generic in their datum type; this union erases it so specs of different data can share one list. */
import type {
  GeoJsonLayerProps,
  PathLayerProps,
  ScatterplotLayerProps,
  TextLayerProps,
} from '@deck.gl/layers';

/**
 * What a pure builder returns: which deck.gl layer class and its props. The
 * map controller instantiates them, so builders stay testable without WebGL.
 */
export type LayerSpec =
  | { type: 'GeoJsonLayer'; props: GeoJsonLayerProps<any> }
  | { type: 'PathLayer'; props: PathLayerProps<any> }
  | { type: 'ScatterplotLayer'; props: ScatterplotLayerProps<any> }
  | { type: 'TextLayer'; props: TextLayerProps<any> };
