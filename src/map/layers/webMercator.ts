/** Web Mercator in deck.gl's and maplibre's pixel space: the world is 512 × 2^zoom pixels wide. */
const TILE_SIZE = 512;

export type LonLat = [number, number];

export function toPixels([lon, lat]: LonLat, zoom: number): [number, number] {
  const scale = TILE_SIZE * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return [
    ((lon + 180) / 360) * scale,
    (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale,
  ];
}

export function fromPixels([x, y]: [number, number], zoom: number): LonLat {
  const scale = TILE_SIZE * 2 ** zoom;
  const n = Math.PI - (2 * Math.PI * y) / scale;
  return [(x / scale) * 360 - 180, (Math.atan(Math.sinh(n)) * 180) / Math.PI];
}
