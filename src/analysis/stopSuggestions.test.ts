import { describe, expect, it } from 'vitest';
import {
  alongRouteText,
  dropSamePlaceNearby,
  hotSpotLabel,
  hotSpotStop,
  odsEdgeLabel,
  spreadSuggestions,
  strongestAlongRoute,
} from './stopSuggestions';
import type { PlanarPoint } from './walkRoute';

const X0 = 672_000;
const Y0 = 6_580_000;
const at = (dx: number, dy: number, weight: number, name = `${dx},${dy}`) => ({
  name,
  position: [X0 + dx, Y0 + dy] as PlanarPoint,
  weight,
});

describe('stop suggestions spread over the route', () => {
  it('keeps the strongest first and drops any within 50 m of one already kept', () => {
    const kept = spreadSuggestions(
      [at(0, 0, 2), at(30, 0, 5), at(0, 30, 3), at(200, 0, 1), at(80, 0, 4)],
      [],
    );
    // 30,0 wins; 80,0 is 50 m from it and stays; 0,30 (42 m) and 0,0 (30 m) are the same place.
    expect(kept.map((k) => k.name)).toEqual(['30,0', '80,0', '200,0']);
  });

  it('never suggests a place within 100 m of an existing stop', () => {
    const stop: PlanarPoint = [X0 + 3, Y0 + 4]; // 5 m from the strongest candidate
    const kept = spreadSuggestions([at(0, 0, 9), at(49, 0, 1), at(104, 0, 1)], [stop]);
    expect(kept.map((k) => k.name)).toEqual(['104,0']);
  });

  it('drops a suggestion 78 m from a stop, which the map draws on the stop', () => {
    // The second trip: stop 1 tapped, the suggestion beside it added as stop 2 on top of it.
    const kept = spreadSuggestions([at(78, 0, 9)], [[X0, Y0]]);
    expect(kept).toEqual([]);
  });

  it('keeps candidates of equal weight in their given order', () => {
    expect(spreadSuggestions([at(300, 0, 1), at(0, 0, 1)], []).map((k) => k.name)).toEqual([
      '300,0',
      '0,0',
    ]);
  });
});

describe('suggestions in plain Swedish', () => {
  it('say where first, then how many offences, without statistics jargon', () => {
    expect(hotSpotLabel({ count: 1234, radius: 100, street: 'Sankt Eriksgatan' })).toBe(
      'Sankt Eriksgatan: 1\u00a0234 anmälda brott inom 100 m, fler än i omgivningen',
    );
    expect(hotSpotLabel({ count: 12, radius: 200, street: null })).toBe(
      '12 anmälda brott inom 200 m, fler än i omgivningen',
    );
    expect(hotSpotLabel({ count: 12, radius: 100, street: 'X' })).not.toMatch(/Gi\*|z =|hot spot/i);
  });

  it('give no number when the count is below the privacy threshold', () => {
    expect(hotSpotLabel({ count: null, radius: 100, street: null })).not.toMatch(/\d/);
  });

  it('name the drug scene first, with its mapping year', () => {
    expect(odsEdgeLabel('Fridhemsplan', 2023)).toBe(
      'Fridhemsplan: här går gränsen för den öppna drogscenen (kartlagd 2023)',
    );
  });

  it('name the stop after its street, or say where along the route without one', () => {
    expect(hotSpotStop('Sankt Eriksgatan', 1249)).toBe('Sankt Eriksgatan');
    expect(hotSpotStop(null, 1249)).toBe('Många brott (efter 1,2 km)');
  });
});

describe('suggestions naming the same place', () => {
  const named = (dx: number, weight: number, place: string | null) => ({
    ...at(dx, 0, weight),
    place,
  });

  it('keeps the strongest of those naming one street within 150 m', () => {
    const kept = dropSamePlaceNearby([
      named(0, 9, 'Sankt Eriksgatan'),
      named(100, 5, 'Sankt Eriksgatan'),
      named(120, 4, 'Fleminggatan'),
      named(149, 3, 'Sankt Eriksgatan'),
      named(151, 2, 'Sankt Eriksgatan'),
    ]);
    expect(kept.map((k) => k.name)).toEqual(['0,0', '120,0', '151,0']);
  });

  it('keeps places that name nothing, however close', () => {
    const kept = dropSamePlaceNearby([named(0, 9, null), named(60, 5, null)]);
    expect(kept.map((k) => k.name)).toEqual(['0,0', '60,0']);
  });
});

describe('suggestions listed along the route', () => {
  it('lists the strongest few in the order the route passes them', () => {
    const strongestFirst = [
      { name: 'a', chainage: 900 },
      { name: 'b', chainage: 100 },
      { name: 'c', chainage: 500 },
      { name: 'd', chainage: 50 },
    ];
    expect(strongestAlongRoute(strongestFirst, 3).map((s) => s.name)).toEqual(['b', 'c', 'a']);
  });

  it('tells two places of the same kind apart by how far along the route they lie', () => {
    expect(alongRouteText(0)).toBe('vid starten');
    expect(alongRouteText(347)).toBe('efter 350 m');
    expect(alongRouteText(1249)).toBe('efter 1,2 km');
  });
});
