import { describe, expect, it } from 'vitest';
import type { PlanarPolygon } from '../analysis/planar';
import { planarToWgs84 } from './planarToWgs84';
import { toPlanarPolygon } from './reproject';

describe('planar polygons back to WGS84', () => {
  it('round-trips kept/gained/lost parts to the millimetre, holes and parts included', () => {
    const sq = (x: number, y: number, s: number) =>
      Float64Array.from([x, y, x + s, y, x + s, y + s, x, y + s, x, y]);
    const parts: PlanarPolygon = [
      [sq(674_000, 6_580_000, 100), sq(674_025, 6_580_025, 50)],
      [sq(674_300, 6_580_000, 100)],
    ];
    const wgs = planarToWgs84(parts);
    expect(wgs?.type).toBe('MultiPolygon');
    const back = toPlanarPolygon(wgs!, 'EPSG:4326');
    const drift = back.flatMap((rings, p) =>
      rings.flatMap((ring, r) => Array.from(ring, (v, i) => Math.abs(v - parts[p][r][i]))),
    );
    expect(Math.max(...drift)).toBeLessThan(0.001);
  });

  it('gives null for an empty part, so nothing is drawn', () => {
    expect(planarToWgs84([])).toBeNull();
  });
});
