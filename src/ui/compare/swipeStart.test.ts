import { describe, expect, it } from 'vitest';
import { dividerAtScene } from './swipeStart';

/** A map 1000 px wide showing longitudes 18.00–18.10. */
const project = ([lon]: [number, number]) => ((lon - 18) / 0.1) * 1000;

describe('where the swipe divider starts', () => {
  it('halfway between A’s west edge and B’s east edge, so both years show part of the scene', () => {
    // A lies in the east of a B that grew west: the middle of both (32.5 %) would hide A.
    const a: [number, number, number, number] = [18.04, 59.3, 18.06, 59.31];
    const b: [number, number, number, number] = [18.0, 59.3, 18.065, 59.31];
    expect(dividerAtScene(a, b, project, 1000)).toBeCloseTo(0.525);
  });

  it('at the middle of the one year there is', () => {
    expect(dividerAtScene(null, [18.02, 59.3, 18.04, 59.31], project, 1000)).toBeCloseTo(0.3);
  });

  it('no nearer an edge than 15 % when the scene is at the side or off screen', () => {
    const east: [number, number, number, number] = [18.09, 59.3, 18.12, 59.31];
    const west: [number, number, number, number] = [17.9, 59.3, 17.95, 59.31];
    expect(dividerAtScene(east, east, project, 1000)).toBe(0.85);
    expect(dividerAtScene(west, west, project, 1000)).toBe(0.15);
  });
});
