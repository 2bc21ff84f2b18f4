import { describe, expect, it } from 'vitest';
import {
  alongPolyline,
  nearestStop,
  pointsNearPolyline,
  polylineLength,
  walkingMinutes,
  type PlanarPoint,
} from './walkRoute';

/** An L: 300 m east, then 400 m north, in SWEREF 99 TM metres near Kungsholmen. */
const L: PlanarPoint[] = [
  [672_000, 6_580_000],
  [672_300, 6_580_000],
  [672_300, 6_580_400],
];

describe('route length and time', () => {
  it('adds the planar length of each segment', () => {
    expect(polylineLength(L)).toBeCloseTo(700, 9);
    expect(polylineLength([L[0]])).toBe(0);
  });

  it('walks 4 km in an hour at 4 km/h and adds the minutes at each stop', () => {
    expect(walkingMinutes(4000, 4, 0, 5)).toBe(60);
    expect(walkingMinutes(4000, 4, 6, 5)).toBe(90);
    expect(walkingMinutes(700, 4, 3, 10)).toBe(41); // 10.5 min walking rounds up
  });

  it('gives no time for a pace that is not positive', () => {
    expect(walkingMinutes(1000, 0, 0, 0)).toBeNaN();
  });
});

describe('points within a distance of the route', () => {
  const pts: PlanarPoint[] = [
    [672_150, 6_580_049], // 49 m south of the first leg: in
    [672_150, 6_580_051], // 51 m: out
    [672_349, 6_580_200], // 49 m east of the second leg: in
    [672_335, 6_580_435], // beyond the end: hypot(35, 35) = 49.5 m, round end: in
    [672_340, 6_580_440], // hypot(40, 40) = 56.6 m: out (a square end would take it)
    [671_960, 6_579_980], // before the start: hypot(40, 20) = 44.7 m: in
  ];
  const e = Float64Array.from(pts.map((p) => p[0]));
  const n = Float64Array.from(pts.map((p) => p[1]));

  it('takes exactly the points in the 50 m buffer with round ends', () => {
    expect(pointsNearPolyline(e, n, pts.length, L, 50)).toEqual([0, 2, 3, 5]);
  });

  it('skips points outside the mask', () => {
    const mask = Uint8Array.from([1, 1, 0, 1, 1, 1]);
    expect(pointsNearPolyline(e, n, pts.length, L, 50, mask)).toEqual([0, 3, 5]);
  });

  it('treats a route of one point as a circle', () => {
    expect(pointsNearPolyline(e, n, pts.length, [[671_960, 6_579_980]], 45)).toEqual([5]);
  });

  it('agrees with the nearest point on the line for every point', () => {
    const near = new Set(pointsNearPolyline(e, n, pts.length, L, 50));
    pts.forEach(([x, y], i) => expect(near.has(i)).toBe(alongPolyline(L, x, y).distance <= 50));
  });
});

describe('nearest point and stop', () => {
  it('finds the nearest point on the line and how far along it lies', () => {
    const a = alongPolyline(L, 672_400, 6_580_100);
    expect(a.distance).toBeCloseTo(100, 9);
    expect(a.nearest).toEqual([672_300, 6_580_100]);
    expect(a.chainage).toBeCloseTo(400, 9);
  });

  it('assigns a point to the nearest stop within the limit, else to none', () => {
    const stops: PlanarPoint[] = [L[0], L[2]];
    expect(nearestStop(stops, [672_010, 6_580_010], 100)).toBe(0);
    expect(nearestStop(stops, [672_300, 6_580_350], 100)).toBe(1);
    expect(nearestStop(stops, [672_300, 6_580_000], 100)).toBeNull();
  });
});
