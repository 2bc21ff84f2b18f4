import { describe, expect, it } from 'vitest';
import { boxAround, tilesCovering, tileUrl, tileX, tileY } from './tileCoverage';

describe('tiles covering a walk', () => {
  it('finds the slippy-map tile of a point', () => {
    // By hand: x = (18.0686 + 180) / 360 · 8192 = 4507.1; y = (1 − asinh(tan 59.3275°) / π) / 2 · 8192 = 2409.5.
    expect([tileX(18.0686, 13), tileY(59.3275, 13)]).toEqual([4507, 2409]);
    expect([tileX(0, 1), tileY(0, 1)]).toEqual([1, 1]);
    expect(tileY(85.05, 3)).toBe(0);
  });

  it('grows the box by the margin in metres on every side', () => {
    const [w, s, e, n] = boxAround([[18.05, 59.33]], 500)!;
    expect((n - s) * 111_320).toBeCloseTo(1000, 6);
    expect((e - w) * 111_320 * Math.cos((59.33 * Math.PI) / 180)).toBeCloseTo(1000, 6);
  });

  it('covers the box at every zoom, 4× the tiles per zoom step for a large box', () => {
    const box = boxAround(
      [
        [18.03, 59.33],
        [18.06, 59.335],
      ],
      300,
    )!;
    const tiles = tilesCovering(box, 14, 16);
    const per = (z: number) => tiles.filter((t) => t.z === z).length;
    expect(per(14)).toBeGreaterThan(0);
    expect(per(16)).toBeGreaterThan(per(15));
    expect(new Set(tiles.map((t) => `${t.z}/${t.x}/${t.y}`)).size).toBe(tiles.length);
    // Every corner of the box falls in a listed tile.
    for (const [lon, lat] of [
      [box[0], box[1]],
      [box[2], box[3]],
    ]) {
      expect(
        tiles.some((t) => t.z === 16 && t.x === tileX(lon, 16) && t.y === tileY(lat, 16)),
      ).toBe(true);
    }
  });

  it('fills a source template, TMS rows included', () => {
    expect(tileUrl('https://t/{z}/{y}/{x}.png', { z: 2, x: 1, y: 3 })).toBe('https://t/2/3/1.png');
    expect(tileUrl('https://t/{z}/{x}/{-y}.pbf', { z: 2, x: 1, y: 3 })).toBe('https://t/2/1/0.pbf');
  });
});
