/**
 * The demo geography in the SWEREF 99 TM plane: stadsdelar, ÖDS extents and
 * street centre lines, plus the tests every generated point must pass.
 */
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import {
  planarArea,
  planarBBox,
  pointInPlanarPolygon,
  type BBox,
  type PlanarPolygon,
} from '../../src/analysis/planar';
import { projector, type CrsCode } from '../../src/data/crs';
import { toPlanarPolygon } from '../../src/data/reproject';

export type Omrade = 'Kungsholmen' | 'Norra innerstaden';
export const OMRADEN: readonly Omrade[] = ['Kungsholmen', 'Norra innerstaden'];

/** Points closer than this to any polygon edge are rejected, so border rules and reprojection never matter. */
export const BOUNDARY_MARGIN_M = 3.5;

export interface Region {
  name: string;
  polygon: PlanarPolygon;
  bbox: BBox;
  areaM2: number;
}

export interface Stadsdel extends Region {
  omrade: Omrade;
}

export interface OdsExtent extends Region {
  id: string;
  year: number;
}

export interface Street {
  name: string;
  /** One flat [x0, y0, x1, y1, …] polyline per LineString part. */
  parts: Float64Array[];
  /** Cumulative length at each vertex, continuing across parts. */
  cum: Float64Array[];
  length: number;
}

export interface World {
  stadsdelar: Stadsdel[];
  ods: OdsExtent[];
  streets: Street[];
  boundary: SegmentGrid;
}

export interface Placement {
  stadsdel: number;
  /** Bit i set when inside ods[i]. */
  odsMask: number;
}

function readCollection(path: string): { features: Feature[]; crs: CrsCode } {
  const json = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection & {
    crs?: { properties?: { name?: string } };
  };
  if (json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new Error(`${path}: not a GeoJSON FeatureCollection`);
  }
  const name = json.crs?.properties?.name ?? '';
  const crs: CrsCode = /3006\b/.test(name)
    ? 'EPSG:3006'
    : /3011\b/.test(name)
      ? 'EPSG:3011'
      : 'EPSG:4326';
  return { features: json.features, crs };
}

function stringProp(f: Feature, key: string, path: string): string {
  const v = f.properties?.[key];
  if (typeof v !== 'string' || v.trim() === '')
    throw new Error(`${path}: a feature lacks the text property "${key}"`);
  return v.trim();
}

function polygonOf(g: Geometry | null, crs: CrsCode, path: string): PlanarPolygon {
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon'))
    throw new Error(`${path}: expected polygons, got ${g?.type}`);
  return toPlanarPolygon(g, crs);
}

function region(name: string, polygon: PlanarPolygon): Region {
  return { name, polygon, bbox: planarBBox(polygon), areaM2: planarArea(polygon) };
}

export function loadStadsdelar(path: string): Stadsdel[] {
  const { features, crs } = readCollection(path);
  return features.map((f) => {
    const omrade = stringProp(f, 'stadsdelsomrade', path);
    if (omrade !== 'Kungsholmen' && omrade !== 'Norra innerstaden')
      throw new Error(`${path}: unknown stadsdelsområde ${omrade}`);
    return { ...region(stringProp(f, 'namn', path), polygonOf(f.geometry, crs, path)), omrade };
  });
}

export function loadOds(path: string): OdsExtent[] {
  const { features, crs } = readCollection(path);
  return features.map((f) => {
    const year = Number(f.properties?.ar);
    return {
      ...region(stringProp(f, 'namn', path), polygonOf(f.geometry, crs, path)),
      id: stringProp(f, 'id', path),
      year,
    };
  });
}

export function loadStreets(path: string): Street[] {
  const { features, crs } = readCollection(path);
  const toTm = crs === 'EPSG:3006' ? null : projector(crs, 'EPSG:3006');
  const byName = new Map<string, Position[][]>();
  for (const f of features) {
    const g = f.geometry;
    const lines =
      g?.type === 'LineString'
        ? [g.coordinates]
        : g?.type === 'MultiLineString'
          ? g.coordinates
          : null;
    if (!lines) throw new Error(`${path}: expected LineStrings, got ${g?.type}`);
    const name = stringProp(f, 'namn', path);
    const list = byName.get(name) ?? [];
    list.push(...lines);
    byName.set(name, list);
  }
  return [...byName].map(([name, lines]) => {
    let total = 0;
    const parts: Float64Array[] = [];
    const cum: Float64Array[] = [];
    for (const line of lines) {
      const flat = new Float64Array(line.length * 2);
      const c = new Float64Array(line.length);
      line.forEach((p, i) => {
        const [x, y] = toTm ? toTm.forward([p[0], p[1]]) : [p[0], p[1]];
        flat[2 * i] = x;
        flat[2 * i + 1] = y;
        if (i > 0) total += Math.hypot(x - flat[2 * i - 2], y - flat[2 * i - 1]);
        c[i] = total;
      });
      parts.push(flat);
      cum.push(c);
    }
    return { name, parts, cum, length: total };
  });
}

/** Position `s` metres along a street: point, unit direction and which part. */
export function pointAlong(
  street: Street,
  s: number,
): { x: number; y: number; dx: number; dy: number } {
  for (let p = 0; p < street.parts.length; p++) {
    const line = street.parts[p];
    const c = street.cum[p];
    if (s > c[c.length - 1] && p < street.parts.length - 1) continue;
    for (let i = 1; i < c.length; i++) {
      if (s <= c[i] || i === c.length - 1) {
        const seg = c[i] - c[i - 1];
        const t = seg > 0 ? Math.min(1, Math.max(0, (s - c[i - 1]) / seg)) : 0;
        const x0 = line[2 * i - 2];
        const y0 = line[2 * i - 1];
        const ex = line[2 * i] - x0;
        const ey = line[2 * i + 1] - y0;
        const len = Math.hypot(ex, ey) || 1;
        return { x: x0 + t * ex, y: y0 + t * ey, dx: ex / len, dy: ey / len };
      }
    }
  }
  throw new Error(`street ${street.name} has no segments`);
}

