import { readFileSync } from 'node:fs';
import { area as turfArea } from '@turf/turf';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { pointInPlanarPolygon } from '../../src/analysis/planar';
import { assignToFirstPolygon, buildPolygonIndex } from '../../src/analysis/polygonIndex';
import { seededRandom } from '../../src/analysis/seededRandom';
import { parseAreas } from '../../src/data/parseAreas';
import { sharedDataPath } from './sharedData';

const text = readFileSync(sharedDataPath('stockholm-stadsdelar', 'stadsdelar.geojson'), 'utf8');
const { areas } = parseAreas(text, 'stadsdelar.geojson');

/** ETRS89 / LAEA Europe: an equal-area projection, independent of SWEREF 99 TM. */
const LAEA =
  '+proj=laea +lat_0=52 +lon_0=10 +x_0=4321000 +y_0=3210000 +ellps=GRS80 +units=m +no_defs';

function laeaHectares(rings: number[][][][]): number {
  const toLaea = proj4('EPSG:4326', LAEA);
  let total = 0;
  for (const poly of rings) {
    poly.forEach((ring, i) => {
      const pts = ring.map((p) => toLaea.forward([p[0], p[1]]));
      let s = 0;
      for (let k = 0; k + 1 < pts.length; k++)
        s += pts[k][0] * pts[k + 1][1] - pts[k + 1][0] * pts[k][1];
      total += (i === 0 ? 1 : -1) * Math.abs(s / 2);
    });
  }
  return total / 10_000;
}

describe("Stockholm's 117 real stadsdelar", () => {
  it('are all read as areas', () => {
    expect(areas).toHaveLength(117);
  });

  it('have SWEREF 99 TM areas within 0.02 % of an equal-area (LAEA) computation', () => {
    for (const a of areas) {
      const coords =
        a.geometry.type === 'Polygon' ? [a.geometry.coordinates] : a.geometry.coordinates;
      const laea = laeaHectares(coords);
      expect(Math.abs(a.hectares / laea - 1), a.name).toBeLessThan(0.0002);
    }
  });

  it('show that turf.area is about half a per cent low at this latitude', () => {
    for (const a of areas) {
      const low =
        1 -
        turfArea({ type: 'Feature', geometry: a.geometry, properties: {} }) / 10_000 / a.hectares;
      expect(low, a.name).toBeGreaterThan(0.004);
      expect(low, a.name).toBeLessThan(0.007);
    }
  });

  it('get the same point assignment from the grid index as from testing every polygon', () => {
    const rand = seededRandom(2024);
    const n = 20_000;
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      xs[i] = 660_000 + rand() * 30_000;
      ys[i] = 6_565_000 + rand() * 30_000;
    }
    const assigned = assignToFirstPolygon(buildPolygonIndex(areas.map((a) => a.planar)), xs, ys);
    for (let i = 0; i < n; i++) {
      const brute = areas.findIndex((a) => pointInPlanarPolygon(a.planar, xs[i], ys[i]));
      expect(assigned[i]).toBe(brute);
    }
  });
});
