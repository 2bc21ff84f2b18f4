/* eslint-disable @typescript-eslint/no-explicit-any -- deck.gl props are generic in their datum type; this union erases it so specs of different data can share one list. */
import type {
  BitmapLayerProps,
  GeoJsonLayerProps,
  PathLayerProps,
  PolygonLayerProps,
  ScatterplotLayerProps,
  TextLayerProps,
} from '@deck.gl/layers';

/** Pixels as plain bytes (row 0 at the top); the controller turns them into an ImageData. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/**
 * What a pure builder returns: which deck.gl layer class and its props. The
 * map controller instantiates them, so builders stay testable without WebGL.
 */
export type LayerSpec =
  | { type: 'GeoJsonLayer'; props: GeoJsonLayerProps<any> }
  | { type: 'PathLayer'; props: PathLayerProps<any> }
  | { type: 'PolygonLayer'; props: PolygonLayerProps<any> }
  | { type: 'ScatterplotLayer'; props: ScatterplotLayerProps<any> }
  | { type: 'TextLayer'; props: TextLayerProps<any> }
  | {
      type: 'BitmapLayer';
      props: Omit<Partial<BitmapLayerProps>, 'image'> & { id: string };
      image: RgbaImage;
    };
