import { describe, expect, it } from 'vitest';
import { dividerAtScene } from './swipeStart';

/** A map 1000 px wide showing longitudes 18.00–18.10. */
const project = ([lon]: [number, number]) => ((lon - 18) / 0.1) * 1000;

describe('where the swipe divider starts', () => {
  it('at the scene’s centre on screen', () => {
    expect(dividerAtScene([18.02, 59.3, 18.04, 59.31], project, 1000)).toBeCloseTo(0.3);
  });

  it('no nearer an edge than 15 % when the scene is at the side or off screen', () => {
    expect(dividerAtScene([18.09, 59.3, 18.12, 59.31], project, 1000)).toBe(0.85);
    expect(dividerAtScene([17.9, 59.3, 17.95, 59.31], project, 1000)).toBe(0.15);
  });
});
