import { describe, expect, it } from 'vitest';
import { slidePadding } from './slideFit';

const rect = (left: number, top: number, width: number, height: number) => ({
  left,
  top,
  width,
  height,
  right: left + width,
  bottom: top + height,
});

/** The projector: the map under the whole 1920 × 1080 screen, the card over its right 900 px. */
const MAP = rect(0, 0, 1920, 1080);
const BANNER = rect(0, 0, 1020, 115);
const CARD_LEFT = 1020;

describe('slidePadding', () => {
  it('keeps the place below the banner and left of the card', () => {
    expect(slidePadding(MAP, { banner: BANNER, legend: null, cardLeft: CARD_LEFT })).toEqual({
      top: 155,
      right: 940,
      bottom: 60,
      left: 40,
    });
  });

  it('frames the place above a wide, low legend', () => {
    const legend = rect(16, 800, 660, 264);
    expect(slidePadding(MAP, { banner: BANNER, legend, cardLeft: CARD_LEFT })).toMatchObject({
      left: 40,
      bottom: 320,
    });
  });

  it('frames the place beside a narrow, tall legend', () => {
    const legend = rect(16, 300, 300, 764);
    expect(slidePadding(MAP, { banner: BANNER, legend, cardLeft: CARD_LEFT })).toMatchObject({
      left: 356,
      bottom: 60,
    });
  });

  it('gives a window too small for the padding a plain margin', () => {
    const small = rect(0, 0, 1100, 700);
    const legend = rect(16, 400, 660, 284);
    expect(slidePadding(small, { banner: BANNER, legend, cardLeft: 100 })).toBe(20);
  });
});
