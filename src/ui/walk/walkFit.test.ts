import { describe, expect, it } from 'vitest';
import { fitPadding, loadedWithCamera, walkBounds } from './walkFit';

const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height }) as DOMRect;

describe('walkBounds', () => {
  it('covers the route, the stops and the meeting point', () => {
    const bounds = walkBounds({
      route: [
        [18.0, 59.3],
        [18.02, 59.33],
      ],
      stops: [{ name: 'A', position: [18.03, 59.31] }],
      meetingPoint: { name: 'T', position: [17.99, 59.32] },
    });
    expect(bounds).toEqual([17.99, 59.3, 18.03, 59.33]);
  });

  it('is null for a walk with nothing placed', () => {
    expect(walkBounds({ route: [], stops: [], meetingPoint: { name: '', position: null } })).toBe(
      null,
    );
  });
});

describe('loadedWithCamera', () => {
  const base = 'https://x.se/?v=walk&w=walk%3Aab';
  it('is true for the walk opened with a camera in the address', () => {
    expect(loadedWithCamera(`${base}&c=18,59.3,14`, 'walk:ab')).toBe(true);
  });
  it('is false without a camera, for another walk or another view', () => {
    expect(loadedWithCamera(base, 'walk:ab')).toBe(false);
    expect(loadedWithCamera(`${base}&c=18,59.3,14`, 'walk:cd')).toBe(false);
    expect(loadedWithCamera('https://x.se/?c=18,59.3,14', 'walk:ab')).toBe(false);
  });
});

describe('fitPadding', () => {
  it('keeps the walk beside an open legend on a wide map', () => {
    const padding = fitPadding(rect(420, 0, 604, 768), rect(430, 375, 220, 383));
    expect(padding.left).toBe(250);
  });
  it('keeps the walk above the legend when the map is narrow', () => {
    const padding = fitPadding(rect(0, 0, 500, 768), rect(10, 375, 220, 383));
    expect(padding.left).toBe(30);
    expect(padding.bottom).toBe(413);
  });
  it('uses the plain margins with the legend folded', () => {
    expect(fitPadding(rect(420, 0, 604, 768), null)).toEqual({
      top: 60,
      right: 60,
      bottom: 40,
      left: 30,
    });
  });
});
