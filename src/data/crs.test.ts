import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { CRS_CODES, CRS_DEFS, CRS_LABELS, projector, type CrsCode, type Position2 } from './crs';

/** Stockholm City Hall (Stadshuset), WGS 84 lon/lat. */
const STADSHUSET: Position2 = [18.0543, 59.3275];

/** Distance in metres between two WGS 84 points close together (equirectangular is exact enough). */
function metresBetween(a: Position2, b: Position2): number {
  const r = 6_371_000;
  const rad = Math.PI / 180;
  const dx = (a[0] - b[0]) * rad * r * Math.cos(a[1] * rad);
  const dy = (a[1] - b[1]) * rad * r;
  return Math.hypot(dx, dy);
}

describe('coordinate systems', () => {
  it('has a Swedish label for every code', () => {
    for (const code of CRS_CODES) expect(CRS_LABELS[code]).toBeTruthy();
    expect(CRS_CODES).toHaveLength(16);
  });

  for (const code of CRS_CODES) {
    // RT 90's inverse datum shift is iterative in proj4 and comes back within millimetres, not better.
    const tolerance = code === 'EPSG:3021' ? 0.01 : 0.001;
    it(`${code} round-trips Stadshuset within ${tolerance * 1000} mm`, () => {
      const p = projector('EPSG:4326', code);
      const back = p.inverse(p.forward(STADSHUSET));
      expect(metresBetween(back, STADSHUSET)).toBeLessThan(tolerance);
    });
  }

  it('puts a point on each local zone meridian at easting 150 km, with the same northing', () => {
    const zones: [CrsCode, number][] = [
      ['EPSG:3007', 12],
      ['EPSG:3008', 13.5],
      ['EPSG:3009', 15],
      ['EPSG:3010', 16.5],
      ['EPSG:3011', 18],
      ['EPSG:3012', 14.25],
      ['EPSG:3013', 15.75],
      ['EPSG:3014', 17.25],
      ['EPSG:3015', 18.75],
      ['EPSG:3016', 20.25],
      ['EPSG:3017', 21.75],
      ['EPSG:3018', 23.25],
    ];
    // Scale 1 on the meridian: every zone maps latitude 59.3275° on its meridian to the same northing.
    const [, reference] = projector('EPSG:4326', 'EPSG:3011').forward([18, STADSHUSET[1]]);
    expect(reference).toBeGreaterThan(6_570_000);
    expect(reference).toBeLessThan(6_590_000);
    for (const [code, lon0] of zones) {
      const [e, n] = projector('EPSG:4326', code).forward([lon0, STADSHUSET[1]]);
      expect(Math.abs(e - 150_000)).toBeLessThan(0.001);
      expect(Math.abs(n - reference)).toBeLessThan(0.001);
    }
  });

  it('converts SWEREF 99 TM ↔ 18 00 and back within 0.01 m', () => {
    const tm = projector('EPSG:4326', 'EPSG:3006').forward(STADSHUSET);
    const tmTo1800 = projector('EPSG:3006', 'EPSG:3011');
    const local = tmTo1800.forward(tm);
    const back = tmTo1800.inverse(local);
    expect(Math.hypot(back[0] - tm[0], back[1] - tm[1])).toBeLessThan(0.01);
    // Same point, same datum: 18 00 has its meridian through Stockholm, so easting is near 150 km.
    expect(local[0]).toBeGreaterThan(152_000);
    expect(local[0]).toBeLessThan(154_000);
  });

  it('places Stadshuset plausibly in RT 90 2,5 gon V (round-trip only, no published pair)', () => {
    const p = projector('EPSG:4326', 'EPSG:3021');
    const [y, x] = p.forward(STADSHUSET);
    // Stockholm lies about 127–128 km east of the RT 90 meridian (15° 48′ 29.8″ E).
    expect(y).toBeGreaterThan(1_626_000);
    expect(y).toBeLessThan(1_630_000);
    expect(x).toBeGreaterThan(6_578_000);
    expect(x).toBeLessThan(6_583_000);
    expect(metresBetween(p.inverse([y, x]), STADSHUSET)).toBeLessThan(0.01);
  });

  it('applies the RT 90 datum shift to WGS 84 (Bessel without it lands ~200 m off)', () => {
    proj4.defs('test:rt90-no-shift', CRS_DEFS['EPSG:3021'].replace(/\+towgs84=\S+ /, ''));
    const shifted = projector('EPSG:4326', 'EPSG:3021').forward(STADSHUSET);
    const unshifted = proj4('EPSG:4326', 'test:rt90-no-shift', STADSHUSET);
    const d = Math.hypot(shifted[0] - unshifted[0], shifted[1] - unshifted[1]);
    expect(d).toBeGreaterThan(150);
    expect(d).toBeLessThan(250);
  });
});

describe('Web Mercator (EPSG:3857)', () => {
  it('converts web-map metres to WGS 84: Stockholm city hall', () => {
    const [lon, lat] = projector('EPSG:3857', 'EPSG:4326').forward([2_006_960, 8_251_930]);
    expect(lon).toBeCloseTo(18.029, 2);
    expect(lat).toBeCloseTo(59.33, 2);
  });
});