export function distanceToStreet(street: Street, x: number, y: number): number {
  let best = Infinity;
  for (const line of street.parts) {
    for (let i = 2; i < line.length; i += 2) {
      const d = segmentDistance(x, y, line[i - 2], line[i - 1], line[i], line[i + 1]);
      if (d < best) best = d;
    }
  }
  return best;
}

export function segmentDistance(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const ex = bx - ax;
  const ey = by - ay;
  const len2 = ex * ex + ey * ey;
  const t = len2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * ex + (py - ay) * ey) / len2)) : 0;
  return Math.hypot(px - (ax + t * ex), py - (ay + t * ey));
}

/** Polygon edges bucketed in a square grid, to test "closer than the margin to any border" quickly. */
export class SegmentGrid {
  private readonly cells = new Map<number, number[]>();
  private readonly segs: number[] = [];

  constructor(
    polygons: readonly PlanarPolygon[],
    private readonly margin: number,
    private readonly size = 25,
  ) {
    for (const poly of polygons) {
      for (const part of poly) {
        for (const ring of part) {
          for (let i = 2; i < ring.length; i += 2)
            this.add(ring[i - 2], ring[i - 1], ring[i], ring[i + 1]);
        }
      }
    }
  }

  private key(ix: number, iy: number): number {
    return ix * 1_000_003 + iy;
  }

  private add(ax: number, ay: number, bx: number, by: number): void {
    const id = this.segs.length / 4;
    this.segs.push(ax, ay, bx, by);
    const m = this.margin;
    const x0 = Math.floor((Math.min(ax, bx) - m) / this.size);
    const x1 = Math.floor((Math.max(ax, bx) + m) / this.size);
    const y0 = Math.floor((Math.min(ay, by) - m) / this.size);
    const y1 = Math.floor((Math.max(ay, by) + m) / this.size);
    for (let ix = x0; ix <= x1; ix++) {
      for (let iy = y0; iy <= y1; iy++) {
        // Skip grid cells the segment's margin band cannot reach.
        const cx = (ix + 0.5) * this.size;
        const cy = (iy + 0.5) * this.size;
        if (segmentDistance(cx, cy, ax, ay, bx, by) > m + this.size * Math.SQRT1_2) continue;
        const k = this.key(ix, iy);
        const list = this.cells.get(k);
        if (list) list.push(id);
        else this.cells.set(k, [id]);
      }
    }
  }

  /** True when (x, y) is at least the margin away from every edge. */
  clear(x: number, y: number): boolean {
    const list = this.cells.get(this.key(Math.floor(x / this.size), Math.floor(y / this.size)));
    if (!list) return true;
    const s = this.segs;
    for (const id of list) {
      const o = id * 4;
      if (segmentDistance(x, y, s[o], s[o + 1], s[o + 2], s[o + 3]) < this.margin) return false;
    }
    return true;
  }
}

function inRegion(r: Region, x: number, y: number): boolean {
  const b = r.bbox;
  return (
    x >= b.minX &&
    x <= b.maxX &&
    y >= b.minY &&
    y <= b.maxY &&
    pointInPlanarPolygon(r.polygon, x, y)
  );
}

export function buildWorld(stadsdelar: Stadsdel[], ods: OdsExtent[], streets: Street[]): World {
  if (ods.length > 30) throw new Error('too many ÖDS extents for a bit mask');
  const boundary = new SegmentGrid(
    [...stadsdelar, ...ods].map((r) => r.polygon),
    BOUNDARY_MARGIN_M,
  );
  return { stadsdelar, ods, streets, boundary };
}

/**
 * Where a point falls, or null if it is unusable: within the margin of any
 * border, or not inside exactly one stadsdel (gaps and overlaps are avoided).
 */
export function place(world: World, x: number, y: number): Placement | null {
  if (!world.boundary.clear(x, y)) return null;
  let stadsdel = -1;
  for (let i = 0; i < world.stadsdelar.length; i++) {
    if (inRegion(world.stadsdelar[i], x, y)) {
      if (stadsdel >= 0) return null;
      stadsdel = i;
    }
  }
  if (stadsdel < 0) return null;
  let odsMask = 0;
  world.ods.forEach((o, i) => {
    if (inRegion(o, x, y)) odsMask |= 1 << i;
  });
  return { stadsdel, odsMask };
}

export function odsIndex(world: World, id: string): number {
  const i = world.ods.findIndex((o) => o.id === id);
  if (i < 0) throw new Error(`ÖDS extent "${id}" is missing from ods.geojson`);
  return i;
}

export function centroid(r: Region): { x: number; y: number } {
  // Area-weighted centroid of the outer rings; good enough to place a hotspot.
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (const part of r.polygon) {
    const ring = part[0];
    for (let i = 0; i + 3 < ring.length; i += 2) {
      const cross = ring[i] * ring[i + 3] - ring[i + 2] * ring[i + 1];
      a += cross;
      cx += (ring[i] + ring[i + 2]) * cross;
      cy += (ring[i + 1] + ring[i + 3]) * cross;
    }
  }
  return { x: cx / (3 * a), y: cy / (3 * a) };
}
