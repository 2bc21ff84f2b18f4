import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { labelPoint } from './labelPoint';

/** A U open to the north, 0.03° wide, arms 0.006° wide: its centroid lies in the notch. */
const u: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [18.0, 59.3],
      [18.03, 59.3],
      [18.03, 59.33],
      [18.024, 59.33],
      [18.024, 59.306],
      [18.006, 59.306],
      [18.006, 59.33],
      [18.0, 59.33],
      [18.0, 59.3],
    ],
  ],
};

const square = (lon: number, size: number) => [
  [
    [lon, 59.3],
    [lon + size, 59.3],
    [lon + size, 59.3 + size / 2],
    [lon, 59.3 + size / 2],
    [lon, 59.3],
  ],
];

describe('label point of an area', () => {
  it('lies inside a U-shaped area, not in its notch', () => {
    const [lon, lat] = labelPoint(u);
    const inNotch = lon > 18.006 && lon < 18.024 && lat > 59.306;
    expect(inNotch).toBe(false);
    expect(lon).toBeGreaterThan(18.0);
    expect(lon).toBeLessThan(18.03);
    expect(lat).toBeGreaterThan(59.3);
    expect(lat).toBeLessThan(59.33);
  });

  it('keeps away from the edges of the arm or base it lies in', () => {
    const [lon, lat] = labelPoint(u);
    const inBase = lat < 59.306;
    // The base is 0.006° tall: the best point is near its middle line.
    if (inBase) expect(Math.abs(lat - 59.303)).toBeLessThan(0.0008);
    else expect(Math.min(Math.abs(lon - 18.003), Math.abs(lon - 18.027))).toBeLessThan(0.0008);
  });

  it('lies in the largest part of an area split by water', () => {
    const split: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [square(18.0, 0.004), square(18.05, 0.02)],
    };
    const [lon] = labelPoint(split);
    expect(lon).toBeGreaterThan(18.05);
    expect(lon).toBeLessThan(18.07);
  });

  it('is the middle of a rectangle', () => {
    const [lon, lat] = labelPoint({ type: 'Polygon', coordinates: square(18.0, 0.02) });
    expect(lon).toBeCloseTo(18.01, 3);
    expect(lat).toBeCloseTo(59.305, 3);
  });
});
