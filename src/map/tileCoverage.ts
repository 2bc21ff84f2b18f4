/** Web Mercator tiles (XYZ) covering an area: what an area pack stores. */
export interface TileId {
  z: number;
  x: number;
  y: number;
}

export type LonLatBox = [number, number, number, number];

const METRES_PER_DEGREE_LAT = 111_320;

export function tileX(lon: number, z: number): number {
  return Math.floor(((lon + 180) / 360) * 2 ** z);
}

export function tileY(lat: number, z: number): number {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
}

/** The box around `points` grown by `marginMetres` on every side. */
export function boxAround(points: [number, number][], marginMetres: number): LonLatBox | null {
  if (points.length === 0) return null;
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  const dLat = marginMetres / METRES_PER_DEGREE_LAT;
  const dLon = marginMetres / (METRES_PER_DEGREE_LAT * Math.cos((midLat * Math.PI) / 180));
  return [
    Math.min(...lons) - dLon,
    Math.min(...lats) - dLat,
    Math.max(...lons) + dLon,
    Math.max(...lats) + dLat,
  ];
}

/** Every tile of zooms `minZoom`…`maxZoom` that touches the box, lowest zoom first. */
export function tilesCovering(box: LonLatBox, minZoom: number, maxZoom: number): TileId[] {
  const [w, s, e, n] = box;
  const out: TileId[] = [];
  for (let z = minZoom; z <= maxZoom; z++) {
    const last = 2 ** z - 1;
    const x0 = Math.max(0, tileX(w, z));
    const x1 = Math.min(last, tileX(e, z));
    const y0 = Math.max(0, tileY(n, z));
    const y1 = Math.min(last, tileY(s, z));
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) out.push({ z, x, y });
  }
  return out;
}

/** A tile's address from a source's template ({z}/{x}/{y}, and {-y} for TMS). */
export function tileUrl(template: string, t: TileId): string {
  return template
    .replace('{z}', String(t.z))
    .replace('{x}', String(t.x))
    .replace('{y}', String(t.y))
    .replace('{-y}', String(2 ** t.z - 1 - t.y));
}
