import { describe, expect, it } from 'vitest';
import { ACTION_STATUS_COLORS, walkPlanLayers, type WalkDrawing } from './walkPlanLayers';

const empty: WalkDrawing = {
  route: null,
  stops: [],
  meetingPoint: null,
  observations: [],
  actions: [],
  suggestions: [],
  you: null,
};

const ids = (d: WalkDrawing) => walkPlanLayers(d).map((l) => l.props.id);

describe('layers of the walk being planned or walked', () => {
  it('draws nothing for an empty walk', () => {
    expect(walkPlanLayers(empty)).toEqual([]);
  });

  it('leaves the route to the drawing tool while it is edited, but keeps the stops', () => {
    const stops = [{ number: 1, name: 'Parken', position: [18.03, 59.33] as [number, number] }];
    expect(ids({ ...empty, route: null, stops })).toEqual([
      'walk-plan-stops',
      'walk-plan-stop-numbers',
    ]);
    expect(
      ids({
        ...empty,
        route: [
          [18.03, 59.33],
          [18.04, 59.33],
        ],
        stops,
      }),
    ).toEqual([
      'walk-plan-route-casing',
      'walk-plan-route',
      'walk-plan-stops',
      'walk-plan-stop-numbers',
    ]);
  });

  it('numbers the stops and marks the meeting point M', () => {
    const layer = walkPlanLayers({
      ...empty,
      meetingPoint: [18.02, 59.33],
      stops: [{ number: 1, name: 'Parken', position: [18.03, 59.33] }],
    }).find((l) => l.props.id === 'walk-plan-stop-numbers')!;
    const getText = (layer.props as Record<string, unknown>).getText as (s: unknown) => string;
    expect((layer.props.data as unknown[]).map(getText)).toEqual(['M', '1']);
  });

  it('colours actions by status', () => {
    const layer = walkPlanLayers({
      ...empty,
      actions: [
        { id: 'a', title: 'Lampa', position: [18, 59], status: 'planerad' },
        { id: 'b', title: 'Buskar', position: [18, 59], status: 'pågår' },
      ],
    })[0];
    const fill = (layer.props as Record<string, unknown>).getFillColor as (a: unknown) => unknown;
    expect((layer.props.data as unknown[]).map(fill)).toEqual([
      ACTION_STATUS_COLORS.planerad,
      ACTION_STATUS_COLORS.pågår,
    ]);
    expect(ACTION_STATUS_COLORS.planerad).not.toEqual(ACTION_STATUS_COLORS.pågår);
  });

  it('draws an observation at least 24 px across with its ring, to be seen outdoors', () => {
    const [layer] = walkPlanLayers({
      ...empty,
      observations: [{ id: 'o1', position: [18.03, 59.33], positive: false }],
    });
    const p = layer.props as { getRadius: number; getLineWidth: number; radiusUnits: string };
    expect(p.radiusUnits).toBe('pixels');
    expect(2 * p.getRadius + p.getLineWidth).toBeGreaterThanOrEqual(24);
  });

  it('shows where the device is with its accuracy in metres', () => {
    const [ring, dot] = walkPlanLayers({ ...empty, you: { position: [18, 59], accuracy: 25 } });
    expect(ring.props).toMatchObject({ id: 'walk-you-accuracy', radiusUnits: 'meters' });
    expect(
      ((ring.props as Record<string, unknown>).getRadius as (y: unknown) => number)({
        accuracy: 25,
      }),
    ).toBe(25);
    expect(dot.props.id).toBe('walk-you');
  });
});
