import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../analysis/isoWeek';
import type { WalkFeature } from '../../data/parseOverlays';
import { DONE_WALK_COLOR, walkColor, walkLayers, WALK_COLOR } from './overlayLayers';

const TODAY = dayNumber(2025, 10, 1);
const walk = (date: string): WalkFeature => ({
  id: date,
  name: `Vandring ${date}`,
  date,
  startTime: '',
  organiser: '',
  district: '',
  meetingPoint: '',
  path: [
    [18.03, 59.332],
    [18.02, 59.329],
  ],
  stops: [{ number: 1, name: 'Samling', position: [18.03, 59.332] }],
});

describe('walk layers', () => {
  it('fades a walk that has been done and keeps a planned one strong', () => {
    expect([walkColor(walk('2025-09-17'), TODAY), walkColor(walk('2026-04-22'), TODAY)]).toEqual([
      DONE_WALK_COLOR,
      WALK_COLOR,
    ]);
  });

  it('draws the numbered stops with the name of their walk', () => {
    const stops = walkLayers([walk('2025-09-17')], TODAY).find((l) => l.props.id === 'walk-stops');
    expect(stops?.props.data).toEqual([
      { number: 1, name: 'Samling', position: [18.03, 59.332], walkName: 'Vandring 2025-09-17' },
    ]);
  });
});
