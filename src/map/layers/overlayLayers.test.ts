import { describe, expect, it } from 'vitest';
import { demoMapData } from '../../../test/unit/demoMapData';
import { dayNumber } from '../../analysis/isoWeek';
import type { WalkFeature } from '../../data/parseOverlays';
import {
  DONE_WALK_COLOR,
  siteLayers,
  walkColor,
  walkDashes,
  walkLayers,
  WALK_COLOR,
  type WalkDash,
} from './overlayLayers';

const { walks, sites } = demoMapData();
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
  it('draw every walk as dashes, each of which knows its walk for the tooltip', () => {
    const dashes = walkDashes(walks, 15);
    expect(dashes.length).toBeGreaterThan(walks.length * 10);
    expect(new Set(dashes.map((d) => d.walk.id))).toEqual(new Set(walks.map((w) => w.id)));
  });

  it('draw a white casing under each coloured dash', () => {
    const [casing, line] = walkLayers(walks, 15, TODAY);
    expect([casing.props.id, line.props.id]).toEqual(['walks-casing', 'walks']);
    expect(casing.props.data).toBe(line.props.data);
    if (casing.type !== 'PathLayer' || line.type !== 'PathLayer') throw new Error('paths expected');
    expect(casing.props.getColor).toEqual([255, 255, 255, 230]);
    expect(casing.props.getWidth as number).toBeGreaterThan(line.props.getWidth as number);
  });

  it('make only the coloured dashes pickable', () => {
    const [casing, line] = walkLayers(walks, 15, TODAY);
    expect(Boolean(casing.props.pickable)).toBe(false);
    expect(line.props.pickable).toBe(true);
    expect((line.props.data as WalkDash[])[0].walk.name).toBeTruthy();
  });
});

describe('site layers', () => {
  it('draw every site as a marker and only the placed labels as text', () => {
    const [markers, labels] = siteLayers(sites, []);
    expect((markers.props.data as unknown[]).length).toBe(sites.length);
    expect(labels.props.data).toEqual([]);
  });
});

describe('walk status and stops', () => {
  it('fades a walk that has been done and keeps a planned one strong', () => {
    expect([walkColor(walk('2025-09-17'), TODAY), walkColor(walk('2026-04-22'), TODAY)]).toEqual([
      DONE_WALK_COLOR,
      WALK_COLOR,
    ]);
  });

  it('draws the numbered stops with the name of their walk', () => {
    const stops = walkLayers([walk('2025-09-17')], 15, TODAY).find(
      (l) => l.props.id === 'walk-stops',
    );
    expect(stops?.props.data).toEqual([
      { number: 1, name: 'Samling', position: [18.03, 59.332], walkName: 'Vandring 2025-09-17' },
    ]);
  });
});
