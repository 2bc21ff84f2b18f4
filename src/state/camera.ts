/** Where the map looks: the centre in WGS84 degrees and the maplibre zoom level. */
export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

/** Five decimals of a degree is about a metre; finer differences are noise from the renderer. */
const DEGREE_DECIMALS = 5;
const ZOOM_DECIMALS = 2;

/** `+ 0` turns -0 into 0, so the address never shows "-0". */
const round = (x: number, decimals: number) => Number(x.toFixed(decimals)) + 0;

/** The camera as the address shows it, so a reopened link lands exactly where it was written. */
export function roundCamera(c: Camera): Camera {
  return {
    lon: round(c.lon, DEGREE_DECIMALS),
    lat: round(c.lat, DEGREE_DECIMALS),
    zoom: round(c.zoom, ZOOM_DECIMALS),
  };
}

/** Equal once rounded: a jump to a camera and the camera the map reports back are the same. */
export function sameCamera(a: Camera, b: Camera): boolean {
  const x = roundCamera(a);
  const y = roundCamera(b);
  return x.lon === y.lon && x.lat === y.lat && x.zoom === y.zoom;
}
