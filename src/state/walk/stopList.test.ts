import { describe, expect, it } from 'vitest';
import type { LonLat, WalkStop } from '../../persistence/documents';
import { movedStop, stopsAlongRoute, withoutStop, withStop, withTappedStop } from './stopList';

/** Kungsholmen: east about 1.1 km along a latitude, then north about 1.1 km. */
const ROUTE: LonLat[] = [
  [18.0, 59.33],
  [18.02, 59.33],
  [18.02, 59.34],
];
const NEAR_START: LonLat = [18.0005, 59.3301];
const MIDWAY: LonLat = [18.01, 59.3299];
const NEAR_END: LonLat = [18.0201, 59.3395];
const stop = (name: string, position: LonLat): WalkStop => ({ name, position });
const names = (stops: WalkStop[]) => stops.map((s) => s.name);

describe('a walk’s stops in the order it passes them', () => {
  it('numbers a stop tapped near the start after one near the end as stop 1', () => {
    const one = withTappedStop([], ROUTE, NEAR_END);
    const two = withTappedStop(one, ROUTE, NEAR_START);
    expect(two.map((s) => s.position)).toEqual([NEAR_START, NEAR_END]);
    expect(names(two)).toEqual(['Stopp 1', 'Stopp 2']);
  });

  it('puts a suggestion between the stops it lies between, keeping its own name', () => {
    const stops = [stop('Torget', NEAR_START), stop('Stopp 2', NEAR_END)];
    const added = withStop(stops, ROUTE, stop('Många brott (efter 560 m)', MIDWAY));
    expect(names(added)).toEqual(['Torget', 'Många brott (efter 560 m)', 'Stopp 3']);
  });

  it('adds stops in the order tapped while there is no route', () => {
    const stops = withTappedStop(withTappedStop([], [], NEAR_END), [], NEAR_START);
    expect(stops.map((s) => s.position)).toEqual([NEAR_END, NEAR_START]);
  });

  it('moves a stop by hand, and the names the app gave follow their numbers', () => {
    const stops = [
      stop('Stopp 1', NEAR_START),
      stop('Skolgården', MIDWAY),
      stop('Stopp 3', NEAR_END),
    ];
    expect(names(movedStop(stops, 2, -1))).toEqual(['Stopp 1', 'Stopp 2', 'Skolgården']);
    expect(names(movedStop(stops, 0, 1))).toEqual(['Skolgården', 'Stopp 2', 'Stopp 3']);
  });

  it('does not move the first stop up or the last one down', () => {
    const stops = [stop('A', NEAR_START), stop('B', NEAR_END)];
    expect(movedStop(stops, 0, -1)).toBe(stops);
    expect(movedStop(stops, 1, 1)).toBe(stops);
  });

  it('keeps a hand order when a stop is added, and puts it before the first stop later on the route', () => {
    const byHand = [stop('Slutet', NEAR_END), stop('Starten', NEAR_START)];
    expect(names(withStop(byHand, ROUTE, stop('Mitten', MIDWAY)))).toEqual([
      'Mitten',
      'Slutet',
      'Starten',
    ]);
  });

  it('puts every stop in route order again when the route changes', () => {
    const byHand = [stop('Stopp 1', NEAR_END), stop('Starten', NEAR_START), stop('Mitten', MIDWAY)];
    expect(names(stopsAlongRoute(byHand, ROUTE))).toEqual(['Starten', 'Mitten', 'Stopp 3']);
  });

  it('renumbers the names the app gave when a stop is removed', () => {
    const stops = [stop('Stopp 1', NEAR_START), stop('Stopp 2', MIDWAY), stop('Stopp 3', NEAR_END)];
    expect(names(withoutStop(stops, 0))).toEqual(['Stopp 1', 'Stopp 2']);
    expect(withoutStop(stops, 0).map((s) => s.position)).toEqual([MIDWAY, NEAR_END]);
  });
});
