import { describe, expect, it } from 'vitest';
import type { PlanarPolygon } from './planar';
import { scenesInView } from './scenesInView';

/** A square in SWEREF 99 TM metres with its south-west corner at (x, y). */
const square = (x: number, y: number, size: number): PlanarPolygon => [
  [Float64Array.from([x, y, x + size, y, x + size, y + size, x, y + size, x, y])],
];

const VIEW = square(674_000, 6_580_000, 1_000);

describe('the scenes in the map view', () => {
  it('takes a scene whose extent lies partly inside the view', () => {
    const sides = [{ a: square(674_900, 6_580_900, 300), b: null }];
    expect(scenesInView(sides, VIEW)).toEqual([0]);
  });

  it('takes a scene that is in the view only in year B', () => {
    const sides = [{ a: square(680_000, 6_580_000, 300), b: square(674_100, 6_580_100, 300) }];
    expect(scenesInView(sides, VIEW)).toEqual([0]);
  });

  it('leaves out a scene outside the view, also one that only touches its edge', () => {
    const sides = [
      { a: square(676_000, 6_580_000, 300), b: null },
      { a: square(675_000, 6_580_200, 300), b: square(675_000, 6_580_200, 300) },
    ];
    expect(scenesInView(sides, VIEW)).toEqual([]);
  });

  it('leaves out a scene whose bounding box meets the view but whose shape does not', () => {
    // An L along the view's north and east sides, outside it: its box covers the view's corner.
    const l: PlanarPolygon = [
      [
        Float64Array.from([
          674_500, 6_581_100, 675_200, 6_581_100, 675_200, 6_580_500, 675_100, 6_580_500, 675_100,
          6_581_050, 674_500, 6_581_050, 674_500, 6_581_100,
        ]),
      ],
    ];
    expect(scenesInView([{ a: l, b: null }], VIEW)).toEqual([]);
  });
});
