import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../analysis/seededRandom';
import { CRS_DEFS } from './crs';
import { swerefTmPointToWgs84, swerefTmToWgs84 } from './swerefTmInverse';

const N = 20_000;

/** Seeded SWEREF 99 TM points over all of Sweden (and a margin). */
function points(): { e: Float64Array; n: Float64Array } {
  const rand = seededRandom(12);
  const e = new Float64Array(N);
  const n = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    e[i] = 250_000 + rand() * 700_000;
    n[i] = 6_100_000 + rand() * 1_600_000;
  }
  return { e, n };
}

describe('swerefTmToWgs84', () => {
  it('agrees with proj4 within 2 µm everywhere in Sweden', () => {
    const { e, n } = points();
    const lon = new Float64Array(N);
    const lat = new Float64Array(N);
    swerefTmToWgs84(e, n, lon, lat, N);
    const conv = proj4(CRS_DEFS['EPSG:3006'], CRS_DEFS['EPSG:4326']);
    let worst = 0;
    for (let i = 0; i < N; i++) {
      const [pLon, pLat] = conv.forward([e[i], n[i]]);
      const dy = (pLat - lat[i]) * 111_320;
      const dx = (pLon - lon[i]) * 111_320 * Math.cos((pLat * Math.PI) / 180);
      worst = Math.max(worst, Math.hypot(dx, dy));
    }
    expect(worst).toBeLessThan(2e-6);
  });

  it('gives the same bits for one point as for the arrays', () => {
    const { e, n } = points();
    const lon = new Float64Array(10);
    const lat = new Float64Array(10);
    swerefTmToWgs84(e, n, lon, lat, 10);
    for (let i = 0; i < 10; i++) expect(swerefTmPointToWgs84(e[i], n[i])).toEqual([lon[i], lat[i]]);
  });
});
