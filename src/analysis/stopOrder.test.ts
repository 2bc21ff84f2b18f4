import { describe, expect, it } from 'vitest';
import { insertionAlongRoute, orderAlongRoute } from './stopOrder';
import type { PlanarPoint } from './walkRoute';

const X0 = 672_000;
const Y0 = 6_580_000;
const at = (dx: number, dy: number): PlanarPoint => [X0 + dx, Y0 + dy];
/** East 1 km, then north 1 km: a stop beside the second leg comes after every stop of the first. */
const ROUTE = [at(0, 0), at(1000, 0), at(1000, 1000)];

describe('stops in the order the route passes them', () => {
  it.each([
    {
      case: 'a stop tapped near the start after one near the end comes first',
      stops: [at(950, 900), at(20, 30)],
      order: [1, 0],
    },
    {
      case: 'stops beside both legs, tapped at random, in walking order',
      stops: [at(1010, 500), at(500, -40), at(980, 120), at(100, 10)],
      order: [3, 1, 2, 0],
    },
    {
      case: 'a stop 500 m off the route keeps its place after the stops on it',
      stops: [at(500, 500), at(900, 0), at(100, 0)],
      order: [2, 1, 0],
    },
    {
      case: 'stops off the route keep their relative order at the end',
      stops: [at(300, 700), at(600, 0), at(-400, 300), at(200, 0)],
      order: [3, 1, 0, 2],
    },
    {
      case: 'two stops at the same place along the route keep their order',
      stops: [at(400, 50), at(400, -50), at(100, 0)],
      order: [2, 0, 1],
    },
  ])('$case', ({ stops, order }) => {
    expect(orderAlongRoute(ROUTE, stops)).toEqual(order);
  });

  it('keeps the order the stops had when there is no route yet', () => {
    expect(orderAlongRoute([], [at(900, 0), at(0, 0)])).toEqual([0, 1]);
    expect(orderAlongRoute([at(0, 0)], [at(900, 0), at(0, 0)])).toEqual([0, 1]);
  });

  it('counts a stop 199 m from the route as on it, and 201 m as off', () => {
    expect(orderAlongRoute(ROUTE, [at(900, 0), at(100, 199)])).toEqual([1, 0]);
    expect(orderAlongRoute(ROUTE, [at(900, 0), at(100, 201)])).toEqual([0, 1]);
  });
});

describe('where a new stop goes', () => {
  it.each([
    {
      case: 'before the stops later along the route',
      stops: [at(300, 0), at(1000, 500)],
      added: at(100, 20),
      index: 0,
    },
    {
      case: 'between the stops it lies between',
      stops: [at(300, 0), at(1000, 500)],
      added: at(990, 100),
      index: 1,
    },
    {
      case: 'after the last stop along the route, before those off it',
      stops: [at(300, 0), at(-500, -500)],
      added: at(1000, 900),
      index: 1,
    },
    {
      case: 'last when it is off the route',
      stops: [at(300, 0), at(1000, 500)],
      added: at(500, 600),
      index: 2,
    },
    {
      // The user put the end stop first by hand: the new one goes before the first stop
      // farther along, and the hand order of the two is left as it is.
      case: 'into a hand order without reordering the others',
      stops: [at(1000, 800), at(200, 0)],
      added: at(500, 0),
      index: 0,
    },
  ])('$case', ({ stops, added, index }) => {
    expect(insertionAlongRoute(ROUTE, stops, added)).toBe(index);
  });

  it('goes last when there is no route', () => {
    expect(insertionAlongRoute([], [at(300, 0)], at(0, 0))).toBe(1);
  });
});
