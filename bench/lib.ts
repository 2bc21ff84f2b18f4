/** Shared helpers for the benchmark figures: timing, the real stadsdelar, seeded points. */
import { readFileSync } from 'node:fs';
import { planarBBox, type BBox, type PlanarPolygon } from '../src/analysis/planar';
import { seededRandom } from '../src/analysis/seededRandom';
import { parseAreas, type AreaFeature } from '../src/data/parseAreas';
import { sharedDataPath } from '../test/unit/sharedData';

/** One line of the result table: a figure, its baseline measured in the same run, and the ratio. */
export interface Figure {
  /** Which `--only` group produced it. */
  group: string;
  name: string;
  ms: number;
  baselineName: string;
  baselineMs: number;
  /** ratio = value of `ratioMeaning`; for speed figures, baseline per unit / ours per unit. */
  ratio: number;
  ratioMeaning: string;
  /** The target, if it sets one, and whether this run met it (bench only, never a test). */
  target?: string;
  meetsTarget?: boolean;
  note: string;
  /** Further numbers worth keeping in the JSON (sizes, counts, memory). */
  extra?: Record<string, number | string>;
}

/** A figure that could not be measured here (e.g. no Chromium), with the reason. */
export interface Skipped {
  group: string;
  skipped: string;
}

export type FigureResult = Figure | Skipped;

export function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

export async function timeAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Runs `fn` `reps` times and returns the median time and the last value. The
 * machine is shared (2 cores); the median of a few runs is steadier than one.
 */
export function timeMedian<T>(reps: number, fn: () => T): { ms: number; all: number[]; value: T } {
  const all: number[] = [];
  let value: T | undefined;
  for (let k = 0; k < reps; k++) {
    const r = time(fn);
    all.push(r.ms);
    value = r.value;
  }
  return { ms: median(all), all, value: value as T };
}

/** Peak resident set size seen by `sample()`, in MB. */
export class RssSampler {
  peak = 0;
  readonly start = process.memoryUsage.rss();
  sample(): void {
    const rss = process.memoryUsage.rss();
    if (rss > this.peak) this.peak = rss;
  }
  get peakMb(): number {
    return this.peak / 2 ** 20;
  }
  get startMb(): number {
    return this.start / 2 ** 20;
  }
}

let realAreas: AreaFeature[] | undefined;

/** The 117 real stadsdelar from ../shared/data (fails with the path when absent). */
export function realStadsdelar(): AreaFeature[] {
  if (!realAreas) {
    const path = sharedDataPath('stockholm-stadsdelar', 'stadsdelar.geojson');
    realAreas = parseAreas(readFileSync(path, 'utf8'), 'stadsdelar.geojson').areas;
  }
  return realAreas;
}

export function unionBBox(polygons: PlanarPolygon[]): BBox {
  const boxes = polygons.map(planarBBox);
  return {
    minX: Math.min(...boxes.map((b) => b.minX)),
    minY: Math.min(...boxes.map((b) => b.minY)),
    maxX: Math.max(...boxes.map((b) => b.maxX)),
    maxY: Math.max(...boxes.map((b) => b.maxY)),
  };
}

/** The bbox of the real stadsdelar KUNGSHOLMEN and NORRMALM (~3.6 × 2.0 km). */
export function innerCityExtent(): BBox {
  const areas = realStadsdelar().filter((a) => /^(kungsholmen|norrmalm)$/i.test(a.name.trim()));
  if (areas.length !== 2)
    throw new Error('KUNGSHOLMEN and NORRMALM not found in stadsdelar.geojson');
  return unionBBox(areas.map((a) => a.planar));
}

export interface Points {
  xs: Float64Array;
  ys: Float64Array;
}

/**
 * `n` seeded points in an extent like offences in a city centre: 30 % spread
 * evenly, 70 % around 40 hot spots (Gaussian, σ 40–300 m); all inside the extent.
 */
export function clusteredPoints(n: number, ext: BBox, seed: number): Points {
  const rand = seededRandom(seed);
  const w = ext.maxX - ext.minX;
  const h = ext.maxY - ext.minY;
  const spots = Array.from({ length: 40 }, () => ({
    x: ext.minX + rand() * w,
    y: ext.minY + rand() * h,
    sigma: 40 + rand() * 260,
  }));
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let x: number;
    let y: number;
    do {
      if (rand() < 0.3) {
        x = ext.minX + rand() * w;
        y = ext.minY + rand() * h;
      } else {
        const s = spots[Math.floor(rand() * spots.length)];
        // Box–Muller.
        const r = s.sigma * Math.sqrt(-2 * Math.log(1 - rand()));
        const a = 2 * Math.PI * rand();
        x = s.x + r * Math.cos(a);
        y = s.y + r * Math.sin(a);
      }
    } while (x < ext.minX || x >= ext.maxX || y < ext.minY || y >= ext.maxY);
    xs[i] = x;
    ys[i] = y;
  }
  return { xs, ys };
}

export const fmtMs = (ms: number): string =>
  ms >= 10_000
    ? `${(ms / 1000).toFixed(1)} s`
    : ms >= 100
      ? `${ms.toFixed(0)} ms`
      : `${ms.toFixed(1)} ms`;
